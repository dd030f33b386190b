// The sandbox's Okta org authorization server over real HTTPS, driven like a browser and a native
// client would: GET the sign-in page, POST its form, follow the Location header by hand.

#include "crypto/jwt.h"
#include "sandbox/oktaorgserver.h"
#include "sandbox/sandboxtenant.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace odt;

namespace {

const QString clientId = QStringLiteral("0oa1sbxodtsetup0x0h7");
const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
const QString login = QStringLiteral("super.admin@example.com");
const QString password = QStringLiteral("Sandbox-Super-1");
const QString userId = QStringLiteral("00u1sbxsuperadm0x0h7");
const QString serviceId = QStringLiteral("0oa1sbxservice000x0h7");
const QString serviceSecret = QStringLiteral("sbx-service-secret-0000000000000000000000");
const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

using Params = QList<QPair<QString, QString>>;

QString scenarioJson(const QString &oktaOverrides)
{
    return QStringLiteral(R"({"name":"t","extends":"ready","okta":{%1},"patch":[
        {"op":"add","path":"/okta/apiServices/-","value":{"id":"%2","type":"kandji_odt",
         "name":"Iru Endpoint Okta Device Trust","clientSecret":"%3",
         "grantedScopes":["okta.devices.read","okta.users.read"]}}]})")
        .arg(oktaOverrides, serviceId, serviceSecret);
}

QByteArray formEncode(const Params &params)
{
    QByteArray body;
    for (const auto &[name, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// What a browser would submit from the sign-in page: its hidden fields.
Params hiddenFields(const QByteArray &html)
{
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    Params fields;
    auto it = input.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const auto match = it.next();
        fields.append({ htmlUnescape(match.captured(1)), htmlUnescape(match.captured(2)) });
    }
    return fields;
}

QString oauthError(const HttpResult &result)
{
    return result.json.object().value(u"error").toString();
}

} // namespace

class TestOktaOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discovery();
    void authorizationCodeFlow();
    void wrongVerifier();
    void reusedCode();
    void mismatchedRedirectAtToken();
    void unregisteredRedirectIsNotFollowed();
    void unknownClientIsNotFollowed();
    void authorizeErrorsRedirect_data();
    void authorizeErrorsRedirect();
    void wrongPasswordShowsPageAgain();
    void pageEscapesEchoedValues();
    void denyRedirectsAccessDenied();
    void devicePendingThenSlowDown();
    void deviceApprovedViaActivate();
    void deviceDenied();
    void deviceExpired();
    void deviceUnknownCodes();
    void refreshTokenGrant();
    void clientCredentials_data();
    void clientCredentials();
    void unsupportedGrant();
    void revoke();
    void tokenExpiry();

private:
    QUrl url(const QString &path) const;
    HttpResult token(const Params &params,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Signs in on the authorize page; the final HTTP result (302 or the page again).
    HttpResult authorize(const Params &query, const QString &user, const QString &pass,
                         const QString &button = QStringLiteral("approve"));
    // A code for `scope` with PKCE; fills `verifier`.
    QString code(const QString &scope, QByteArray *verifier, const QString &nonce = {});
    QJsonObject deviceAuthorize(const QString &scope);
    HttpResult activate(const QString &userCode, const QString &button);

    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    std::unique_ptr<SandboxClient> m_client;
};

void TestOktaOAuth::initTestCase()
{
    QString error;
    m_tenant
        = startSandbox(scenarioJson(QStringLiteral(R"("deviceCodeIntervalSeconds":1)")), &error);
    QVERIFY2(m_tenant, qPrintable(error));
    m_client = std::make_unique<SandboxClient>(m_tenant->caCertificate());
}

void TestOktaOAuth::cleanupTestCase()
{
    m_client.reset();
    m_tenant.reset();
}

QUrl TestOktaOAuth::url(const QString &path) const
{
    return m_tenant->oktaOrgUrl().resolved(QUrl(path));
}

HttpResult TestOktaOAuth::token(const Params &params,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_client->postForm(url(QStringLiteral("/oauth2/v1/token")), formEncode(params), headers);
}

HttpResult TestOktaOAuth::authorize(const Params &query, const QString &user, const QString &pass,
                                    const QString &button)
{
    QUrl authorizeUrl = url(QStringLiteral("/oauth2/v1/authorize"));
    authorizeUrl.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    const HttpResult page = m_client->get(authorizeUrl);
    if (page.status != 200)
        return page;
    Params fields = hiddenFields(page.body);
    fields.append({ QStringLiteral("username"), user });
    fields.append({ QStringLiteral("password"), pass });
    fields.append({ button, QStringLiteral("1") });
    return m_client->postForm(url(QStringLiteral("/oauth2/v1/authorize")), formEncode(fields));
}

QString TestOktaOAuth::code(const QString &scope, QByteArray *verifier, const QString &nonce)
{
    const crypto::Pkce pkce = crypto::Pkce::generate();
    *verifier = pkce.verifier;
    Params query {
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("scope"), scope },
        { QStringLiteral("state"), QStringLiteral("st-123") },
        { QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
    };
    if (!nonce.isEmpty())
        query.append({ QStringLiteral("nonce"), nonce });
    const HttpResult result = authorize(query, login, password);
    if (result.status != 302)
        return {};
    const QUrl location(QString::fromUtf8(result.header("Location")));
    if (queryValue(location, QStringLiteral("state")) != u"st-123")
        return {};
    return queryValue(location, QStringLiteral("code"));
}

QJsonObject TestOktaOAuth::deviceAuthorize(const QString &scope)
{
    const HttpResult result
        = m_client->postForm(url(QStringLiteral("/oauth2/v1/device/authorize")),
                             formEncode({ { QStringLiteral("client_id"), clientId },
                                          { QStringLiteral("scope"), scope } }));
    return result.status == 200 ? result.json.object() : QJsonObject();
}

HttpResult TestOktaOAuth::activate(const QString &userCode, const QString &button)
{
    return m_client->postForm(url(QStringLiteral("/activate")),
                              formEncode({ { QStringLiteral("user_code"), userCode },
                                           { QStringLiteral("username"), login },
                                           { QStringLiteral("password"), password },
                                           { button, QStringLiteral("1") } }));
}

void TestOktaOAuth::discovery()
{
    const HttpResult result
        = m_client->get(url(QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(result.status, 200);
    const QJsonObject doc = result.json.object();
    const QString origin = m_tenant->oktaOrgUrl().toString();
    QCOMPARE(doc.value(u"issuer").toString(), origin);
    QCOMPARE(doc.value(u"authorization_endpoint").toString(), origin + u"/oauth2/v1/authorize");
    QCOMPARE(doc.value(u"token_endpoint").toString(), origin + u"/oauth2/v1/token");
    QCOMPARE(doc.value(u"jwks_uri").toString(), origin + u"/oauth2/v1/keys");
    QCOMPARE(doc.value(u"revocation_endpoint").toString(), origin + u"/oauth2/v1/revoke");
    QCOMPARE(doc.value(u"device_authorization_endpoint").toString(),
             origin + u"/oauth2/v1/device/authorize");
    QCOMPARE(doc.value(u"code_challenge_methods_supported").toArray(),
             QJsonArray { QStringLiteral("S256") });
    QCOMPARE(doc.value(u"id_token_signing_alg_values_supported").toArray(),
             QJsonArray { QStringLiteral("RS256") });
    QCOMPARE(doc.value(u"response_types_supported").toArray(),
             QJsonArray { QStringLiteral("code") });
    QVERIFY(doc.value(u"grant_types_supported").toArray().contains(deviceGrant));
    QVERIFY(doc.value(u"scopes_supported").toArray().contains(QStringLiteral("offline_access")));
    QVERIFY(doc.value(u"token_endpoint_auth_methods_supported")
                .toArray()
                .contains(QStringLiteral("none")));
    QVERIFY(doc.value(u"claims_supported").toArray().contains(QStringLiteral("auth_time")));
    // Nothing advertised that the sandbox does not answer.
    QVERIFY(!doc.contains(u"userinfo_endpoint"));
    QVERIFY(!doc.contains(u"introspection_endpoint"));
}

void TestOktaOAuth::authorizationCodeFlow()
{
    QByteArray verifier;
    const QString nonce = QStringLiteral("n-0S6_WzA2Mj");
    const QString authCode
        = code(QStringLiteral("openid profile email offline_access okta.users.read okta.apps.read"),
               &verifier, nonce);
    QVERIFY(!authCode.isEmpty());

    const HttpResult result
        = token({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("redirect_uri"), redirectUri },
                  { QStringLiteral("code"), authCode },
                  { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(result.header("Pragma"), QByteArray("no-cache"));
    const QJsonObject body = result.json.object();
    QCOMPARE(body.value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(u"expires_in").toInt(), 3600);
    // okta.apps.read is not granted to the app: silently dropped.
    QCOMPARE(body.value(u"scope").toString(),
             QStringLiteral("openid profile email offline_access okta.users.read"));
    QVERIFY(!body.value(u"refresh_token").toString().isEmpty());

    // The access token authenticates the user with the granted scopes.
    sandbox::SandboxRequest request;
    request.headers.append(
        { "Authorization", "Bearer " + body.value(u"access_token").toString().toLatin1() });
    const auto principal = m_tenant->okta()->auth().authenticate(request, nullptr);
    QVERIFY(principal);
    QCOMPARE(principal->userId, userId);
    QCOMPARE(principal->clientId, clientId);
    QVERIFY(principal->scopes.contains(QStringLiteral("okta.users.read")));
    QVERIFY(!principal->scopes.contains(QStringLiteral("okta.apps.read")));

    const HttpResult keys = m_client->get(url(QStringLiteral("/oauth2/v1/keys")));
    QCOMPARE(keys.status, 200);
    QCOMPARE(keys.json.object().value(u"keys").toArray().size(), 1);
    const auto verified
        = crypto::verifyJwt(body.value(u"id_token").toString().toLatin1(), keys.json.object());
    QVERIFY2(verified.ok(), qPrintable(verified.message));
    const QJsonObject claims = verified.claims;
    QCOMPARE(crypto::checkIdTokenClaims(claims, m_tenant->oktaOrgUrl().toString(), clientId, nonce,
                                        QDateTime::currentSecsSinceEpoch()),
             QString());
    QCOMPARE(claims.value(u"sub").toString(), userId);
    QCOMPARE(claims.value(u"ver").toInt(), 1);
    QCOMPARE(claims.value(u"idp").toString(), QStringLiteral("00o1sbxready0000x0h7"));
    QCOMPARE(claims.value(u"amr").toArray(), QJsonArray { QStringLiteral("pwd") });
    QCOMPARE(claims.value(u"preferred_username").toString(), login);
    QCOMPARE(claims.value(u"name").toString(), QStringLiteral("Sam Super"));
    QCOMPARE(claims.value(u"email").toString(), login);
    QCOMPARE(claims.value(u"exp").toInteger() - claims.value(u"iat").toInteger(), 3600);
    QVERIFY(claims.value(u"auth_time").toInteger() > 0);
    QVERIFY(!claims.value(u"jti").toString().isEmpty());
    QVERIFY(!claims.value(u"at_hash").toString().isEmpty());
}

void TestOktaOAuth::wrongVerifier()
{
    QByteArray verifier;
    const QString authCode = code(QStringLiteral("openid"), &verifier);
    QVERIFY(!authCode.isEmpty());
    const HttpResult result = token(
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
          { QStringLiteral("client_id"), clientId },
          { QStringLiteral("redirect_uri"), redirectUri },
          { QStringLiteral("code"), authCode },
          { QStringLiteral("code_verifier"), QString::fromLatin1(crypto::randomToken(32)) } });
    QCOMPARE(result.status, 400);
    QCOMPARE(oauthError(result), QStringLiteral("invalid_grant"));
    QCOMPARE(result.json.object().value(u"error_description").toString(),
             QStringLiteral("PKCE verification failed."));
}

void TestOktaOAuth::reusedCode()
{
    QByteArray verifier;
    const QString authCode = code(QStringLiteral("openid"), &verifier);
    const Params params { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                          { QStringLiteral("client_id"), clientId },
                          { QStringLiteral("redirect_uri"), redirectUri },
                          { QStringLiteral("code"), authCode },
                          { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } };
    QCOMPARE(token(params).status, 200);
    const HttpResult again = token(params);
    QCOMPARE(again.status, 400);
    QCOMPARE(oauthError(again), QStringLiteral("invalid_grant"));
    QCOMPARE(again.json.object().value(u"error_description").toString(),
             QStringLiteral("The authorization code is invalid or has expired."));
}

void TestOktaOAuth::mismatchedRedirectAtToken()
{
    QByteArray verifier;
    const QString authCode = code(QStringLiteral("openid"), &verifier);
    const HttpResult result = token(
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
          { QStringLiteral("client_id"), clientId },
          { QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:53683/callback") },
          { QStringLiteral("code"), authCode },
          { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } });
    QCOMPARE(result.status, 400);
    QCOMPARE(oauthError(result), QStringLiteral("invalid_grant"));
    QCOMPARE(result.json.object().value(u"error_description").toString(),
             QStringLiteral("The 'redirect_uri' does not match the redirection URI used in the "
                            "authorization request."));
}

void TestOktaOAuth::unregisteredRedirectIsNotFollowed()
{
    // A different loopback port is not registered: exact match only.
    QUrl authorizeUrl = url(QStringLiteral("/oauth2/v1/authorize"));
    authorizeUrl.setQuery(
        QString::fromLatin1(formEncode({
            { QStringLiteral("client_id"), clientId },
            { QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9999/callback") },
            { QStringLiteral("response_type"), QStringLiteral("code") },
            { QStringLiteral("scope"), QStringLiteral("openid") },
            { QStringLiteral("state"), QStringLiteral("s") },
        })),
        QUrl::StrictMode);
    const HttpResult result = m_client->get(authorizeUrl);
    QCOMPARE(result.status, 400);
    QVERIFY(result.header("Location").isEmpty());
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body.contains("must be a Login redirect URI in the client app settings"));
}

void TestOktaOAuth::unknownClientIsNotFollowed()
{
    QUrl authorizeUrl = url(QStringLiteral("/oauth2/v1/authorize"));
    authorizeUrl.setQuery(QString::fromLatin1(formEncode({
                              { QStringLiteral("client_id"), QStringLiteral("0oaUnknown") },
                              { QStringLiteral("redirect_uri"), redirectUri },
                              { QStringLiteral("response_type"), QStringLiteral("code") },
                              { QStringLiteral("scope"), QStringLiteral("openid") },
                              { QStringLiteral("state"), QStringLiteral("s") },
                          })),
                          QUrl::StrictMode);
    const HttpResult result = m_client->get(authorizeUrl);
    QCOMPARE(result.status, 400);
    QVERIFY(result.header("Location").isEmpty());
    QVERIFY(result.body.contains("invalid_client"));
}

void TestOktaOAuth::authorizeErrorsRedirect_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("stateEchoed");
    QTest::newRow("missing state")
        << "state"
        << ""
        << ""
        << "invalid_request"
        << "The authentication request has an invalid 'state' parameter." << false;
    QTest::newRow("plain challenge method")
        << ""
        << "code_challenge_method"
        << "plain"
        << "invalid_request"
        << "PKCE code challenge method is not supported. Valid values: [S256]" << true;
    QTest::newRow("missing challenge")
        << "code_challenge"
        << ""
        << ""
        << "invalid_request"
        << "PKCE code challenge is required by the application." << true;
    QTest::newRow("missing scope") << "scope"
                                   << ""
                                   << ""
                                   << "invalid_scope"
                                   << "No scopes were requested." << true;
    QTest::newRow("implicit") << ""
                              << "response_type"
                              << "token"
                              << "unsupported_response_type"
                              << "The response type is not supported by the authorization "
                                 "server. Configured response types: [code]."
                              << true;
}

void TestOktaOAuth::authorizeErrorsRedirect()
{
    QFETCH(QString, drop);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(bool, stateEchoed);
    Params query {
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("scope"), QStringLiteral("openid") },
        { QStringLiteral("state"), QStringLiteral("st-9") },
        { QStringLiteral("code_challenge"),
          QString::fromLatin1(crypto::Pkce::generate().challenge) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
    };
    for (auto &[key, existing] : query) {
        if (key == name)
            existing = value;
    }
    query.removeIf([&drop](const auto &pair) { return pair.first == drop; });
    QUrl authorizeUrl = url(QStringLiteral("/oauth2/v1/authorize"));
    authorizeUrl.setQuery(QString::fromLatin1(formEncode(query)), QUrl::StrictMode);
    const HttpResult result = m_client->get(authorizeUrl);
    QCOMPARE(result.status, 302);
    const QUrl location(QString::fromUtf8(result.header("Location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), redirectUri);
    QCOMPARE(queryValue(location, QStringLiteral("error")), error);
    QCOMPARE(queryValue(location, QStringLiteral("error_description")), description);
    QCOMPARE(QUrlQuery(location).hasQueryItem(QStringLiteral("state")), stateEchoed);
    if (stateEchoed)
        QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("st-9"));
    QVERIFY(!QUrlQuery(location).hasQueryItem(QStringLiteral("code")));
}

void TestOktaOAuth::wrongPasswordShowsPageAgain()
{
    const HttpResult result
        = authorize({ { QStringLiteral("client_id"), clientId },
                      { QStringLiteral("redirect_uri"), redirectUri },
                      { QStringLiteral("response_type"), QStringLiteral("code") },
                      { QStringLiteral("scope"), QStringLiteral("openid okta.users.read") },
                      { QStringLiteral("state"), QStringLiteral("s") },
                      { QStringLiteral("code_challenge"),
                        QString::fromLatin1(crypto::Pkce::generate().challenge) },
                      { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } },
                    login, QStringLiteral("wrong"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Location").isEmpty());
    QVERIFY(result.body.contains("Unable to sign in"));
    QVERIFY(result.body.contains("okta.users.read"));
    // Still a form that carries the request on.
    QVERIFY(hiddenFields(result.body).contains({ QStringLiteral("redirect_uri"), redirectUri }));
}

void TestOktaOAuth::pageEscapesEchoedValues()
{
    QUrl authorizeUrl = url(QStringLiteral("/oauth2/v1/authorize"));
    authorizeUrl.setQuery(QString::fromLatin1(formEncode({
                              { QStringLiteral("client_id"), clientId },
                              { QStringLiteral("redirect_uri"), redirectUri },
                              { QStringLiteral("response_type"), QStringLiteral("code") },
                              { QStringLiteral("scope"), QStringLiteral("openid") },
                              { QStringLiteral("state"), QStringLiteral("\"><script>x</script>") },
                              { QStringLiteral("code_challenge"),
                                QString::fromLatin1(crypto::Pkce::generate().challenge) },
                              { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
                              { QStringLiteral("login_hint"), QStringLiteral("<b>me</b>") },
                          })),
                          QUrl::StrictMode);
    const HttpResult page = m_client->get(authorizeUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY(!page.body.contains("<b>me"));
    QVERIFY(page.body.contains("&quot;&gt;&lt;script&gt;"));
}

void TestOktaOAuth::denyRedirectsAccessDenied()
{
    const HttpResult result
        = authorize({ { QStringLiteral("client_id"), clientId },
                      { QStringLiteral("redirect_uri"), redirectUri },
                      { QStringLiteral("response_type"), QStringLiteral("code") },
                      { QStringLiteral("scope"), QStringLiteral("openid") },
                      { QStringLiteral("state"), QStringLiteral("st-d") },
                      { QStringLiteral("code_challenge"),
                        QString::fromLatin1(crypto::Pkce::generate().challenge) },
                      { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } },
                    login, password, QStringLiteral("deny"));
    QCOMPARE(result.status, 302);
    const QUrl location(QString::fromUtf8(result.header("Location")));
    QCOMPARE(queryValue(location, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(queryValue(location, QStringLiteral("error_description")),
             QStringLiteral("The resource owner or authorization server denied the request."));
    QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("st-d"));
}

void TestOktaOAuth::devicePendingThenSlowDown()
{
    const QJsonObject device = deviceAuthorize(QStringLiteral("openid okta.users.read"));
    QVERIFY(!device.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^[BCDFGHJKLMNPQRSTVWXZ]{8}$"))
                .match(device.value(u"user_code").toString())
                .hasMatch());
    const QString origin = m_tenant->oktaOrgUrl().toString();
    QCOMPARE(device.value(u"verification_uri").toString(), origin + u"/activate");
    QCOMPARE(device.value(u"verification_uri_complete").toString(),
             origin + u"/activate?user_code=" + device.value(u"user_code").toString());
    QCOMPARE(device.value(u"expires_in").toInt(), 600);
    QCOMPARE(device.value(u"interval").toInt(), 1);

    const Params poll { { QStringLiteral("grant_type"), deviceGrant },
                        { QStringLiteral("client_id"), clientId },
                        { QStringLiteral("device_code"),
                          device.value(u"device_code").toString() } };
    HttpResult result = token(poll);
    QCOMPARE(result.status, 400);
    QCOMPARE(oauthError(result), QStringLiteral("authorization_pending"));
    QCOMPARE(result.json.object().value(u"error_description").toString(),
             QStringLiteral("The device authorization is pending. Please try again later."));
    result = token(poll); // at once: faster than the 1 s interval
    QCOMPARE(result.status, 400);
    QCOMPARE(oauthError(result), QStringLiteral("slow_down"));
    // The interval is now 6 s (RFC 8628 §3.5), so an immediate poll is still too fast.
    QCOMPARE(oauthError(token(poll)), QStringLiteral("slow_down"));
}

void TestOktaOAuth::deviceApprovedViaActivate()
{
    const QJsonObject device
        = deviceAuthorize(QStringLiteral("openid profile offline_access okta.devices.read"));
    const QString userCode = device.value(u"user_code").toString();

    const HttpResult page
        = m_client->get(QUrl(device.value(u"verification_uri_complete").toString()));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(QStringLiteral("value=\"%1\"").arg(userCode).toUtf8()));

    // Typed in lower case with a dash, as users do.
    const HttpResult approved = activate(
        userCode.left(4).toLower() + u'-' + userCode.mid(4).toLower(), QStringLiteral("approve"));
    QCOMPARE(approved.status, 200);
    QVERIFY(approved.body.contains("Device activated"));

    const Params poll { { QStringLiteral("grant_type"), deviceGrant },
                        { QStringLiteral("client_id"), clientId },
                        { QStringLiteral("device_code"),
                          device.value(u"device_code").toString() } };
    const HttpResult result = token(poll);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json.object();
    QCOMPARE(body.value(u"scope").toString(),
             QStringLiteral("openid profile offline_access okta.devices.read"));
    QVERIFY(!body.value(u"access_token").toString().isEmpty());
    QVERIFY(!body.value(u"refresh_token").toString().isEmpty());
    const HttpResult keys = m_client->get(url(QStringLiteral("/oauth2/v1/keys")));
    const auto verified
        = crypto::verifyJwt(body.value(u"id_token").toString().toLatin1(), keys.json.object());
    QVERIFY(verified.ok());
    QCOMPARE(verified.claims.value(u"sub").toString(), userId);

    // The device code is spent, and so is the user code.
    QCOMPARE(oauthError(token(poll)), QStringLiteral("invalid_grant"));
    QVERIFY(activate(userCode, QStringLiteral("approve"))
                .body.contains("The user code is invalid or has expired."));
}

void TestOktaOAuth::deviceDenied()
{
    const QJsonObject device = deviceAuthorize(QStringLiteral("openid"));
    const HttpResult denied
        = activate(device.value(u"user_code").toString(), QStringLiteral("deny"));
    QCOMPARE(denied.status, 200);
    const HttpResult result
        = token({ { QStringLiteral("grant_type"), deviceGrant },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("device_code"), device.value(u"device_code").toString() } });
    QCOMPARE(result.status, 403);
    QCOMPARE(oauthError(result), QStringLiteral("access_denied"));
}

void TestOktaOAuth::deviceExpired()
{
    QString error;
    // okta.deviceCodeLifetimeSeconds is sandbox-only: Okta's user codes live 10 minutes.
    auto tenant
        = startSandbox(scenarioJson(QStringLiteral(
                           R"("deviceCodeIntervalSeconds":1,"deviceCodeLifetimeSeconds":1)")),
                       &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const QUrl origin = tenant->oktaOrgUrl();
    const HttpResult device
        = client.postForm(origin.resolved(QUrl(QStringLiteral("/oauth2/v1/device/authorize"))),
                          formEncode({ { QStringLiteral("client_id"), clientId },
                                       { QStringLiteral("scope"), QStringLiteral("openid") } }));
    QCOMPARE(device.status, 200);
    QCOMPARE(device.json.object().value(u"expires_in").toInt(), 1);
    const QByteArray poll
        = formEncode({ { QStringLiteral("grant_type"), deviceGrant },
                       { QStringLiteral("client_id"), clientId },
                       { QStringLiteral("device_code"),
                         device.json.object().value(u"device_code").toString() } });
    const QUrl tokenUrl = origin.resolved(QUrl(QStringLiteral("/oauth2/v1/token")));
    QTRY_COMPARE_WITH_TIMEOUT(oauthError(client.postForm(tokenUrl, poll)),
                              QStringLiteral("expired_token"), 5000);
    const HttpResult expired = client.postForm(tokenUrl, poll);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json.object().value(u"error_description").toString(),
             QStringLiteral("The device code has expired."));
}

void TestOktaOAuth::deviceUnknownCodes()
{
    const HttpResult result = token({ { QStringLiteral("grant_type"), deviceGrant },
                                      { QStringLiteral("client_id"), clientId },
                                      { QStringLiteral("device_code"), QStringLiteral("nope") } });
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.object().value(u"error_description").toString(),
             QStringLiteral("The device code is invalid or has expired."));
    const HttpResult page = activate(QStringLiteral("BCDFGHJK"), QStringLiteral("approve"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("The user code is invalid or has expired."));

    // A client without the device grant.
    const HttpResult service = m_client->postForm(
        url(QStringLiteral("/oauth2/v1/device/authorize")),
        formEncode({ { QStringLiteral("scope"), QStringLiteral("okta.users.read") } }),
        { { "Authorization",
            "Basic " + QString(serviceId + u':' + serviceSecret).toLatin1().toBase64() } });
    QCOMPARE(service.status, 400);
    QCOMPARE(oauthError(service), QStringLiteral("unauthorized_client"));
}

void TestOktaOAuth::refreshTokenGrant()
{
    QByteArray verifier;
    const QString authCode
        = code(QStringLiteral("openid offline_access okta.users.read"), &verifier);
    const HttpResult first
        = token({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("redirect_uri"), redirectUri },
                  { QStringLiteral("code"), authCode },
                  { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } });
    QCOMPARE(first.status, 200);
    const QString refreshToken = first.json.object().value(u"refresh_token").toString();
    QVERIFY(!refreshToken.isEmpty());

    const Params refresh { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                           { QStringLiteral("client_id"), clientId },
                           { QStringLiteral("refresh_token"), refreshToken } };
    const HttpResult second = token(refresh);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = second.json.object();
    QCOMPARE(body.value(u"scope").toString(),
             QStringLiteral("openid offline_access okta.users.read"));
    QVERIFY(body.value(u"access_token").toString()
            != first.json.object().value(u"access_token").toString());
    QVERIFY(!body.value(u"id_token").toString().isEmpty());
    // Not rotated: the same refresh token is answered and keeps working.
    QCOMPARE(body.value(u"refresh_token").toString(), refreshToken);
    QCOMPARE(token(refresh).status, 200);

    // Narrowing is allowed, widening is not.
    Params narrower = refresh;
    narrower.append({ QStringLiteral("scope"), QStringLiteral("okta.users.read") });
    const HttpResult narrowed = token(narrower);
    QCOMPARE(narrowed.status, 200);
    QCOMPARE(narrowed.json.object().value(u"scope").toString(), QStringLiteral("okta.users.read"));
    QVERIFY(!narrowed.json.object().contains(u"refresh_token"));
    Params wider = refresh;
    wider.append({ QStringLiteral("scope"), QStringLiteral("okta.users.read okta.roles.read") });
    const HttpResult widened = token(wider);
    QCOMPARE(widened.status, 400);
    QCOMPARE(oauthError(widened), QStringLiteral("access_denied"));

    // Without offline_access there is no refresh token.
    const QString plainCode = code(QStringLiteral("openid"), &verifier);
    const HttpResult plain
        = token({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("redirect_uri"), redirectUri },
                  { QStringLiteral("code"), plainCode },
                  { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } });
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.json.object().contains(u"refresh_token"));

    const HttpResult unknown
        = token({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("refresh_token"), QStringLiteral("bogus") } });
    QCOMPARE(unknown.status, 400);
    QCOMPARE(oauthError(unknown), QStringLiteral("invalid_grant"));
    QCOMPARE(unknown.json.object().value(u"error_description").toString(),
             QStringLiteral("The refresh token is invalid or expired."));
}

void TestOktaOAuth::clientCredentials_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("basic");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("good") << serviceSecret << true << "okta.devices.read" << 200 << ""
                          << "";
    QTest::newRow("bad secret")
        << "wrong" << true << "okta.devices.read" << 401 << "invalid_client"
        << "The client secret supplied for a confidential client is invalid.";
    QTest::newRow("empty scope") << serviceSecret << true << "" << 400 << "invalid_scope"
                                 << "No scopes were requested.";
    QTest::newRow("scope not granted")
        << serviceSecret << true << "okta.devices.read okta.users.manage" << 400 << "invalid_scope"
        << "The requested scope is invalid, unknown, malformed, or exceeds the scope granted by "
           "the resource owner.";
    QTest::newRow("openid") << serviceSecret << true << "openid" << 400 << "invalid_scope"
                            << "Cannot request 'openid' scopes using client credentials.";
    // The catalog: OAuth integrations must use client_secret_basic (or private_key_jwt).
    QTest::newRow("client_secret_post")
        << serviceSecret << false << "okta.devices.read" << 401 << "invalid_client"
        << "OAuth Integration Client Credentials requests to the Org Authorization Server must "
           "use either private_key_jwt or client_secret_basic as the token_endpoint_auth_method.";
}

void TestOktaOAuth::clientCredentials()
{
    QFETCH(QString, secret);
    QFETCH(bool, basic);
    QFETCH(QString, scope);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, description);
    Params params { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                    { QStringLiteral("scope"), scope } };
    QList<QPair<QByteArray, QByteArray>> headers;
    if (basic) {
        headers.append({ "Authorization",
                         "Basic " + QString(serviceId + u':' + secret).toLatin1().toBase64() });
    } else {
        params.append({ QStringLiteral("client_id"), serviceId });
        params.append({ QStringLiteral("client_secret"), secret });
    }
    const HttpResult result = token(params, headers);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = result.json.object();
    if (status != 200) {
        QCOMPARE(body.value(u"error").toString(), error);
        QCOMPARE(body.value(u"error_description").toString(), description);
        return;
    }
    QCOMPARE(body.value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(u"scope").toString(), scope);
    QCOMPARE(body.value(u"expires_in").toInt(), 3600);
    QVERIFY(!body.contains(u"id_token"));
    QVERIFY(!body.contains(u"refresh_token"));
    sandbox::SandboxRequest request;
    request.headers.append(
        { "Authorization", "Bearer " + body.value(u"access_token").toString().toLatin1() });
    const auto principal = m_tenant->okta()->auth().authenticate(request, nullptr);
    QVERIFY(principal);
    QVERIFY(principal->userId.isEmpty());
    QCOMPARE(principal->clientId, serviceId);
}

void TestOktaOAuth::unsupportedGrant()
{
    const HttpResult result = token({ { QStringLiteral("grant_type"), QStringLiteral("password") },
                                      { QStringLiteral("client_id"), clientId } });
    QCOMPARE(result.status, 400);
    QCOMPARE(oauthError(result), QStringLiteral("unsupported_grant_type"));
    // A public client may not use client_credentials.
    const HttpResult credentials
        = token({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("scope"), QStringLiteral("okta.users.read") } });
    QCOMPARE(credentials.status, 401);
    QCOMPARE(oauthError(credentials), QStringLiteral("invalid_client"));
    const HttpResult unknown
        = token({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                  { QStringLiteral("client_id"), QStringLiteral("0oaUnknown") } });
    QCOMPARE(unknown.status, 401);
    QCOMPARE(oauthError(unknown), QStringLiteral("invalid_client"));
}

void TestOktaOAuth::revoke()
{
    QByteArray verifier;
    const QString authCode
        = code(QStringLiteral("openid offline_access okta.users.read"), &verifier);
    const QJsonObject tokens
        = token({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("redirect_uri"), redirectUri },
                  { QStringLiteral("code"), authCode },
                  { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } })
              .json.object();
    const QByteArray accessToken = tokens.value(u"access_token").toString().toLatin1();
    const QString refreshToken = tokens.value(u"refresh_token").toString();
    sandbox::SandboxRequest request;
    request.headers.append({ "Authorization", "Bearer " + accessToken });
    QVERIFY(m_tenant->okta()->auth().authenticate(request, nullptr));

    const QUrl revokeUrl = url(QStringLiteral("/oauth2/v1/revoke"));
    HttpResult result = m_client->postForm(
        revokeUrl,
        formEncode({ { QStringLiteral("client_id"), clientId },
                     { QStringLiteral("token"), QString::fromLatin1(accessToken) },
                     { QStringLiteral("token_type_hint"), QStringLiteral("access_token") } }));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.isEmpty());
    QVERIFY(!m_tenant->okta()->auth().authenticate(request, nullptr));

    result = m_client->postForm(
        revokeUrl,
        formEncode({ { QStringLiteral("client_id"), clientId },
                     { QStringLiteral("token"), refreshToken },
                     { QStringLiteral("token_type_hint"), QStringLiteral("refresh_token") } }));
    QCOMPARE(result.status, 200);
    const HttpResult refreshed
        = token({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                  { QStringLiteral("client_id"), clientId },
                  { QStringLiteral("refresh_token"), refreshToken } });
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(oauthError(refreshed), QStringLiteral("invalid_grant"));

    // Already revoked or unknown: still 200. No client: invalid_client.
    QCOMPARE(m_client
                 ->postForm(revokeUrl,
                            formEncode({ { QStringLiteral("client_id"), clientId },
                                         { QStringLiteral("token"), refreshToken } }))
                 .status,
             200);
    result
        = m_client->postForm(revokeUrl, formEncode({ { QStringLiteral("token"), refreshToken } }));
    QCOMPARE(result.status, 401);
    QCOMPARE(oauthError(result), QStringLiteral("invalid_client"));
    result
        = m_client->postForm(revokeUrl, formEncode({ { QStringLiteral("client_id"), clientId } }));
    QCOMPARE(result.status, 400);
    QCOMPARE(oauthError(result), QStringLiteral("invalid_request"));
}

void TestOktaOAuth::tokenExpiry()
{
    QString error;
    auto tenant = startSandbox(scenarioJson(QStringLiteral(R"("tokenLifetimeSeconds":1)")), &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const HttpResult result = client.postForm(
        tenant->oktaOrgUrl().resolved(QUrl(QStringLiteral("/oauth2/v1/token"))),
        formEncode({ { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                     { QStringLiteral("scope"), QStringLiteral("okta.users.read") } }),
        { { "Authorization",
            "Basic " + QString(serviceId + u':' + serviceSecret).toLatin1().toBase64() } });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object().value(u"expires_in").toInt(), 1);
    sandbox::SandboxRequest request;
    request.headers.append(
        { "Authorization",
          "Bearer " + result.json.object().value(u"access_token").toString().toLatin1() });
    sandbox::OktaAuth &auth = tenant->okta()->auth();
    QVERIFY(auth.authenticate(request, nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!auth.authenticate(request, nullptr), 5000);
    sandbox::SandboxResponse rejection;
    QVERIFY(!auth.authenticate(request, &rejection));
    QCOMPARE(rejection.status, 401);
}

ODT_TEST_GUILESS_MAIN(TestOktaOAuth)
#include "tst_oktaoauth.moc"
