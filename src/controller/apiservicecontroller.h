#pragma once

#include "okta/apiserviceintegration.h"

#include <QObject>
#include <QPointer>

namespace odt::secrets {
class SecretStore;
}

namespace odt {

class Session;

// Drives the "API Service Integration" step: finds or creates the Iru Endpoint API service
// integration with the signed-in admin's client, keeps its secret in the keychain, proves it with
// a client-credentials token, and then drops the admin's sign-in, which set-up no longer needs.
// The outcome is recorded in the session as okta.apiServiceIntegration for the review.
class ApiServiceController : public QObject
{
    Q_OBJECT
public:
    static inline const QString resultId = QStringLiteral("okta.apiServiceIntegration");

    enum class State {
        NoCredential, // nobody is signed in, and nothing was done yet
        Ready, // signed in: the action can run
        Working,
        Done, // ok: result() names the client and scopes
        Failed, // result().error says what failed and what to do
    };
    Q_ENUM(State)

    // `store` is not owned; the integration's client secret goes there and nowhere else.
    ApiServiceController(Session *session, secrets::SecretStore *store, QObject *parent = nullptr);

    void setSecretStore(secrets::SecretStore *store) { m_store = store; }
    const okta::ApiServiceIntegrationOptions &options() const { return m_options; }
    void setOptions(const okta::ApiServiceIntegrationOptions &options) { m_options = options; }

    // Finds or creates the integration; a no-op without a signed-in client or while working.
    void run();

    State state() const { return m_state; }
    okta::ApiServiceIntegrationResult result() const { return m_result; }
    // Whether run() can be started now.
    bool canRun() const;

Q_SIGNALS:
    void stateChanged(odt::ApiServiceController::State state);

private:
    void onFinished(const okta::ApiServiceIntegrationResult &result);
    void onClientChanged();
    void setState(State state);

    Session *m_session;
    secrets::SecretStore *m_store;
    okta::ApiServiceIntegrationOptions m_options;
    okta::ApiServiceIntegrationResult m_result;
    QPointer<okta::ApiServiceIntegration> m_job;
    State m_state = State::NoCredential;
};

} // namespace odt
