#include "wizard/proxydialog.h"

#include "ui_proxydialog.h"

#include <QPushButton>

namespace odt::wizard {

ProxyDialog::ProxyDialog(const net::ProxySetting &current, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProxyDialog>())
    , m_setting(current)
{
    ui->setupUi(this);
    switch (current.mode()) {
    case net::ProxySetting::Mode::System:
        ui->systemRadio->setChecked(true);
        break;
    case net::ProxySetting::Mode::None:
        ui->noneRadio->setChecked(true);
        break;
    case net::ProxySetting::Mode::Manual:
        ui->manualRadio->setChecked(true);
        ui->proxyEdit->setText(current.toString());
        break;
    }
    for (QRadioButton *radio : { ui->systemRadio, ui->noneRadio, ui->manualRadio })
        connect(radio, &QRadioButton::toggled, this, &ProxyDialog::update);
    connect(ui->proxyEdit, &QLineEdit::textChanged, this, &ProxyDialog::update);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

ProxyDialog::~ProxyDialog() = default;

void ProxyDialog::update()
{
    const bool manual = ui->manualRadio->isChecked();
    ui->proxyEdit->setEnabled(manual);
    QString error;
    if (ui->systemRadio->isChecked()) {
        m_setting = net::ProxySetting::system();
    } else if (ui->noneRadio->isChecked()) {
        m_setting = net::ProxySetting::none();
    } else if (ui->proxyEdit->text().trimmed().isEmpty()) {
        error = tr("Type the proxy's address, e.g. http://proxy.example.com:3128.");
    } else {
        m_setting = net::ProxySetting::parse(ui->proxyEdit->text(), &error);
        // "system" or "none" typed into the field would silently switch modes: not what was meant.
        if (error.isEmpty() && m_setting.mode() != net::ProxySetting::Mode::Manual)
            error = tr("Choose the option above instead of typing \"%1\".")
                        .arg(ui->proxyEdit->text().trimmed());
    }
    ui->errorLabel->setText(error);
    ui->errorLabel->setVisible(!error.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace odt::wizard
