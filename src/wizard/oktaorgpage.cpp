#include "wizard/oktaorgpage.h"

#include "controller/orgcontroller.h"
#include "ui_oktaorgpage.h"
#include "wizard/statusicon.h"

namespace odt::wizard {

OktaOrgPage::OktaOrgPage(OrgController *controller, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::OktaOrgPage>())
    , m_controller(controller)
{
    ui->setupUi(this);
    ui->inputErrorIcon->setPixmap(statusIcon(CheckStatus::Fail).pixmap(16, 16));
    QFont titleFont = ui->resultTitle->font();
    titleFont.setBold(true);
    ui->resultTitle->setFont(titleFont);

    connect(ui->orgUrlEdit, &QLineEdit::textChanged, m_controller, &OrgController::setInput);
    connect(ui->retryButton, &QPushButton::clicked, m_controller, &OrgController::verify);
    connect(m_controller, &OrgController::stateChanged, this, [this] {
        render();
        Q_EMIT completeChanged();
    });
    render();
}

OktaOrgPage::~OktaOrgPage() = default;

void OktaOrgPage::setInitialUrl(const QString &url)
{
    ui->orgUrlEdit->setText(url);
}

bool OktaOrgPage::isComplete() const
{
    switch (m_controller->state()) {
    case OrgController::State::Ready:
    case OrgController::State::Failed:
    case OrgController::State::IdentityEngine:
        return true;
    default:
        return false;
    }
}

bool OktaOrgPage::validatePage()
{
    if (m_controller->canProceed())
        return true;
    m_controller->verify();
    return false;
}

void OktaOrgPage::render()
{
    using State = OrgController::State;
    const State state = m_controller->state();
    const OrgUrl org = m_controller->orgUrl();

    ui->inputErrorLabel->setText(m_controller->inputError());
    ui->inputErrorIcon->setVisible(state == State::Invalid);
    ui->inputErrorLabel->setVisible(state == State::Invalid);

    const bool showOrigin = org.isValid() && org.toString() != m_controller->input().trimmed();
    ui->normalizedLabel->setVisible(showOrigin);
    if (showOrigin) {
        ui->normalizedLabel->setText(org.foldedAdminHost()
                                         ? tr("Will check %1 (the org behind the Admin Console "
                                              "address).")
                                               .arg(org.toString())
                                         : tr("Will check %1.").arg(org.toString()));
    }

    ui->busyPanel->setVisible(state == State::Checking);
    ui->orgUrlEdit->setReadOnly(state == State::Checking);

    const bool hasResult
        = state == State::IdentityEngine || state == State::Classic || state == State::Failed;
    ui->resultFrame->setVisible(hasResult);
    ui->retryButton->setVisible(state == State::Failed);
    if (!hasResult)
        return;

    const CheckResult result = m_controller->result();
    ui->resultIcon->setPixmap(statusIcon(result.status).pixmap(32, 32));
    ui->resultTitle->setText(result.title);
    QString detail = result.detail.toHtmlEscaped();
    if (!result.remediation.isEmpty())
        detail
            += QStringLiteral("<p>") + result.remediation.toHtmlEscaped() + QStringLiteral("</p>");
    if (!result.link.isEmpty())
        detail
            += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                   .arg(result.link.toHtmlEscaped(), tr("Okta help: identify your Okta solution"));
    ui->resultDetail->setText(detail);
    ui->resultDetail->setToolTip(result.evidence.join(QLatin1Char('\n')));
}

} // namespace odt::wizard
