#include "controller/apiservicecontroller.h"

#include "controller/session.h"
#include "okta/oktaclient.h"

namespace odt {

ApiServiceController::ApiServiceController(Session *session, secrets::SecretStore *store,
                                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    connect(m_session, &Session::oktaClientChanged, this, &ApiServiceController::onClientChanged);
    if (m_session->oktaClient())
        m_state = State::Ready;
}

bool ApiServiceController::canRun() const
{
    return m_session->oktaClient() && m_store && m_state != State::Working;
}

void ApiServiceController::run()
{
    if (!canRun())
        return;
    m_result = {};
    auto *job = new okta::ApiServiceIntegration(m_session->oktaClient(), m_store, m_options, this);
    m_job = job;
    connect(job, &okta::ApiServiceIntegration::finished, this, &ApiServiceController::onFinished);
    setState(State::Working);
    job->start();
}

void ApiServiceController::onFinished(const okta::ApiServiceIntegrationResult &result)
{
    if (m_job)
        m_job->deleteLater();
    m_result = result;

    CheckResult recorded;
    recorded.id = resultId;
    recorded.evidence = result.evidence;
    if (result.ok) {
        recorded.status = CheckStatus::Pass;
        recorded.title = result.created ? tr("API service integration created")
                                        : tr("API service integration in place");
        recorded.detail
            = tr("Client %1 (type %2) has its secret in this computer's keychain and "
                 "obtained a token with the scopes %3.")
                  .arg(result.clientId, result.type, result.tokenScopes.join(QStringLiteral(", ")));
    } else {
        recorded.status = CheckStatus::Fail;
        recorded.title = tr("API service integration not set up");
        recorded.detail = result.error;
        recorded.remediation = tr("Fix what the message says, then run the step again.");
    }
    m_session->recordResult(recorded);

    if (result.ok) {
        setState(State::Done);
        // Set-up has its own credential now; the admin's tokens should not linger.
        m_session->setOktaClient(nullptr);
    } else {
        setState(State::Failed);
    }
}

void ApiServiceController::onClientChanged()
{
    if (m_state == State::Working && m_job) {
        // The job's client is about to go away: abandon it rather than let it call a dead client.
        m_job->disconnect(this);
        m_job->deleteLater();
        m_result = {};
        m_result.error = tr("The sign-in changed while the integration was being set up. Run "
                            "the step again.");
        setState(State::Failed);
        return;
    }
    if (m_state == State::Done || m_state == State::Failed) {
        setState(m_state); // the outcome stays; whether it can run again changed
        return;
    }
    setState(m_session->oktaClient() ? State::Ready : State::NoCredential);
}

void ApiServiceController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace odt
