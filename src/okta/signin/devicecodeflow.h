#pragma once

#include "net/httpclient.h"
#include "okta/signin/oidcconfig.h"
#include "okta/signin/signinresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace odt::okta {

class IdTokenVerifier;

// Signs an admin in without a local browser (RFC 8628 device authorization grant): Okta hands
// out a user code that the admin enters at /activate on any device, while this flow polls
// /oauth2/v1/token at the interval Okta asks for.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit DeviceCodeFlow(net::HttpClient *http, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    // Every outcome is a signal, emitted after start() returned.
    void start(const OidcConfig &config);
    // Stops polling; no further signal.
    void cancel();
    bool isRunning() const { return m_running; }

    // Seconds between polls: Okta's interval, plus 5 for every slow_down.
    int pollInterval() const { return m_interval; }

Q_SIGNALS:
    // What to show the admin: the code, where to enter it, and the link that fills it in.
    void userCodeReady(const QString &userCode, const QUrl &verificationUri,
                       const QUrl &verificationUriComplete, const QDateTime &expires);
    // Okta answered authorization_pending (or slow_down): the admin has not approved yet.
    void authorizationPending();
    void signedIn(const odt::okta::SignInResult &result);
    void failed(const QString &message);

private:
    void poll();
    void onTokenResponse(const net::JsonResponse &response);
    void fail(const QString &message);
    void stop();

    net::HttpClient *m_http;
    OidcConfig m_config;
    QByteArray m_deviceCode;
    QDateTime m_expires;
    int m_interval = 5;
    bool m_running = false;
    QTimer m_pollTimer;
    QObject *m_requests = nullptr; // context of in-flight requests: deleting it cancels them
};

} // namespace odt::okta
