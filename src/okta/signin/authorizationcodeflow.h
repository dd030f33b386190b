#pragma once

#include "net/httpclient.h"
#include "okta/signin/oidcconfig.h"
#include "okta/signin/signinresult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace odt::okta {

class IdTokenVerifier;
class LoopbackReceiver;

// Signs an admin in through their browser: authorization code with PKCE (S256), state and nonce,
// against the org authorization server, with the redirect received on a loopback listener
// (RFC 8252). The code is exchanged at /oauth2/v1/token and the ID token verified before
// signedIn() says who signed in.
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationCodeFlow(net::HttpClient *http, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // How long to wait for the admin to finish in the browser (default 5 minutes).
    void setCallbackTimeout(std::chrono::milliseconds timeout) { m_callbackTimeout = timeout; }
    // Off: only authorizationUrlReady() is emitted (the admin copies the link themselves).
    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }

    // Starts listening and opens the browser. Every outcome is a signal, emitted after start()
    // returned.
    void start(const OidcConfig &config);
    void cancel();
    bool isRunning() const { return m_running; }

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    const OidcConfig &config() const { return m_config; }

    // The /authorize URL for these values (exposed for tests and for "copy sign-in link").
    static QUrl buildAuthorizationUrl(const OidcConfig &config, const QByteArray &state,
                                      const QByteArray &nonce, const QByteArray &codeChallenge);

Q_SIGNALS:
    // The link the browser was sent to; for a "copy sign-in link" fallback.
    void authorizationUrlReady(const QUrl &url);
    // The system has no browser to open (or refused): show the link to copy instead.
    void browserNotOpened(const QUrl &url);
    // The browser came back; the code is being exchanged and verified.
    void exchangingCode();
    void signedIn(const odt::okta::SignInResult &result);
    void failed(const QString &message);

private:
    void onCode(const QString &code);
    void fail(const QString &message);
    void stop();

    net::HttpClient *m_http;
    OidcConfig m_config;
    QByteArray m_state;
    QByteArray m_nonce;
    QByteArray m_codeVerifier;
    QUrl m_authorizationUrl;
    std::chrono::milliseconds m_callbackTimeout { std::chrono::minutes(5) };
    bool m_opensBrowser = true;
    bool m_running = false;
    QPointer<LoopbackReceiver> m_receiver;
    QPointer<IdTokenVerifier> m_tokenVerifier;
    QObject *m_requests = nullptr; // parent of in-flight callbacks: deleting it cancels them
};

} // namespace odt::okta
