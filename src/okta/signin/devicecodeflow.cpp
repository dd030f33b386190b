#include "okta/signin/devicecodeflow.h"

#include "net/formencoding.h"
#include "okta/signin/idtokenverifier.h"
#include "okta/signin/oautherrors.h"
#include "okta/signin/signinlogging.h"

namespace odt::okta {

namespace {

net::HttpRequest formPost(const QUrl &url, const QByteArray &body)
{
    net::HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = body;
    return request;
}

} // namespace

DeviceCodeFlow::DeviceCodeFlow(net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, and polling before the interval ends earns a
    // slow_down that adds 5 s to every later poll (RFC 8628 §3.5).
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow() = default;

void DeviceCodeFlow::start(const OidcConfig &config)
{
    stop();
    m_config = config;
    m_running = true;
    m_requests = new QObject(this);
    qCInfo(lcSignIn) << "device sign-in started for client" << config.clientId;
    const QByteArray body = net::formEncode({
        { QStringLiteral("client_id"), config.clientId },
        { QStringLiteral("scope"), config.scopes.join(QLatin1Char(' ')) },
    });
    m_http->send(formPost(config.deviceAuthorizeEndpoint(), body), m_requests,
                 [this](const net::JsonResponse &r) {
                     if (!m_running)
                         return;
                     if (!r.ok()) {
                         fail(OAuthErrors::describe(r.error, m_config));
                         return;
                     }
                     const QJsonObject o = r.json.object();
                     m_deviceCode = o.value(u"device_code").toString().toLatin1();
                     const QString userCode = o.value(u"user_code").toString();
                     const QUrl uri(o.value(u"verification_uri").toString());
                     const QUrl complete(o.value(u"verification_uri_complete").toString());
                     // RFC 8628 §3.2: 5 seconds when the server names no interval.
                     m_interval = qMax(1, o.value(u"interval").toInt(5));
                     m_expires = QDateTime::currentDateTimeUtc().addSecs(
                         o.value(u"expires_in").toInteger(600));
                     if (m_deviceCode.isEmpty() || userCode.isEmpty() || !uri.isValid()) {
                         fail(tr("Okta's device authorization answer has no device code, user "
                                 "code or verification address."));
                         return;
                     }
                     Q_EMIT userCodeReady(userCode, uri, complete, m_expires);
                     m_pollTimer.start(m_interval * 1000);
                 });
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    const QByteArray body = net::formEncode({
        { QStringLiteral("grant_type"),
          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
        { QStringLiteral("client_id"), m_config.clientId },
        { QStringLiteral("device_code"), QString::fromLatin1(m_deviceCode) },
    });
    m_http->send(formPost(m_config.tokenEndpoint(), body), m_requests,
                 [this](const net::JsonResponse &r) { onTokenResponse(r); });
}

void DeviceCodeFlow::onTokenResponse(const net::JsonResponse &r)
{
    if (!m_running)
        return;
    if (!r.ok()) {
        const QString code
            = r.error.kind == net::NetError::Kind::Http ? r.error.serviceCode : QString();
        if (code == QLatin1String("authorization_pending") || code == QLatin1String("slow_down")) {
            if (code == QLatin1String("slow_down"))
                m_interval += 5; // RFC 8628 §3.5
            // Okta would answer expired_token; no need to ask once the code's lifetime is over.
            if (QDateTime::currentDateTimeUtc() >= m_expires) {
                fail(tr("The sign-in code expired before it was approved; start again."));
                return;
            }
            m_pollTimer.start(m_interval * 1000);
            Q_EMIT authorizationPending();
            return;
        }
        if (code == QLatin1String("expired_token")) {
            fail(tr("The sign-in code expired before it was approved; start again."));
            return;
        }
        if (code == QLatin1String("access_denied")) {
            fail(tr("The sign-in was denied on the activation page. Start again and choose "
                    "Allow, signed in as an Okta administrator."));
            return;
        }
        fail(OAuthErrors::describe(r.error, m_config));
        return;
    }
    const TokenResponse tokens
        = TokenResponse::fromJson(r.json.object(), QDateTime::currentDateTimeUtc());
    if (tokens.accessToken.isEmpty()) {
        fail(tr("Okta's token answer carried no access token."));
        return;
    }
    auto *verifier = new IdTokenVerifier(
        m_http, { m_config.keysEndpoint(), m_config.issuer(), m_config.clientId, 120 }, m_requests);
    // The device grant sends no nonce, so there is none to compare.
    verifier->verify(tokens.idToken, {}, m_requests,
                     [this, tokens](const IdTokenVerification &verification) {
                         if (!m_running)
                             return;
                         if (!verification.ok()) {
                             fail(verification.error);
                             return;
                         }
                         const SignInResult result = tokens.toResult(verification.claims);
                         qCInfo(lcSignIn) << "signed in as user" << result.userId;
                         stop();
                         Q_EMIT signedIn(result);
                     });
}

void DeviceCodeFlow::cancel()
{
    stop();
}

void DeviceCodeFlow::fail(const QString &message)
{
    qCInfo(lcSignIn) << "device sign-in failed:" << message;
    stop();
    QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
}

void DeviceCodeFlow::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_deviceCode.clear();
    if (m_requests) {
        m_requests->deleteLater();
        m_requests = nullptr;
    }
}

} // namespace odt::okta
