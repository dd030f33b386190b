// Signing in against the sandbox tenant over real HTTPS, with a scripted browser: the test plays
// the admin's browser exactly (GET the authorize URL, POST the sign-in form, follow the 302 to
// the loopback listener), so the flows see what a real browser sends.
#include "crypto/jwt.h"
#include "net/formencoding.h"
#include "net/httpclient.h"
#include "okta/signin/apitokencredential.h"
#include "okta/signin/authorizationcodeflow.h"
#include "okta/signin/devicecodeflow.h"
#include "okta/signin/idtokenverifier.h"
#include "okta/signin/loopbackreceiver.h"
#include "okta/signin/oautherrors.h"
#include "sandbox/sandboxtenant.h"
#include "support/cannedhttpsserver.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace odt;
using namespace std::chrono_literals;

namespace {

const QString superAdminId = QStringLiteral("00u1sbxsuperadm0x0h7");
const QString clientId = QStringLiteral("0oa1sbxodtsetup0x0h7");
const QString fastDevice
    = QStringLiteral(R"({"name":"t","extends":"ready","okta":{"deviceCodeIntervalSeconds":1}})");

QString htmlUnescape(QString text)
{
    return text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

struct PlainResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// A browser's GET of http://127.0.0.1:PORT/callback…: plain HTTP, never through a proxy.
PlainResult plainGet(const QUrl &url)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    PlainResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    delete reply;
    return result;
}

} // namespace

// Stands in for the desktop's browser: QDesktopServices::openUrl() lands here.
class ScriptedBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestSignin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void authorizationUrl();
    void fullPkceFlow();
    void staleStateIgnoredThenValidAccepted();
    void redirectCannotBeReused();
    void deniedInBrowser();
    void portInUse();
    void flowTimesOut();
    void loopbackOnly_data();
    void loopbackOnly();
    void junkConnectionsSurvive();
    void receiverTimeout();
    void oauthErrorMessages();
    void idToken_data();
    void idToken();
    void keySetCachedAndRefetchedOnce();
    void deviceFlowApproved();
    void deviceFlowDenied();
    void deviceFlowExpired();
    void apiTokenFromEnvironment();

private:
    struct Net
    {
        QNetworkAccessManager manager;
        net::HttpClient http { &manager };
    };

    okta::OidcConfig config(quint16 port = okta::OidcConfig::defaultRedirectPort) const;
    // The admin's part in the browser: the sign-in page, the form, Okta's 302. Returns the
    // Location Okta redirected to.
    QUrl signInInBrowser(const QUrl &authorizeUrl, bool approve = true);

    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    std::unique_ptr<SandboxClient> m_client;
    ScriptedBrowser m_browser;
    std::optional<crypto::RsaSigningKey> m_key;
    std::optional<crypto::RsaSigningKey> m_otherKey;
};

void TestSignin::initTestCase()
{
    QString error;
    m_tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(m_tenant, qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_tenant->caCertificate());
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    m_key = crypto::RsaSigningKey::generate(2048, &error);
    QVERIFY2(m_key, qPrintable(error));
    m_otherKey = crypto::RsaSigningKey::generate(2048, &error);
    QVERIFY2(m_otherKey, qPrintable(error));
}

void TestSignin::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

okta::OidcConfig TestSignin::config(quint16 port) const
{
    okta::OidcConfig config;
    config.org = OrgUrl::parse(m_tenant->oktaOrgUrl().toString());
    config.clientId = clientId;
    config.redirectPort = port;
    return config;
}

QUrl TestSignin::signInInBrowser(const QUrl &authorizeUrl, bool approve)
{
    const HttpResult page = m_client->get(authorizeUrl);
    if (page.status != 200) {
        qWarning() << "sign-in page:" << page.status << page.body.left(300);
        return {};
    }
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression hidden(
        QStringLiteral(R"re(<input type="hidden" name="([^"]*)" value="([^"]*)">)re"));
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto match = it.next();
        fields.append({ htmlUnescape(match.captured(1)), htmlUnescape(match.captured(2)) });
    }
    fields.append({ QStringLiteral("username"), QStringLiteral("super.admin@example.com") });
    fields.append({ QStringLiteral("password"), QStringLiteral("Sandbox-Super-1") });
    fields.append(
        { approve ? QStringLiteral("approve") : QStringLiteral("deny"), QStringLiteral("1") });
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    const HttpResult redirect = m_client->postForm(post, net::formEncode(fields));
    if (redirect.status != 302) {
        qWarning() << "sign-in form:" << redirect.status << redirect.body.left(300);
        return {};
    }
    return QUrl::fromEncoded(redirect.header("Location"));
}

void TestSignin::authorizationUrl()
{
    const okta::OidcConfig c = config();
    const QUrl url
        = okta::AuthorizationCodeFlow::buildAuthorizationUrl(c, "st+a/te", "n0nce", "ch4llenge");
    QCOMPARE(url.path(), QStringLiteral("/oauth2/v1/authorize"));
    const QUrlQuery query(url);
    const auto value = [&](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    QCOMPARE(value("response_type"), QStringLiteral("code"));
    QCOMPARE(value("client_id"), clientId);
    QCOMPARE(value("redirect_uri"), QStringLiteral("http://127.0.0.1:53682/callback"));
    QCOMPARE(value("state"), QStringLiteral("st+a/te"));
    QCOMPARE(value("nonce"), QStringLiteral("n0nce"));
    QCOMPARE(value("code_challenge"), QStringLiteral("ch4llenge"));
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(value("scope").split(QLatin1Char(' ')), okta::OidcConfig::defaultScopes());
    QVERIFY(value("scope").contains(QLatin1String("okta.oauthIntegrations.manage")));
}

void TestSignin::fullPkceFlow()
{
    Net net;
    net.http.setExtraCaCertificates({ m_tenant->caCertificate() });
    okta::AuthorizationCodeFlow flow(&net.http);
    QSignalSpy urlReady(&flow, &okta::AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy signedIn(&flow, &okta::AuthorizationCodeFlow::signedIn);
    QSignalSpy failed(&flow, &okta::AuthorizationCodeFlow::failed);
    m_browser.opened.clear();
    flow.start(config());
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(urlReady.size(), 1);
    QCOMPARE(urlReady.at(0).at(0).toUrl(), m_browser.opened.first());
    QCOMPARE(flow.authorizationUrl(), m_browser.opened.first());

    const QUrl callback = signInInBrowser(m_browser.opened.first());
    QCOMPARE(callback.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(callback.port(), 53682);
    const PlainResult page = plainGet(callback);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("You can close this window"));

    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    const auto result = signedIn.at(0).at(0).value<okta::SignInResult>();
    QCOMPARE(result.userId, superAdminId);
    QCOMPARE(result.login, QStringLiteral("super.admin@example.com"));
    QCOMPARE(result.name, QStringLiteral("Sam Super"));
    QVERIFY(!result.accessToken.isEmpty());
    QVERIFY(!result.refreshToken.isEmpty());
    QVERIFY(result.scopes.contains(QStringLiteral("okta.roles.read")));
    QVERIFY(result.expires > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(!flow.isRunning());

    // The access token works against the management API.
    const HttpResult roles
        = m_client->get(m_tenant->oktaOrgUrl().resolved(
                            QUrl(QStringLiteral("/api/v1/users/%1/roles").arg(result.userId))),
                        { SandboxClient::bearer(result.accessToken) });
    QCOMPARE(roles.status, 200);
    QCOMPARE(roles.json.array().first().toObject().value(u"type").toString(),
             QStringLiteral("SUPER_ADMIN"));
}

void TestSignin::staleStateIgnoredThenValidAccepted()
{
    Net net;
    net.http.setExtraCaCertificates({ m_tenant->caCertificate() });
    okta::AuthorizationCodeFlow flow(&net.http);
    QSignalSpy signedIn(&flow, &okta::AuthorizationCodeFlow::signedIn);
    QSignalSpy failed(&flow, &okta::AuthorizationCodeFlow::failed);
    m_browser.opened.clear();
    flow.start(config(53683));
    QTRY_COMPARE(m_browser.opened.size(), 1);
    const QUrl callback = signInInBrowser(m_browser.opened.first());
    QVERIFY(callback.isValid());

    // A stale tab of an earlier attempt: same path, another state.
    QUrl stale = callback;
    QUrlQuery staleQuery(callback);
    staleQuery.removeAllQueryItems(QStringLiteral("state"));
    staleQuery.addQueryItem(QStringLiteral("state"), QStringLiteral("an-earlier-state"));
    stale.setQuery(staleQuery);
    const PlainResult stalePage = plainGet(stale);
    QCOMPARE(stalePage.status, 400);
    QVERIFY(stalePage.body.contains("does not belong to the sign-in"));
    // No code at all, right state.
    QUrl noCode = callback;
    QUrlQuery noCodeQuery(callback);
    noCodeQuery.removeAllQueryItems(QStringLiteral("code"));
    noCode.setQuery(noCodeQuery);
    QCOMPARE(plainGet(noCode).status, 400);
    QVERIFY(flow.isRunning());
    QVERIFY(failed.isEmpty());

    QCOMPARE(plainGet(callback).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(signedIn.at(0).at(0).value<okta::SignInResult>().userId, superAdminId);
}

void TestSignin::redirectCannotBeReused()
{
    Net net;
    net.http.setExtraCaCertificates({ m_tenant->caCertificate() });
    okta::AuthorizationCodeFlow flow(&net.http);
    QSignalSpy signedIn(&flow, &okta::AuthorizationCodeFlow::signedIn);
    m_browser.opened.clear();
    flow.start(config());
    QTRY_COMPARE(m_browser.opened.size(), 1);
    const QUrl callback = signInInBrowser(m_browser.opened.first());
    QCOMPARE(plainGet(callback).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);

    // The listener closed after the one valid callback: a replay reaches nothing.
    const PlainResult replay = plainGet(callback);
    QCOMPARE(replay.status, 0);
    QCOMPARE(replay.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(signedIn.size(), 1);
}

void TestSignin::deniedInBrowser()
{
    Net net;
    net.http.setExtraCaCertificates({ m_tenant->caCertificate() });
    okta::AuthorizationCodeFlow flow(&net.http);
    QSignalSpy signedIn(&flow, &okta::AuthorizationCodeFlow::signedIn);
    QSignalSpy failed(&flow, &okta::AuthorizationCodeFlow::failed);
    m_browser.opened.clear();
    flow.start(config());
    QTRY_COMPARE(m_browser.opened.size(), 1);
    const QUrl callback = signInInBrowser(m_browser.opened.first(), false);
    QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
    const PlainResult page = plainGet(callback);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("did not complete"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("denied")));
    QVERIFY(signedIn.isEmpty());
}

void TestSignin::portInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 port = squatter.serverPort();
    Net net;
    okta::AuthorizationCodeFlow flow(&net.http);
    QSignalSpy failed(&flow, &okta::AuthorizationCodeFlow::failed);
    m_browser.opened.clear();
    flow.start(config(port));
    QVERIFY(failed.isEmpty()); // only after start() returned
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Port %1").arg(port)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)),
             qPrintable(message));
    QVERIFY(m_browser.opened.isEmpty());
}

void TestSignin::flowTimesOut()
{
    Net net;
    okta::AuthorizationCodeFlow flow(&net.http);
    flow.setCallbackTimeout(300ms);
    QSignalSpy failed(&flow, &okta::AuthorizationCodeFlow::failed);
    flow.start(config(0));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("No sign-in arrived")));
    // Rounded up: a wait under a second is never reported as "0 seconds".
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("within 1 second")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!flow.isRunning());
}

void TestSignin::loopbackOnly_data()
{
    QTest::addColumn<QHostAddress>("address");
    int rows = 0;
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback())
            continue;
        QTest::newRow(qPrintable(address.toString())) << address;
        ++rows;
    }
    if (rows == 0)
        QTest::newRow("no non-loopback address") << QHostAddress();
}

void TestSignin::loopbackOnly()
{
    QFETCH(QHostAddress, address);
    if (address.isNull())
        QSKIP("This machine has no network address besides loopback to try from.");
    okta::LoopbackReceiver receiver;
    QString error;
    QVERIFY2(receiver.listen(QStringLiteral("127.0.0.1"), 0, "state", &error), qPrintable(error));
    QCOMPARE(receiver.address(), QHostAddress(QHostAddress::LocalHost));

    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(address, receiver.port());
    const bool connected = socket.waitForConnected(3000);
    QVERIFY2(!connected, "the loopback listener answered on a non-loopback address");
}

void TestSignin::junkConnectionsSurvive()
{
    okta::LoopbackReceiver receiver;
    QSignalSpy code(&receiver, &okta::LoopbackReceiver::codeReceived);
    QString error;
    QVERIFY(receiver.listen(QStringLiteral("127.0.0.1"), 0, "good-state", &error));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(receiver.port());

    // A connection that closes at once (a closed tab, a port scanner).
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.abort();
    }
    // Bytes that are not HTTP.
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write(QByteArray::fromHex("160301020001000103fc0303") + " junk\r\n\r\n");
        QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState
                    || socket.bytesAvailable() > 0);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 400"));
    }
    // Other paths and methods.
    QCOMPARE(plainGet(QUrl(base + QStringLiteral("/favicon.ico"))).status, 404);
    QCOMPARE(plainGet(QUrl(base + QStringLiteral("/"))).status, 404);
    // An error redirect for another sign-in is not ours either.
    QCOMPARE(plainGet(QUrl(base + QStringLiteral("/callback?error=access_denied&state=x"))).status,
             400);
    QVERIFY(code.isEmpty());
    QVERIFY(receiver.isListening());

    const PlainResult ok
        = plainGet(QUrl(base + QStringLiteral("/callback?code=abc%2Bd&state=good-state")));
    QCOMPARE(ok.status, 200);
    QCOMPARE(code.size(), 1);
    QCOMPARE(code.at(0).at(0).toString(), QStringLiteral("abc+d"));
    QVERIFY(!receiver.isListening());
}

void TestSignin::receiverTimeout()
{
    okta::LoopbackReceiver receiver;
    receiver.setTimeout(200ms);
    QSignalSpy timedOut(&receiver, &okta::LoopbackReceiver::timedOut);
    QString error;
    QVERIFY(receiver.listen(QStringLiteral("127.0.0.1"), 0, "s", &error));
    QVERIFY(receiver.isListening());
    QTRY_COMPARE(timedOut.size(), 1);
    QVERIFY(!receiver.isListening());

    okta::LoopbackReceiver anywhere;
    QVERIFY(!anywhere.listen(QStringLiteral("0.0.0.0"), 0, "s", &error));
    QVERIFY(error.contains(QLatin1String("loopback")));
}

void TestSignin::oauthErrorMessages()
{
    const okta::OidcConfig c = config(53999);
    const QString mismatch = okta::OAuthErrors::describe(
        QStringLiteral("invalid_grant"),
        QStringLiteral("The 'redirect_uri' does not match the redirection URI used in the "
                       "authorization request."),
        c);
    QVERIFY2(mismatch.contains(QLatin1String("http://127.0.0.1:53999/callback")),
             qPrintable(mismatch));
    QVERIFY(mismatch.contains(clientId));
    const QString expiredCode = okta::OAuthErrors::describe(
        QStringLiteral("invalid_grant"),
        QStringLiteral("The authorization code is invalid or has expired."), c);
    QVERIFY(expiredCode.contains(QLatin1String("Start the sign-in again")));
    QVERIFY(okta::OAuthErrors::describe(QStringLiteral("access_denied"), {}, c)
                .contains(QLatin1String("denied")));
    QVERIFY(okta::OAuthErrors::describe(QStringLiteral("invalid_scope"), {}, c)
                .contains(QLatin1String("okta.roles.read")));
}

void TestSignin::idToken_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("expectedError"); // empty: accepted
    QTest::newRow("valid") << "valid" << QString();
    QTest::newRow("bad signature") << "bad signature"
                                   << "signature is not valid";
    QTest::newRow("wrong aud") << "wrong aud"
                               << "audience (aud)";
    QTest::newRow("wrong nonce") << "wrong nonce"
                                 << "nonce does not match";
    QTest::newRow("expired") << "expired"
                             << "has expired (exp)";
    QTest::newRow("wrong issuer") << "wrong issuer"
                                  << "(iss)";
    QTest::newRow("alg none") << "alg none"
                              << "could not be verified";
}

void TestSignin::idToken()
{
    QFETCH(QString, variant);
    QFETCH(QString, expectedError);
    const QByteArray jwks = QJsonDocument(QJsonObject { { QStringLiteral("keys"),
                                                          QJsonArray { m_key->publicJwk() } } })
                                .toJson(QJsonDocument::Compact);
    CannedHttpsServer keys(CannedHttpsServer::response(200, "application/json", jwks));
    Net net;
    net.http.setExtraCaCertificates({ keys.caCertificate() });
    const QString issuer = QStringLiteral("https://acme.okta.com");
    okta::IdTokenVerifier verifier(
        &net.http,
        { keys.url().resolved(QUrl(QStringLiteral("/oauth2/v1/keys"))), issuer, clientId, 120 });

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims { { QStringLiteral("iss"), issuer },
                         { QStringLiteral("aud"), clientId },
                         { QStringLiteral("sub"), superAdminId },
                         { QStringLiteral("iat"), now },
                         { QStringLiteral("exp"), now + 3600 },
                         { QStringLiteral("nonce"), QStringLiteral("the-nonce") } };
    if (variant == u"wrong aud")
        claims.insert(QStringLiteral("aud"), QStringLiteral("0oaSomeoneElse"));
    if (variant == u"wrong nonce")
        claims.insert(QStringLiteral("nonce"), QStringLiteral("another-nonce"));
    if (variant == u"wrong issuer")
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example.com"));
    if (variant == u"expired") {
        claims.insert(QStringLiteral("iat"), now - 7200);
        claims.insert(QStringLiteral("exp"), now - 3600);
    }
    QByteArray token = m_key->sign(claims);
    if (variant == u"bad signature") {
        // Same header and signature, altered claims: what a tampering proxy would send.
        QJsonObject changed = claims;
        changed.insert(QStringLiteral("sub"), QStringLiteral("00uSomeoneElse"));
        const QList<QByteArray> parts = token.split('.');
        token = parts.at(0) + '.'
            + crypto::base64UrlEncode(QJsonDocument(changed).toJson(QJsonDocument::Compact)) + '.'
            + parts.at(2);
    }
    if (variant == u"alg none") {
        const QList<QByteArray> parts = token.split('.');
        token = crypto::base64UrlEncode(R"({"alg":"none","typ":"JWT"})") + '.' + parts.at(1) + '.';
    }

    std::optional<okta::IdTokenVerification> result;
    verifier.verify(token, QStringLiteral("the-nonce"), this,
                    [&result](const okta::IdTokenVerification &v) { result = v; });
    QVERIFY(!result); // never inside verify()
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    if (expectedError.isEmpty()) {
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->claims.value(u"sub").toString(), superAdminId);
    } else {
        QVERIFY(!result->ok());
        QVERIFY(result->claims.isEmpty());
        QVERIFY2(result->error.contains(expectedError), qPrintable(result->error));
    }
}

void TestSignin::keySetCachedAndRefetchedOnce()
{
    const QByteArray jwks = QJsonDocument(QJsonObject { { QStringLiteral("keys"),
                                                          QJsonArray { m_key->publicJwk() } } })
                                .toJson(QJsonDocument::Compact);
    CannedHttpsServer keys(CannedHttpsServer::response(200, "application/json", jwks));
    Net net;
    net.http.setExtraCaCertificates({ keys.caCertificate() });
    const QString issuer = QStringLiteral("https://acme.okta.com");
    okta::IdTokenVerifier verifier(&net.http, { keys.url(), issuer, clientId, 120 });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims { { QStringLiteral("iss"), issuer },
                               { QStringLiteral("aud"), clientId },
                               { QStringLiteral("sub"), superAdminId },
                               { QStringLiteral("iat"), now },
                               { QStringLiteral("exp"), now + 3600 } };

    const auto verify = [&](const QByteArray &token) {
        std::optional<okta::IdTokenVerification> result;
        verifier.verify(token, {}, this,
                        [&result](const okta::IdTokenVerification &v) { result = v; });
        // QTRY_* returns from the enclosing function; this lambda returns a value.
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return okta::IdTokenVerification { {}, QStringLiteral("timed out") };
        return *result;
    };
    QVERIFY(verify(m_key->sign(claims)).ok());
    QVERIFY(verify(m_key->sign(claims)).ok());
    QCOMPARE(verifier.keySetFetches(), 1);

    // A key the set does not list: one refetch (Okta may have rotated), then a clear failure.
    const okta::IdTokenVerification unknown = verify(m_otherKey->sign(claims));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains(m_otherKey->keyId()), qPrintable(unknown.error));
    QCOMPARE(verifier.keySetFetches(), 2);
    QCOMPARE(keys.requests().size(), 2);
}

void TestSignin::deviceFlowApproved()
{
    QString error;
    auto tenant = startSandbox(fastDevice, &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    Net net;
    net.http.setExtraCaCertificates({ tenant->caCertificate() });
    okta::OidcConfig c = config();
    c.org = OrgUrl::parse(tenant->oktaOrgUrl().toString());

    okta::DeviceCodeFlow flow(&net.http);
    QSignalSpy code(&flow, &okta::DeviceCodeFlow::userCodeReady);
    QSignalSpy pending(&flow, &okta::DeviceCodeFlow::authorizationPending);
    QSignalSpy signedIn(&flow, &okta::DeviceCodeFlow::signedIn);
    QSignalSpy failed(&flow, &okta::DeviceCodeFlow::failed);
    flow.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    const QString userCode = code.at(0).at(0).toString();
    const QUrl verification = code.at(0).at(1).toUrl();
    QCOMPARE(verification.path(), QStringLiteral("/activate"));
    QVERIFY(code.at(0).at(2).toUrl().toString().contains(userCode));
    QCOMPARE(flow.pollInterval(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!pending.isEmpty(), 10000);
    QVERIFY(signedIn.isEmpty());
    const HttpResult approved = client.postForm(
        verification,
        net::formEncode({ { QStringLiteral("user_code"), userCode },
                          { QStringLiteral("username"), QStringLiteral("super.admin@example.com") },
                          { QStringLiteral("password"), QStringLiteral("Sandbox-Super-1") },
                          { QStringLiteral("approve"), QStringLiteral("1") } }));
    QCOMPARE(approved.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    const auto result = signedIn.at(0).at(0).value<okta::SignInResult>();
    QCOMPARE(result.userId, superAdminId);
    QCOMPARE(result.login, QStringLiteral("super.admin@example.com"));
    QVERIFY(!result.accessToken.isEmpty());
    QVERIFY(!flow.isRunning());
}

void TestSignin::deviceFlowDenied()
{
    QString error;
    auto tenant = startSandbox(fastDevice, &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    Net net;
    net.http.setExtraCaCertificates({ tenant->caCertificate() });
    okta::OidcConfig c = config();
    c.org = OrgUrl::parse(tenant->oktaOrgUrl().toString());

    okta::DeviceCodeFlow flow(&net.http);
    QSignalSpy code(&flow, &okta::DeviceCodeFlow::userCodeReady);
    QSignalSpy failed(&flow, &okta::DeviceCodeFlow::failed);
    flow.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 15000);
    const HttpResult denied = client.postForm(
        code.at(0).at(1).toUrl(),
        net::formEncode({ { QStringLiteral("user_code"), code.at(0).at(0).toString() },
                          { QStringLiteral("username"), QStringLiteral("super.admin@example.com") },
                          { QStringLiteral("password"), QStringLiteral("Sandbox-Super-1") },
                          { QStringLiteral("deny"), QStringLiteral("1") } }));
    QCOMPARE(denied.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("denied")),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!flow.isRunning());
}

void TestSignin::deviceFlowExpired()
{
    QString error;
    auto tenant = startSandbox(
        QStringLiteral(R"({"name":"t","extends":"ready","okta":{"deviceCodeIntervalSeconds":1,)"
                       R"("deviceCodeLifetimeSeconds":2}})"),
        &error);
    QVERIFY2(tenant, qPrintable(error));
    Net net;
    net.http.setExtraCaCertificates({ tenant->caCertificate() });
    okta::OidcConfig c = config();
    c.org = OrgUrl::parse(tenant->oktaOrgUrl().toString());
    okta::DeviceCodeFlow flow(&net.http);
    QSignalSpy failed(&flow, &okta::DeviceCodeFlow::failed);
    flow.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("expired")),
             qPrintable(failed.at(0).at(0).toString()));

    // Cancelling stops polling for good.
    okta::DeviceCodeFlow cancelled(&net.http);
    QSignalSpy cancelledCode(&cancelled, &okta::DeviceCodeFlow::userCodeReady);
    QSignalSpy cancelledFailed(&cancelled, &okta::DeviceCodeFlow::failed);
    cancelled.start(c);
    QTRY_VERIFY_WITH_TIMEOUT(!cancelledCode.isEmpty(), 15000);
    cancelled.cancel();
    QVERIFY(!cancelled.isRunning());
    QVERIFY(cancelledFailed.isEmpty());
}

void TestSignin::apiTokenFromEnvironment()
{
    QString error;
    qputenv("ODT_TEST_OKTA_TOKEN", "  00sbxSuperAdminToken0000000000000000000000\n");
    auto credential
        = okta::ApiTokenCredential::fromEnvironment(QStringLiteral("ODT_TEST_OKTA_TOKEN"), &error);
    QVERIFY2(credential, qPrintable(error));
    QCOMPARE(credential->authorizationHeader(),
             QByteArray("SSWS 00sbxSuperAdminToken0000000000000000000000"));

    qunsetenv("ODT_TEST_OKTA_TOKEN_UNSET");
    QVERIFY(!okta::ApiTokenCredential::fromEnvironment(QStringLiteral("ODT_TEST_OKTA_TOKEN_UNSET"),
                                                       &error));
    QVERIFY(error.contains(QLatin1String("ODT_TEST_OKTA_TOKEN_UNSET")));

    // The token pasted where the variable's name belongs: refused, and never repeated.
    const QString pasted = QStringLiteral("00sbx-Super.Admin/Token");
    QVERIFY(!okta::ApiTokenCredential::fromEnvironment(pasted, &error));
    QVERIFY(!error.contains(pasted));
    QVERIFY(error.contains(QLatin1String("NAME")));
    qunsetenv("ODT_TEST_OKTA_TOKEN");
}

ODT_TEST_GUILESS_MAIN(TestSignin)
#include "tst_signin.moc"
