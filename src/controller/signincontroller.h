#pragma once

#include "controller/sandboxbrowser.h"
#include "core/orgurl.h"
#include "okta/oktaclient.h"
#include "okta/signin/oidcconfig.h"
#include "okta/signin/signinresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace odt::secrets {
class SecretStore;
}
namespace odt::okta {
class AuthorizationCodeFlow;
class DeviceCodeFlow;
class IdTokenVerifier;
} // namespace odt::okta

namespace odt {

class Session;

// Drives the "Sign in as Super Administrator" step: the browser sign-in (authorization code with
// PKCE), the device code, an API token, or a sign-in kept in the keychain; then who signed in,
// their admin roles and whether SUPER_ADMIN holds. On success the session gets the signed-in
// OktaClient. Tokens stay in memory; a refresh token goes to the keychain only when the admin
// opts in (setRemembersSignIn).
class SignInController : public QObject
{
    Q_OBJECT
public:
    enum class Method { Browser, DeviceCode, ApiToken, Saved };
    Q_ENUM(Method)
    enum class State {
        SignedOut, // nothing running; error() may say why the last attempt failed
        WaitingForBrowser, // the loopback listener waits; authorizationUrl() can be copied
        WaitingForApproval, // the device code is shown; polling
        Verifying, // the browser came back (or a token was given): exchanging and verifying
        ReadingRoles, // signed in; asking Okta who this is and which admin roles they hold
        SignedIn, // roles known: isSuperAdmin() says whether set-up may go on
    };
    Q_ENUM(State)

    struct Role
    {
        QString type; // SUPER_ADMIN, ORG_ADMIN, …
        QString label;
        bool active = false;
        bool throughGroup = false;
    };

    explicit SignInController(Session *session, QObject *parent = nullptr);
    ~SignInController() override;

    // Not owned. Keeps the refresh token when the admin opts in; without one nothing is kept.
    void setSecretStore(secrets::SecretStore *store) { m_store = store; }
    // Sandbox mode only: pre-fills the OIDC app and port and plays the browser step in-process
    // for the sandbox origin. Settings are then neither read nor written.
    void setSandboxHints(const SandboxHints &hints);
    const SandboxHints &sandboxHints() const { return m_hints; }
    bool isSandbox() const { return m_sandboxBrowser != nullptr; }
    // How long the browser sign-in waits for the redirect (default 5 minutes).
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }

    // Follows the session's org: on a new org, signs out, loads the remembered client ID and port
    // for it, and looks for a sign-in kept in the keychain. Call when the page is entered.
    void activate();
    OrgUrl org() const { return m_org; }

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId);
    quint16 redirectPort() const { return m_redirectPort; }
    void setRedirectPort(quint16 port);
    QString redirectUri() const;
    bool remembersSignIn() const { return m_remember; }
    void setRemembersSignIn(bool remember);

    void signInWithBrowser();
    void signInWithDeviceCode();
    // `token` is the SSWS API token (with or without the "SSWS " prefix); never stored.
    void signInWithApiToken(const QByteArray &token);
    // Exchanges the refresh token kept in the keychain (hasSavedSignIn()).
    void signInWithSavedSignIn();
    void cancel();
    void signOut();
    // Removes the kept refresh token from the keychain.
    void forgetSavedSignIn();

    State state() const { return m_state; }
    Method method() const { return m_method; }
    bool isBusy() const;
    // The last failure: what failed and what to do. Empty when none.
    QString error() const { return m_error; }
    // A note beside the result (keychain outcome, why the admin was signed out); may be empty.
    QString notice() const { return m_notice; }

    // Browser: the link to copy when the browser did not open (or opened elsewhere).
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool browserNotOpened() const { return m_browserNotOpened; }
    // Device code: what the admin enters where.
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    QUrl verificationUriComplete() const { return m_verificationUriComplete; }
    QDateTime userCodeExpires() const { return m_userCodeExpires; }
    // A refresh token for this org is in the keychain.
    bool hasSavedSignIn() const { return !m_savedClientId.isEmpty(); }

    // Who signed in (valid from ReadingRoles on).
    QString login() const { return m_login; }
    QString displayName() const { return m_name; }
    QString userId() const { return m_userId; }
    QList<Role> roles() const { return m_roles; }
    // Why the roles are unknown, when Okta would not list them.
    QString rolesNote() const { return m_rolesNote; }
    bool isSuperAdmin() const;
    // Signed in as a Super Administrator, or (check-only mode) signed in at all.
    bool canProceed() const;

Q_SIGNALS:
    void stateChanged(odt::SignInController::State state);
    // Anything shown changed (link, code, notice, saved sign-in, settings).
    void changed();

private:
    bool prepare(Method method, okta::OidcConfig *config);
    void onSignedIn(const okta::SignInResult &result);
    void keepOrForgetRefreshToken(const QByteArray &refreshToken);
    void readRoles(okta::OktaClient *client);
    void finishSignIn(okta::OktaClient *client);
    void fail(const QString &message);
    void stopFlows();
    void setState(State state);
    void probeSavedSignIn();
    void onSessionClientChanged();
    void loadSettings();
    void saveSettings() const;
    QString savedSignInKey() const;

    Session *m_session;
    secrets::SecretStore *m_store = nullptr;
    SandboxHints m_hints;
    SandboxBrowser *m_sandboxBrowser = nullptr;
    std::chrono::milliseconds m_browserTimeout { std::chrono::minutes(5) };

    OrgUrl m_org;
    QString m_clientId;
    quint16 m_redirectPort = okta::OidcConfig::defaultRedirectPort;
    bool m_remember = false;
    QString m_savedClientId;

    State m_state = State::SignedOut;
    Method m_method = Method::Browser;
    QString m_error;
    QString m_notice;
    QUrl m_authorizationUrl;
    bool m_browserNotOpened = false;
    QString m_userCode;
    QUrl m_verificationUri;
    QUrl m_verificationUriComplete;
    QDateTime m_userCodeExpires;

    QString m_login;
    QString m_name;
    QString m_userId;
    QList<Role> m_roles;
    QString m_rolesNote;

    QPointer<okta::AuthorizationCodeFlow> m_browserFlow;
    QPointer<okta::DeviceCodeFlow> m_deviceFlow;
    QPointer<okta::OktaClient> m_pendingClient; // ours until SignedIn hands it to the session
    QObject *m_requests = nullptr; // context of in-flight work: deleting it cancels it
    quint64 m_attempt = 0; // bumped on every stop: answers of an older attempt are dropped
    okta::OktaClient *m_client = nullptr; // the one handed to the session
};

} // namespace odt
