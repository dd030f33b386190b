#include "wizard/welcomepage.h"

#include "controller/session.h"
#include "ui_welcomepage.h"

namespace odt::wizard {

WelcomePage::WelcomePage(Session *session, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::WelcomePage>())
    , m_session(session)
{
    ui->setupUi(this);
    registerField(QStringLiteral("checkOnly"), ui->checkOnlyRadio);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setSandboxNotice(const QString &scenario)
{
    ui->sandboxNotice->setText(
        tr("<b>Sandbox mode.</b> The org and tenant are simulated on this computer (scenario "
           "\"%1\"). Nothing real is contacted or changed.")
            .arg(scenario.toHtmlEscaped()));
    ui->sandboxNotice->setVisible(true);
}

bool WelcomePage::validatePage()
{
    m_session->setMode(ui->checkOnlyRadio->isChecked() ? Session::Mode::CheckOnly
                                                       : Session::Mode::SetUp);
    return true;
}

} // namespace odt::wizard
