#include "okta/signin/authorizationcodeflow.h"

#include "crypto/jwt.h"
#include "net/formencoding.h"
#include "okta/signin/idtokenverifier.h"
#include "okta/signin/loopbackreceiver.h"
#include "okta/signin/oautherrors.h"
#include "okta/signin/signinlogging.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QTimer>
#include <QUrlQuery>

namespace odt::okta {

namespace { } // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QUrl AuthorizationCodeFlow::buildAuthorizationUrl(const OidcConfig &config, const QByteArray &state,
                                                  const QByteArray &nonce,
                                                  const QByteArray &codeChallenge)
{
    QUrl url = config.authorizeEndpoint();
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        // Encoded by hand: QUrlQuery leaves '+', '&' and '=' inside values ambiguous.
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), config.clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), config.redirectUri());
    add(QStringLiteral("scope"), config.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("nonce"), QString::fromLatin1(nonce));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void AuthorizationCodeFlow::start(const OidcConfig &config)
{
    stop();
    m_config = config;
    m_running = true;
    m_requests = new QObject(this);

    const crypto::Pkce pkce = crypto::Pkce::generate();
    m_state = crypto::randomToken(24);
    m_nonce = crypto::randomToken(24);
    m_codeVerifier = pkce.verifier;
    if (pkce.challenge.isEmpty() || m_state.isEmpty()) {
        fail(tr("This computer's cryptography library has no SHA-256 or random number "
                "provider, so a secure sign-in cannot be prepared."));
        return;
    }

    m_receiver = new LoopbackReceiver(m_requests);
    m_receiver->setTimeout(m_callbackTimeout);
    QString error;
    if (!m_receiver->listen(config.redirectHost, config.redirectPort, m_state, &error)) {
        fail(error);
        return;
    }
    connect(m_receiver, &LoopbackReceiver::codeReceived, this, &AuthorizationCodeFlow::onCode);
    connect(m_receiver, &LoopbackReceiver::errorReceived, this,
            [this](const QString &code, const QString &description) {
                fail(OAuthErrors::describe(code, description, m_config));
            });
    connect(m_receiver, &LoopbackReceiver::timedOut, this, [this] {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_callbackTimeout);
        const QString waited = seconds.count() >= 60
            ? tr("%n minute(s)", nullptr, int(seconds.count() / 60))
            : tr("%n second(s)", nullptr, int(seconds.count()));
        fail(tr("No sign-in arrived from the browser within %1. If the browser showed an Okta "
                "error about the redirect URI, add %2 to the OIDC app's Sign-in redirect URIs. "
                "Then start the sign-in again.")
                 .arg(waited, m_config.redirectUri()));
    });

    m_authorizationUrl = buildAuthorizationUrl(config, m_state, m_nonce, pkce.challenge);
    qCInfo(lcSignIn) << "browser sign-in started for client" << config.clientId << "redirect"
                     << config.redirectUri();
    QTimer::singleShot(0, m_requests, [this] {
        Q_EMIT authorizationUrlReady(m_authorizationUrl);
        if (!m_running || !m_opensBrowser)
            return;
        if (!QDesktopServices::openUrl(m_authorizationUrl)) {
            qCInfo(lcSignIn) << "no browser could be opened; the link is offered to copy";
            Q_EMIT browserNotOpened(m_authorizationUrl);
        }
    });
}

void AuthorizationCodeFlow::onCode(const QString &code)
{
    if (!m_running)
        return;
    qCInfo(lcSignIn) << "authorization code received; exchanging it";
    Q_EMIT exchangingCode();
    net::HttpRequest request;
    request.method = "POST";
    request.url = m_config.tokenEndpoint();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = net::formEncode({
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("client_id"), m_config.clientId },
        { QStringLiteral("redirect_uri"), m_config.redirectUri() },
        { QStringLiteral("code"), code },
        { QStringLiteral("code_verifier"), QString::fromLatin1(m_codeVerifier) },
    });
    m_http->send(request, m_requests, [this](const net::JsonResponse &r) {
        m_codeVerifier.clear();
        if (!m_running)
            return;
        if (!r.ok()) {
            fail(OAuthErrors::describe(r.error, m_config));
            return;
        }
        const TokenResponse tokens
            = TokenResponse::fromJson(r.json.object(), QDateTime::currentDateTimeUtc());
        if (tokens.accessToken.isEmpty()) {
            fail(tr("Okta's token answer carried no access token."));
            return;
        }
        m_tokenVerifier = new IdTokenVerifier(
            m_http, { m_config.keysEndpoint(), m_config.issuer(), m_config.clientId, 120 },
            m_requests);
        m_tokenVerifier->verify(tokens.idToken, QString::fromLatin1(m_nonce), m_requests,
                                [this, tokens](const IdTokenVerification &verification) {
                                    if (!m_running)
                                        return;
                                    if (!verification.ok()) {
                                        fail(verification.error);
                                        return;
                                    }
                                    const SignInResult result
                                        = tokens.toResult(verification.claims);
                                    qCInfo(lcSignIn) << "signed in as user" << result.userId;
                                    stop();
                                    Q_EMIT signedIn(result);
                                });
    });
}

void AuthorizationCodeFlow::cancel()
{
    stop();
}

void AuthorizationCodeFlow::fail(const QString &message)
{
    qCInfo(lcSignIn) << "browser sign-in failed:" << message;
    // Emitted from the event loop, so a failure found inside start() still reaches the caller
    // after start() returned.
    stop();
    QTimer::singleShot(0, this, [this, message] { Q_EMIT failed(message); });
}

void AuthorizationCodeFlow::stop()
{
    m_running = false;
    m_state.clear();
    m_nonce.clear();
    m_codeVerifier.clear();
    if (m_requests) {
        // Deleting the context cancels the token request and closes the listener; later, since a
        // receiver signal may be on the stack.
        m_requests->deleteLater();
        if (m_receiver)
            m_receiver->close();
        m_requests = nullptr;
    }
}

} // namespace odt::okta
