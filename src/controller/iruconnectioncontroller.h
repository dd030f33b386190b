#pragma once

#include "core/checkresult.h"
#include "iru/iruapiurl.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QPointer>

namespace odt {

class Session;
namespace iru {
class IruClient;
class ConnectionCheck;
} // namespace iru

// Drives the "Iru Endpoint tenant" step: validates the API URL and token as the admin types,
// proves them with the iru.connection check, and only then keeps the token in the keychain and
// hands the client to the session. Widgets bind to it; tests drive it without a window.
class IruConnectionController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Empty, // nothing typed yet (URL or token missing)
        Invalid, // the URL or the token is not usable
        Ready, // both valid, not yet checked
        Checking, // iru.connection in flight
        Connected, // verified: the session has the client
        Failed, // the tenant refused or could not be reached: fix and retry
    };
    Q_ENUM(State)

    IruConnectionController(Session *session, secrets::SecretStore *store,
                            QObject *parent = nullptr);
    ~IruConnectionController() override;

    void setSecretStore(secrets::SecretStore *store) { m_store = store; }

    void setUrlInput(const QString &text);
    void setTokenInput(const QString &text);
    QString urlInput() const { return m_urlInput; }

    // Runs iru.connection for the current input (no-op unless Ready or Failed).
    void connectToTenant();
    void cancel();
    // Fills the token from the keychain entry for the current API URL, if there is one
    // (tokenLoaded() says whether one was found). The token itself never leaves the controller.
    void loadStoredToken();
    bool hasToken() const { return !m_token.isEmpty(); }

    State state() const { return m_state; }
    iru::IruApiUrl apiUrl() const { return m_apiUrl; }
    // "Using the API address … for the console …" when the input was not the API URL itself.
    QString urlSuggestion() const { return m_apiUrl.isValid() ? m_apiUrl.suggestion() : QString(); }
    QString urlError() const;
    QString tokenError() const;
    // The first problem to show while Invalid; empty otherwise.
    QString inputError() const;
    // The last iru.connection result (status, title, detail, remediation, evidence, link).
    CheckResult result() const { return m_result; }
    // Set once Connected: the token could not be kept in the keychain (the connection still
    // works for this run, but the admin will paste the token again next time).
    QString keychainWarning() const { return m_keychainWarning; }
    // The session's client once Connected, nullptr otherwise.
    iru::IruClient *client() const;
    bool canProceed() const { return m_state == State::Connected; }

Q_SIGNALS:
    void stateChanged(odt::IruConnectionController::State state);
    // The keychain write after a successful connection finished (ok, or keychainWarning()).
    void tokenStored(bool ok);
    void tokenLoaded(bool found);

private:
    void revalidate();
    void setState(State state);
    void onFinished(const CheckResult &result);

    Session *m_session;
    QPointer<secrets::SecretStore> m_store;
    QString m_urlInput;
    QByteArray m_token; // normalized; a secret: never logged, shown or put into evidence
    QString m_tokenError;
    bool m_tokenEntered = false;
    iru::IruApiUrl m_apiUrl;
    CheckResult m_result;
    QString m_keychainWarning;
    State m_state = State::Empty;
    QPointer<iru::IruClient> m_pendingClient;
    QPointer<iru::ConnectionCheck> m_check;
};

} // namespace odt
