#include "wizard/apiservicepage.h"

#include "controller/apiservicecontroller.h"
#include "ui_apiservicepage.h"

namespace odt::wizard {

ApiServicePage::ApiServicePage(ApiServiceController *controller, QWidget *parent)
    : QWizardPage(parent)
    , ui(std::make_unique<Ui::ApiServicePage>())
    , m_controller(controller)
{
    ui->setupUi(this);
    ui->apiServiceResultRow->setShowsConfidence(false);
    connect(ui->runButton, &QPushButton::clicked, m_controller, &ApiServiceController::run);
    connect(m_controller, &ApiServiceController::stateChanged, this, [this] {
        render();
        Q_EMIT completeChanged();
    });
    render();
}

ApiServicePage::~ApiServicePage() = default;

QString ApiServicePage::scopeMeaning(const QString &scope)
{
    if (scope == QLatin1String("okta.users.read"))
        return tr("read user profiles");
    if (scope == QLatin1String("okta.devices.read"))
        return tr("read device profiles and search devices");
    if (scope == QLatin1String("okta.devices.manage"))
        return tr("change device status (activate, suspend, deactivate) and delete devices");
    if (scope == QLatin1String("okta.groups.read"))
        return tr("read groups");
    return {};
}

void ApiServicePage::initializePage()
{
    render();
}

bool ApiServicePage::isComplete() const
{
    // Going on without it is allowed: the review lists it as still to do.
    return m_controller->state() != ApiServiceController::State::Working;
}

void ApiServicePage::render()
{
    using State = ApiServiceController::State;
    const State state = m_controller->state();
    const okta::ApiServiceIntegrationOptions &options = m_controller->options();

    ui->whatLabel->setText(
        tr("<p>The assistant adds Okta's API service integration for <b>Iru Endpoint</b> (type "
           "<code>%1</code>, from the Okta Integration Network catalog), so that Iru Endpoint "
           "can read users and devices in Okta and change device status. It is granted these "
           "Okta API scopes:</p>")
            .arg(options.type.toHtmlEscaped()));
    QString scopes;
    for (const QString &scope : options.grantedScopes) {
        const QString meaning = scopeMeaning(scope);
        scopes += meaning.isEmpty()
            ? QStringLiteral("<li><code>%1</code></li>").arg(scope.toHtmlEscaped())
            : QStringLiteral("<li><code>%1</code>: %2</li>")
                  .arg(scope.toHtmlEscaped(), meaning.toHtmlEscaped());
    }
    ui->scopesLabel->setText(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(scopes));

    ui->runButton->setEnabled(m_controller->canRun());
    ui->runButton->setText(state == State::Done         ? tr("&Verify again")
                               : state == State::Failed ? tr("&Try again")
                                                        : tr("&Create or verify the integration"));
    ui->apiServiceBusyBar->setVisible(state == State::Working);
    QString status;
    switch (state) {
    case State::NoCredential:
        status = tr("Sign in first (go back a page): creating the integration needs a Super "
                    "Administrator.");
        break;
    case State::Ready:
        status = tr("Nothing is created until you click the button.");
        break;
    case State::Working:
        status = tr("Looking for the integration, creating it if needed, testing its "
                    "credential…");
        break;
    case State::Done:
        status = m_controller->canRun()
            ? QString()
            : tr("Your admin sign-in was dropped: from here on set-up uses the integration's "
                 "own credential. To verify again, go back and sign in.");
        break;
    case State::Failed:
        status
            = m_controller->canRun() ? QString() : tr("Sign in again (go back a page) to retry.");
        break;
    }
    ui->apiServiceStatusLabel->setText(status);
    ui->apiServiceStatusLabel->setVisible(!status.isEmpty());

    const bool haveResult = state == State::Done || state == State::Failed;
    ui->apiServiceResultRow->setVisible(haveResult);
    if (haveResult) {
        const okta::ApiServiceIntegrationResult r = m_controller->result();
        CheckResult shown;
        shown.id = ApiServiceController::resultId;
        shown.evidence = r.evidence;
        if (r.ok) {
            shown.status = CheckStatus::Pass;
            shown.title = r.created ? tr("Created the integration %1").arg(r.clientId)
                                    : tr("Reused the integration %1").arg(r.clientId);
            shown.detail = tr("Client ID %1. Its secret is in this computer's keychain, and it "
                              "obtained a token with the scopes: %2.")
                               .arg(r.clientId, r.tokenScopes.join(QStringLiteral(", ")));
        } else {
            shown.status = CheckStatus::Fail;
            shown.title = tr("The integration is not set up");
            shown.detail = r.error;
        }
        ui->apiServiceResultRow->setResult(shown);
    }
    ui->apiServiceNoteLabel->setVisible(state != State::Done && state != State::Working);
    ui->apiServiceNoteLabel->setText(
        tr("You can go on without it; the review lists it as still to do."));
}

} // namespace odt::wizard
