#include "sandbox/oktaorgserver.h"
#include "sandbox/statestore.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <ctime>

using namespace odt;

namespace {

const QByteArray superToken = "00sbxSuperAdminToken0000000000000000000000";
const QByteArray helpDeskToken = "00sbxHelpDeskToken000000000000000000000000";
const QString superId = QStringLiteral("00u1sbxsuperadm0x0h7");
const QString helpDeskId = QStringLiteral("00u1sbxhelpdesk0x0h7");
const QString macId = QStringLiteral("guo1sbxmac00001x0h7");
const QString iphoneId = QStringLiteral("guo1sbxiphone01x0h7");

// rel → absolute URL from one or more Link headers (Qt may join repeated headers with ", ").
QHash<QString, QUrl> links(const HttpResult &result)
{
    QHash<QString, QUrl> found;
    static const QRegularExpression pattern(QStringLiteral("<([^>]+)>;\\s*rel=\"([a-z]+)\""));
    for (const auto &[name, value] : result.headers) {
        if (name.compare("Link", Qt::CaseInsensitive) != 0)
            continue;
        auto it = pattern.globalMatch(QString::fromUtf8(value));
        while (it.hasNext()) {
            const auto match = it.next();
            found.insert(match.captured(2), QUrl(match.captured(1), QUrl::StrictMode));
        }
    }
    return found;
}

QString errorCode(const HttpResult &result)
{
    return result.json.object().value(u"errorCode").toString();
}

class Fixture
{
public:
    explicit Fixture(const QString &scenario = QStringLiteral("ready"))
        : tenant(startSandbox(scenario, &error))
    {
        if (tenant)
            client = std::make_unique<SandboxClient>(tenant->caCertificate());
    }

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(tenant->oktaOrgUrl().toString() + pathAndQuery, QUrl::StrictMode);
    }
    HttpResult get(const QString &pathAndQuery, const QByteArray &token = superToken)
    {
        return client->get(url(pathAndQuery), auth(token));
    }
    HttpResult getUrl(const QUrl &absolute, const QByteArray &token = superToken)
    {
        return client->get(absolute, auth(token));
    }
    HttpResult send(const QByteArray &method, const QString &path,
                    const QByteArray &token = superToken, const QByteArray &body = {})
    {
        return client->send(method, url(path), body,
                            body.isEmpty() ? QByteArray() : "application/json", auth(token));
    }
    // An access token as the sandbox's /oauth2/v1/token would issue it.
    QByteArray bearer(const QStringList &scopes, int seconds = 3600,
                      const QString &userId = QStringLiteral("00u1sbxhelpdesk0x0h7"))
    {
        sandbox::OktaPrincipal principal;
        principal.userId = userId;
        principal.clientId = QStringLiteral("0oa1sbxodtsetup0x0h7");
        principal.scopes = QSet<QString>(scopes.begin(), scopes.end());
        return "Bearer:" + tenant->okta()->auth().issueAccessToken(principal, seconds);
    }

    QString error;
    std::unique_ptr<sandbox::SandboxTenant> tenant;
    std::unique_ptr<SandboxClient> client;

private:
    static QList<QPair<QByteArray, QByteArray>> auth(const QByteArray &token)
    {
        if (token.isEmpty())
            return {};
        if (token.startsWith("Bearer:"))
            return { SandboxClient::bearer(token.mid(7)) };
        if (token.startsWith("Raw:"))
            return { { "Authorization", token.mid(4) } };
        return { SandboxClient::ssws(token) };
    }
};

// Follows rel="next" from `first` to the end; ids in order of arrival.
QStringList walk(Fixture &f, const QUrl &first, int *requests = nullptr, bool *ok = nullptr)
{
    QStringList ids;
    QUrl next = first;
    int count = 0;
    if (ok)
        *ok = true;
    while (next.isValid()) {
        const HttpResult page = f.getUrl(next);
        ++count;
        if (page.status != 200 || !page.json.isArray()) {
            if (ok)
                *ok = false;
            qWarning() << "page failed" << page.status << page.body.left(300);
            break;
        }
        const QJsonArray devices = page.json.array();
        for (const QJsonValue &device : devices)
            ids.append(device.toObject().value(u"id").toString());
        next = links(page).value(QStringLiteral("next"));
    }
    if (requests)
        *requests = count;
    return ids;
}

} // namespace

class TestOktaManagement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usersMe();
    void unauthenticated_data();
    void unauthenticated();
    void insufficientScope();
    void roles();
    void authenticators();
    void flexibleOktaVerify();
    void policies();
    void deviceIntegrations();
    void adaptiveMfaOff();
    void apiServices();
    void apiServicesValidation();
    void apiServicesPagination();
    void devicesPagination();
    void deviceSearch_data();
    void deviceSearch();
    void deviceExpand();
    void deviceLifecycle();
    void generatedWalk();
    void largeGeneratedWalk();

private:
    // Read-only tests share one "ready" tenant; tests that change state start their own.
    std::unique_ptr<Fixture> m_ready;
};

#define START(f) QVERIFY2(f.tenant, qPrintable(f.error))

void TestOktaManagement::initTestCase()
{
    m_ready = std::make_unique<Fixture>();
    QVERIFY2(m_ready->tenant, qPrintable(m_ready->error));
}

void TestOktaManagement::usersMe()
{
    Fixture &f = *m_ready;
    START(f);
    HttpResult me = f.get(QStringLiteral("/api/v1/users/me"));
    QCOMPARE(me.status, 200);
    QVERIFY(me.header("Content-Type").startsWith("application/json"));
    QVERIFY(!me.header("X-Rate-Limit-Limit").isEmpty());
    QVERIFY(!me.header("X-Rate-Limit-Remaining").isEmpty());
    QVERIFY(!me.header("X-Rate-Limit-Reset").isEmpty());
    QJsonObject user = me.json.object();
    QCOMPARE(user.value(u"id").toString(), superId);
    QCOMPARE(user.value(u"profile").toObject().value(u"login").toString(),
             QStringLiteral("super.admin@example.com"));
    QVERIFY(!user.contains(u"password"));
    QVERIFY(!user.contains(u"apiToken"));
    QVERIFY(!user.contains(u"roles"));
    QCOMPARE(user.value(u"_links").toObject().value(u"self").toObject().value(u"href").toString(),
             f.tenant->oktaOrgUrl().toString() + QStringLiteral("/api/v1/users/") + superId);

    // An access token's user, not the token creator.
    me = f.get(QStringLiteral("/api/v1/users/me"), f.bearer({ QStringLiteral("okta.users.read") }));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.object().value(u"id").toString(), helpDeskId);

    // By id and by login.
    QCOMPARE(f.get(QStringLiteral("/api/v1/users/") + helpDeskId).json.object().value(u"id"),
             helpDeskId);
    QCOMPARE(
        f.get(QStringLiteral("/api/v1/users/help.desk@example.com")).json.object().value(u"id"),
        helpDeskId);
    const HttpResult unknown = f.get(QStringLiteral("/api/v1/users/00unobody"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), QStringLiteral("E0000007"));
}

void TestOktaManagement::unauthenticated_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("none") << QByteArray() << "/api/v1/users/me";
    QTest::newRow("bad ssws") << QByteArray("00sbxNotAToken") << "/api/v1/devices";
    QTest::newRow("bad bearer") << QByteArray("Bearer:sbx.nope") << "/api/v1/authenticators";
    QTest::newRow("basic") << QByteArray("Raw:Basic Zm9vOmJhcg==") << "/api/v1/users/me";
    QTest::newRow("expired") << QByteArray("expired") << "/api/v1/users/me";
}

void TestOktaManagement::unauthenticated()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, path);
    Fixture &f = *m_ready;
    START(f);
    if (token == "expired")
        token = f.bearer({ QStringLiteral("okta.users.read") }, -5);
    const HttpResult result = f.client->get(
        f.url(path),
        token.isEmpty() ? QList<QPair<QByteArray, QByteArray>>()
            : token.startsWith("Bearer:")
            ? QList<QPair<QByteArray, QByteArray>> { SandboxClient::bearer(token.mid(7)) }
            : token.startsWith("Raw:")
            ? QList<QPair<QByteArray, QByteArray>> { { "Authorization", token.mid(4) } }
            : QList<QPair<QByteArray, QByteArray>> { SandboxClient::ssws(token) });
    QCOMPARE(result.status, 401);
    QCOMPARE(errorCode(result), QStringLiteral("E0000011"));
    QCOMPARE(result.json.object().value(u"errorSummary").toString(),
             QStringLiteral("Invalid token provided"));
    QCOMPARE(result.json.object().value(u"errorLink").toString(), QStringLiteral("E0000011"));
}

void TestOktaManagement::insufficientScope()
{
    Fixture &f = *m_ready;
    START(f);
    const QByteArray usersOnly = f.bearer({ QStringLiteral("okta.users.read") });
    const struct
    {
        QByteArray method;
        QString path;
        QString scope;
    } cases[] = {
        { "GET", QStringLiteral("/api/v1/users/") + superId + QStringLiteral("/roles"),
          QStringLiteral("okta.roles.read") },
        { "GET", QStringLiteral("/api/v1/authenticators"),
          QStringLiteral("okta.authenticators.read") },
        { "GET", QStringLiteral("/api/v1/policies?type=ACCESS_POLICY"),
          QStringLiteral("okta.policies.read") },
        { "GET", QStringLiteral("/api/v1/device-integrations"),
          QStringLiteral("okta.deviceIntegrations.read") },
        { "GET", QStringLiteral("/integrations/api/v1/api-services"),
          QStringLiteral("okta.oauthIntegrations.read") },
        { "GET", QStringLiteral("/api/v1/devices"), QStringLiteral("okta.devices.read") },
        { "DELETE", QStringLiteral("/api/v1/devices/") + macId,
          QStringLiteral("okta.devices.manage") },
    };
    for (const auto &c : cases) {
        const HttpResult result = f.send(c.method, c.path, usersOnly);
        QCOMPARE(result.status, 403);
        QCOMPARE(errorCode(result), QStringLiteral("E0000006"));
        const QByteArray challenge = result.header("WWW-Authenticate");
        QVERIFY2(challenge.contains("error=\"insufficient_scope\""), challenge.constData());
        QVERIFY2(challenge.contains(QByteArray("scope=\"" + c.scope.toUtf8() + '"')),
                 challenge.constData());
    }
    // A read-only token cannot manage; manage implies read.
    const HttpResult readOnly = f.send(
        "POST", QStringLiteral("/api/v1/devices/") + macId + QStringLiteral("/lifecycle/suspend"),
        f.bearer({ QStringLiteral("okta.devices.read") }));
    QCOMPARE(readOnly.status, 403);
    QCOMPARE(errorCode(readOnly), QStringLiteral("E0000006"));
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices"),
                   f.bearer({ QStringLiteral("okta.devices.manage") }))
                 .status,
             200);
    // The device still is ACTIVE: the refused call changed nothing.
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices/") + macId).json.object().value(u"status"),
             QStringLiteral("ACTIVE"));
}

void TestOktaManagement::roles()
{
    Fixture &f = *m_ready;
    START(f);
    HttpResult result
        = f.get(QStringLiteral("/api/v1/users/") + superId + QStringLiteral("/roles"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json.isArray());
    QJsonArray roles = result.json.array();
    QCOMPARE(roles.size(), 1);
    QJsonObject role = roles.at(0).toObject();
    QCOMPARE(role.value(u"type").toString(), QStringLiteral("SUPER_ADMIN"));
    QCOMPARE(role.value(u"status").toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(role.value(u"assignmentType").toString(), QStringLiteral("USER"));
    QCOMPARE(
        role.value(u"_links").toObject().value(u"assignee").toObject().value(u"href").toString(),
        f.tenant->oktaOrgUrl().toString() + QStringLiteral("/api/v1/users/") + superId);

    // The help desk admin, with a bearer token carrying okta.roles.read: no SUPER_ADMIN.
    result = f.get(QStringLiteral("/api/v1/users/") + helpDeskId + QStringLiteral("/roles"),
                   f.bearer({ QStringLiteral("okta.roles.read") }));
    QCOMPARE(result.status, 200);
    roles = result.json.array();
    QCOMPARE(roles.size(), 2);
    QStringList types;
    for (const QJsonValue &value : roles)
        types.append(value.toObject().value(u"type").toString());
    QCOMPARE(
        types,
        (QStringList { QStringLiteral("HELP_DESK_ADMIN"), QStringLiteral("READ_ONLY_ADMIN") }));

    result = f.get(QStringLiteral("/api/v1/users/00u1sbxenduser00x0h7/roles"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array().size(), 0);

    result = f.get(QStringLiteral("/api/v1/users/00unobody/roles"));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
}

void TestOktaManagement::authenticators()
{
    Fixture &f = *m_ready;
    START(f);
    const QString origin = f.tenant->oktaOrgUrl().toString();
    HttpResult result = f.get(QStringLiteral("/api/v1/authenticators"),
                              f.bearer({ QStringLiteral("okta.authenticators.read") }));
    QCOMPARE(result.status, 200);
    const QJsonArray all = result.json.array();
    QCOMPARE(all.size(), 3);
    QJsonObject verify;
    for (const QJsonValue &value : all) {
        QVERIFY(!value.toObject().contains(u"methods"));
        if (value.toObject().value(u"key") == QLatin1String("okta_verify"))
            verify = value.toObject();
    }
    QCOMPARE(verify.value(u"type").toString(), QStringLiteral("app"));
    QCOMPARE(verify.value(u"status").toString(), QStringLiteral("ACTIVE"));
    const QString id = verify.value(u"id").toString();
    const QJsonObject links = verify.value(u"_links").toObject();
    QCOMPARE(links.value(u"self").toObject().value(u"href").toString(),
             origin + QStringLiteral("/api/v1/authenticators/") + id);
    QCOMPARE(links.value(u"methods").toObject().value(u"href").toString(),
             origin + QStringLiteral("/api/v1/authenticators/") + id + QStringLiteral("/methods"));
    QVERIFY(links.contains(u"deactivate"));
    QVERIFY(!links.contains(u"activate"));

    result = f.get(QStringLiteral("/api/v1/authenticators/") + id);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object(), verify);

    result = f.get(QStringLiteral("/api/v1/authenticators/") + id + QStringLiteral("/methods"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array().size(), 3);

    result = f.get(QStringLiteral("/api/v1/authenticators/") + id
                   + QStringLiteral("/methods/signed_nonce"));
    QCOMPARE(result.status, 200);
    const QJsonObject nonce = result.json.object();
    QCOMPARE(nonce.value(u"type").toString(), QStringLiteral("signed_nonce"));
    QCOMPARE(nonce.value(u"status").toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(nonce.value(u"settings").toObject().value(u"showSignInWithOV").toString(),
             QStringLiteral("ALWAYS"));
    QCOMPARE(nonce.value(u"_links").toObject().value(u"self").toObject().value(u"href").toString(),
             origin + QStringLiteral("/api/v1/authenticators/") + id
                 + QStringLiteral("/methods/signed_nonce"));

    result = f.get(QStringLiteral("/api/v1/authenticators/") + id + QStringLiteral("/methods/sms"));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
    result = f.get(QStringLiteral("/api/v1/authenticators/autNope/methods"));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
    // No such operation: the org's 405 for a known path.
    QCOMPARE(f.send("DELETE", QStringLiteral("/api/v1/authenticators/") + id).status, 405);
}

void TestOktaManagement::flexibleOktaVerify()
{
    // With flexible Okta Verify configuration, FastPass is its own authenticator key.
    Fixture f(QStringLiteral(
        R"({"name":"flex","extends":"ready","patch":[{"op":"add","path":"/okta/authenticators/-",
        "value":{"id":"aut1sbxfastpass00x0h7","key":"okta_verify_fastpass","name":"Okta FastPass",
        "type":"app","status":"INACTIVE","methods":[{"type":"signed_nonce","status":"INACTIVE"}]}}]})"));
    START(f);
    HttpResult result = f.get(QStringLiteral("/api/v1/authenticators"));
    QCOMPARE(result.json.array().size(), 4);
    result = f.get(QStringLiteral("/api/v1/authenticators/aut1sbxfastpass00x0h7"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object().value(u"key").toString(), QStringLiteral("okta_verify_fastpass"));
    QVERIFY(result.json.object().value(u"_links").toObject().contains(u"activate"));
    result = f.get(
        QStringLiteral("/api/v1/authenticators/aut1sbxfastpass00x0h7/methods/signed_nonce"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object().value(u"status").toString(), QStringLiteral("INACTIVE"));
}

void TestOktaManagement::policies()
{
    Fixture &f = *m_ready;
    START(f);
    HttpResult result = f.get(QStringLiteral("/api/v1/policies"));
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), QStringLiteral("E0000001"));
    QVERIFY(result.json.object().value(u"errorSummary").toString().contains(u"type"));
    QVERIFY(result.json.object()
                .value(u"errorCauses")
                .toArray()
                .at(0)
                .toObject()
                .value(u"errorSummary")
                .toString()
                .startsWith(u"type"));
    result = f.get(QStringLiteral("/api/v1/policies?type=NOPE"));
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), QStringLiteral("E0000001"));

    result = f.get(QStringLiteral("/api/v1/policies?type=ACCESS_POLICY"),
                   f.bearer({ QStringLiteral("okta.policies.read") }));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array().size(), 1);
    const QJsonObject policy = result.json.array().at(0).toObject();
    QCOMPARE(policy.value(u"id").toString(), QStringLiteral("rst1sbxaccess0000x0h7"));
    QVERIFY(!policy.contains(u"rules"));
    const QString rulesHref
        = policy.value(u"_links").toObject().value(u"rules").toObject().value(u"href").toString();
    QCOMPARE(rulesHref,
             f.tenant->oktaOrgUrl().toString()
                 + QStringLiteral("/api/v1/policies/rst1sbxaccess0000x0h7/rules"));

    QCOMPARE(f.get(QStringLiteral("/api/v1/policies?type=MFA_ENROLL")).json.array().size(), 1);
    QCOMPARE(f.get(QStringLiteral("/api/v1/policies?type=PASSWORD")).json.array().size(), 0);

    result = f.get(QStringLiteral("/api/v1/policies/rst1sbxaccess0000x0h7"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object(), policy);

    result = f.getUrl(QUrl(rulesHref));
    QCOMPARE(result.status, 200);
    const QJsonArray rules = result.json.array();
    QCOMPARE(rules.size(), 2);
    const QJsonObject device
        = rules.at(0).toObject().value(u"conditions").toObject().value(u"device").toObject();
    QCOMPARE(device.value(u"managed").toBool(), true);
    QCOMPARE(device.value(u"registered").toBool(), true);

    result = f.get(QStringLiteral("/api/v1/policies/00pNope/rules"));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
}

void TestOktaManagement::deviceIntegrations()
{
    Fixture &f = *m_ready;
    START(f);
    HttpResult result = f.get(QStringLiteral("/api/v1/device-integrations"),
                              f.bearer({ QStringLiteral("okta.deviceIntegrations.read") }));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array().size(), 1);
    const QJsonObject integration = result.json.array().at(0).toObject();
    QCOMPARE(integration.value(u"name").toString(), QStringLiteral("com.okta.deviceidp"));
    QVERIFY(integration.value(u"_links").toObject().contains(u"activate"));
    result = f.get(QStringLiteral("/api/v1/device-integrations/")
                   + integration.value(u"id").toString());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object(), integration);
    result = f.get(QStringLiteral("/api/v1/device-integrations/dinNope"));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
}

void TestOktaManagement::adaptiveMfaOff()
{
    Fixture f(QStringLiteral(
        R"({"name":"t","extends":"ready","okta":{"features":{"adaptiveMfa":false}}})"));
    START(f);
    for (const QString &path :
         { QStringLiteral("/api/v1/device-integrations"),
           QStringLiteral("/api/v1/device-integrations/din1sbxdeviceidp0h7") }) {
        const HttpResult result = f.get(path);
        QCOMPARE(result.status, 401);
        QCOMPARE(errorCode(result), QStringLiteral("E0000015"));
        QCOMPARE(result.json.object().value(u"errorSummary").toString(),
                 QStringLiteral("You do not have permission to access the feature you are "
                                "requesting"));
    }
    // Authentication still comes first.
    QCOMPARE(errorCode(f.get(QStringLiteral("/api/v1/device-integrations"), "00sbxBad")),
             QStringLiteral("E0000011"));
    // Other APIs are unaffected.
    QCOMPARE(f.get(QStringLiteral("/api/v1/authenticators")).status, 200);
}

void TestOktaManagement::apiServices()
{
    Fixture f;
    START(f);
    const QString path = QStringLiteral("/integrations/api/v1/api-services");
    const QByteArray manage
        = f.bearer({ QStringLiteral("okta.oauthIntegrations.manage") }, 3600, superId);
    HttpResult result = f.get(path);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array().size(), 0);

    const QByteArray body
        = R"({"type":"kandji_odt","grantedScopes":["okta.devices.read","okta.users.read"]})";
    result = f.send("POST", path, manage, body);
    QCOMPARE(result.status, 201);
    const QJsonObject created = result.json.object();
    const QString id = created.value(u"id").toString();
    QVERIFY(id.startsWith(u"0oa"));
    QCOMPARE(id.size(), 20);
    QCOMPARE(created.value(u"type").toString(), QStringLiteral("kandji_odt"));
    QCOMPARE(created.value(u"name").toString(), QStringLiteral("Iru Endpoint Okta Device Trust"));
    QCOMPARE(created.value(u"createdBy").toString(), superId);
    QVERIFY(!created.value(u"createdAt").toString().isEmpty());
    QCOMPARE(
        created.value(u"grantedScopes").toArray(),
        (QJsonArray { QStringLiteral("okta.devices.read"), QStringLiteral("okta.users.read") }));
    const QString secret = created.value(u"clientSecret").toString();
    QCOMPARE(secret.size(), 40);
    const QJsonObject createdLinks = created.value(u"_links").toObject();
    QCOMPARE(createdLinks.value(u"self").toObject().value(u"href").toString(),
             f.tenant->oktaOrgUrl().toString() + path + QLatin1Char('/') + id);
    QCOMPARE(createdLinks.value(u"client").toObject().value(u"href").toString(),
             f.tenant->oktaOrgUrl().toString() + QStringLiteral("/oauth2/v1/clients/") + id);

    // The token endpoint's client_credentials grant reads exactly these keys from state.
    const QJsonObject stored
        = f.tenant->state()->okta().value(u"apiServices").toArray().at(0).toObject();
    QCOMPARE(stored.value(u"id").toString(), id);
    QCOMPARE(stored.value(u"clientSecret").toString(), secret);
    QCOMPARE(stored.value(u"grantedScopes").toArray(), created.value(u"grantedScopes").toArray());

    result = f.get(path + QLatin1Char('/') + id,
                   f.bearer({ QStringLiteral("okta.oauthIntegrations.read") }));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.json.object().contains(u"clientSecret"));
    QJsonObject withoutSecret = created;
    withoutSecret.remove(QStringLiteral("clientSecret"));
    QCOMPARE(result.json.object(), withoutSecret);

    result = f.get(path);
    QCOMPARE(result.json.array().size(), 1);
    QCOMPARE(result.json.array().at(0).toObject(), withoutSecret);
    QVERIFY(!links(result).contains(QStringLiteral("next")));

    // A read-only token cannot create or delete.
    const QByteArray readOnly = f.bearer({ QStringLiteral("okta.oauthIntegrations.read") });
    QCOMPARE(errorCode(f.send("POST", path, readOnly, body)), QStringLiteral("E0000006"));
    QCOMPARE(errorCode(f.send("DELETE", path + QLatin1Char('/') + id, readOnly)),
             QStringLiteral("E0000006"));

    result = f.send("DELETE", path + QLatin1Char('/') + id, manage);
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QVERIFY(f.tenant->state()->okta().value(u"apiServices").toArray().isEmpty());
    result = f.get(path + QLatin1Char('/') + id);
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
    result = f.send("DELETE", path + QLatin1Char('/') + id, manage);
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
}

void TestOktaManagement::apiServicesValidation()
{
    Fixture f;
    START(f);
    const QString path = QStringLiteral("/integrations/api/v1/api-services");
    const struct
    {
        QByteArray body;
        QString code;
        QString cause;
    } cases[] = {
        { R"({"type":"my_app_cie","grantedScopes":["okta.users.read"]})",
          QStringLiteral("E0000001"), QStringLiteral("my_app_cie") },
        { R"({"grantedScopes":["okta.users.read"]})", QStringLiteral("E0000001"),
          QStringLiteral("type") },
        { R"({"type":"kandji_odt","grantedScopes":[]})", QStringLiteral("E0000001"),
          QStringLiteral("grantedScopes") },
        { R"({"type":"kandji_odt"})", QStringLiteral("E0000001"), QStringLiteral("grantedScopes") },
        { R"({"type":"kandji_odt","grantedScopes":[42]})", QStringLiteral("E0000001"),
          QStringLiteral("grantedScopes") },
        { "{oops", QStringLiteral("E0000003"), QString() },
    };
    for (const auto &c : cases) {
        const HttpResult result = f.send("POST", path, superToken, c.body);
        QCOMPARE(result.status, 400);
        QCOMPARE(errorCode(result), c.code);
        if (!c.cause.isEmpty()) {
            const QString cause = result.json.object()
                                      .value(u"errorCauses")
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"errorSummary")
                                      .toString();
            QVERIFY2(cause.contains(c.cause), qPrintable(cause));
        }
    }
    QVERIFY(f.tenant->state()->okta().value(u"apiServices").toArray().isEmpty());
}

void TestOktaManagement::apiServicesPagination()
{
    Fixture f;
    START(f);
    const QString path = QStringLiteral("/integrations/api/v1/api-services");
    QStringList created;
    for (int i = 0; i < 23; ++i) {
        const HttpResult result
            = f.send("POST", path, superToken,
                     R"({"type":"kandji_odt","grantedScopes":["okta.devices.read"]})");
        QCOMPARE(result.status, 201);
        created.append(result.json.object().value(u"id").toString());
    }
    HttpResult page = f.get(path);
    QCOMPARE(page.json.array().size(), 20);
    const QUrl next = links(page).value(QStringLiteral("next"));
    QVERIFY(next.isValid());
    QCOMPARE(next.scheme(), QStringLiteral("https"));
    QCOMPARE(next.port(), f.tenant->oktaOrgUrl().port());
    QCOMPARE(links(page).value(QStringLiteral("self")), f.url(path));
    QStringList seen;
    for (const QJsonValue &value : page.json.array())
        seen.append(value.toObject().value(u"id").toString());
    page = f.getUrl(next);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.array().size(), 3);
    QVERIFY(!links(page).contains(QStringLiteral("next")));
    for (const QJsonValue &value : page.json.array())
        seen.append(value.toObject().value(u"id").toString());
    QCOMPARE(seen, created);
}

void TestOktaManagement::devicesPagination()
{
    Fixture &f = *m_ready;
    START(f);
    HttpResult page = f.get(QStringLiteral("/api/v1/devices?limit=1"),
                            f.bearer({ QStringLiteral("okta.devices.read") }));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.header("X-Rate-Limit-Limit").isEmpty());
    QCOMPARE(page.header("X-Rate-Limit-Limit"), QByteArray("500")); // the devices bucket
    QCOMPARE(page.json.array().size(), 1);
    const auto pageLinks = links(page);
    QCOMPARE(pageLinks.value(QStringLiteral("self")),
             f.url(QStringLiteral("/api/v1/devices?limit=1")));
    const QUrl next = pageLinks.value(QStringLiteral("next"));
    QVERIFY(next.isValid());
    QCOMPARE(next.host(), f.tenant->oktaOrgUrl().host());
    QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));

    int requests = 0;
    bool ok = false;
    const QStringList ids
        = walk(f, f.url(QStringLiteral("/api/v1/devices?limit=1")), &requests, &ok);
    QVERIFY(ok);
    QCOMPARE(ids, (QStringList { iphoneId, macId })); // ordered by id
    QCOMPARE(requests, 2);

    // Device shape: Okta's resource fields and links.
    const QJsonObject device = f.get(QStringLiteral("/api/v1/devices/") + macId).json.object();
    QCOMPARE(device.value(u"resourceType").toString(), QStringLiteral("UDDevice"));
    QCOMPARE(device.value(u"resourceId").toString(), macId);
    QCOMPARE(device.value(u"resourceDisplayName").toObject().value(u"value").toString(),
             QStringLiteral("Sam's MacBook Pro"));
    QVERIFY(!device.contains(u"users"));
    QVERIFY(!device.contains(u"_embedded"));
    const QJsonObject deviceLinks = device.value(u"_links").toObject();
    for (const char *rel : { "self", "users", "suspend", "deactivate" })
        QVERIFY2(deviceLinks.contains(QLatin1String(rel)), rel);

    // Bad limits; large limits are capped.
    for (const QString &limit :
         { QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("x") }) {
        page = f.get(QStringLiteral("/api/v1/devices?limit=") + limit);
        QCOMPARE(page.status, 400);
        QCOMPARE(errorCode(page), QStringLiteral("E0000001"));
    }
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices?limit=1000")).json.array().size(), 2);
    // A cursor past the end: an empty last page.
    page = f.get(QStringLiteral("/api/v1/devices?after=guoz"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.array().size(), 0);
    QVERIFY(!links(page).contains(QStringLiteral("next")));
}

void TestOktaManagement::deviceSearch_data()
{
    QTest::addColumn<QString>("query"); // raw, already URL-encoded query string
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("ids");
    const auto encoded = [](const char *expression) -> QString {
        return QStringLiteral("search=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(expression)));
    };
    QTest::newRow("eq platform") << encoded(R"(profile.platform eq "MACOS")") << 200
                                 << QStringList { macId };
    QTest::newRow("eq case-insensitive")
        << encoded(R"(profile.platform EQ "ios")") << 200 << QStringList { iphoneId };
    QTest::newRow("sw") << encoded(R"(profile.displayName sw "eve")") << 200
                        << QStringList { iphoneId };
    QTest::newRow("co") << encoded(R"(profile.serialNumber co "SBX0000")") << 200
                        << QStringList { iphoneId, macId };
    QTest::newRow("and") << encoded(R"(status eq "ACTIVE" and profile.platform eq "IOS")") << 200
                         << QStringList { iphoneId };
    QTest::newRow("or") << encoded(R"(id eq "guo1sbxmac00001x0h7" or id eq "guo1sbxiphone01x0h7")")
                        << 200 << QStringList { iphoneId, macId };
    QTest::newRow("parentheses") << encoded(
        R"((profile.platform eq "IOS" or profile.platform eq "MACOS") and status eq "ACTIVE")")
                                 << 200 << QStringList { iphoneId, macId };
    QTest::newRow("boolean") << encoded(R"(profile.managed eq true)") << 200
                             << QStringList { iphoneId, macId };
    QTest::newRow("lastUpdated gt")
        << encoded(R"(lastUpdated gt "2025-11-01T12:00:00Z")") << 200 << QStringList { iphoneId };
    QTest::newRow("no match") << encoded(R"(status eq "SUSPENDED")") << 200 << QStringList {};
    QTest::newRow("plus as space") << QStringLiteral("search=status+eq+%22ACTIVE%22") << 200
                                   << QStringList { iphoneId, macId };
    QTest::newRow("missing value") << encoded(R"(profile.platform eq)") << 400 << QStringList {};
    QTest::newRow("unquoted string")
        << encoded(R"(profile.platform eq MACOS)") << 400 << QStringList {};
    QTest::newRow("unknown operator")
        << encoded(R"(profile.platform like "MAC")") << 400 << QStringList {};
    QTest::newRow("co not allowed")
        << encoded(R"(profile.model co "Mac")") << 400 << QStringList {};
    QTest::newRow("unknown attribute") << encoded(R"(owner eq "sam")") << 400 << QStringList {};
    QTest::newRow("unbalanced") << encoded(R"((status eq "ACTIVE")") << 400 << QStringList {};
    QTest::newRow("unterminated") << encoded(R"(status eq "ACTIVE)") << 400 << QStringList {};
    QTest::newRow("dangling and") << encoded(R"(status eq "ACTIVE" and)") << 400 << QStringList {};
}

void TestOktaManagement::deviceSearch()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, ids);
    Fixture &f = *m_ready;
    START(f);
    const HttpResult result = f.get(QStringLiteral("/api/v1/devices?") + query);
    QCOMPARE(result.status, status);
    if (status != 200) {
        QCOMPARE(errorCode(result), QStringLiteral("E0000001"));
        QVERIFY(result.json.object()
                    .value(u"errorCauses")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"errorSummary")
                    .toString()
                    .startsWith(u"search: "));
        return;
    }
    QStringList got;
    for (const QJsonValue &value : result.json.array())
        got.append(value.toObject().value(u"id").toString());
    QCOMPARE(got, ids);
}

void TestOktaManagement::deviceExpand()
{
    Fixture &f = *m_ready;
    START(f);
    HttpResult result = f.get(
        QStringLiteral("/api/v1/devices?expand=user&search=")
        + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("id eq \"%1\"").arg(macId))));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array().size(), 1);
    QJsonArray users = result.json.array()
                           .at(0)
                           .toObject()
                           .value(u"_embedded")
                           .toObject()
                           .value(u"users")
                           .toArray();
    QCOMPARE(users.size(), 1);
    QJsonObject entry = users.at(0).toObject();
    QCOMPARE(entry.value(u"managementStatus").toString(), QStringLiteral("MANAGED"));
    QCOMPARE(entry.value(u"screenLockType").toString(), QStringLiteral("BIOMETRIC"));
    QCOMPARE(entry.value(u"created").toString(), QStringLiteral("2025-09-01T08:00:00.000Z"));
    QJsonObject user = entry.value(u"user").toObject();
    QCOMPARE(user.value(u"id").toString(), superId);
    QCOMPARE(user.value(u"status").toString(), QStringLiteral("ACTIVE"));
    QVERIFY(user.contains(u"credentials"));
    QVERIFY(!user.contains(u"password"));
    QVERIFY(!user.contains(u"apiToken"));

    // The next link keeps the expansion and the search.
    result = f.get(QStringLiteral("/api/v1/devices?expand=userSummary&limit=1"));
    const QUrl next = links(result).value(QStringLiteral("next"));
    QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("expand")),
             QStringLiteral("userSummary"));
    user = result.json.array()
               .at(0)
               .toObject()
               .value(u"_embedded")
               .toObject()
               .value(u"users")
               .toArray()
               .at(0)
               .toObject()
               .value(u"user")
               .toObject();
    QCOMPARE(user.value(u"id").toString(), QStringLiteral("00u1sbxenduser00x0h7"));
    const QStringList keys = user.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString> { QStringLiteral("id"), QStringLiteral("profile"),
                              QStringLiteral("_links") }));
    QCOMPARE(user.value(u"profile").toObject().value(u"login").toString(),
             QStringLiteral("end.user@example.com"));

    // GET …/users: DeviceUser objects with full users.
    result = f.get(QStringLiteral("/api/v1/devices/") + iphoneId + QStringLiteral("/users"));
    QCOMPARE(result.status, 200);
    users = result.json.array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(u"screenLockType").toString(),
             QStringLiteral("PASSCODE"));
    QCOMPARE(users.at(0)
                 .toObject()
                 .value(u"user")
                 .toObject()
                 .value(u"profile")
                 .toObject()
                 .value(u"email"),
             QStringLiteral("end.user@example.com"));
    result = f.get(QStringLiteral("/api/v1/devices/guoNope/users"));
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
}

void TestOktaManagement::deviceLifecycle()
{
    Fixture f;
    START(f);
    const QByteArray manage = f.bearer({ QStringLiteral("okta.devices.manage") });
    const auto lifecycle = [&](const QString &id, const char *action) {
        return f.send("POST",
                      QStringLiteral("/api/v1/devices/") + id + QStringLiteral("/lifecycle/")
                          + QLatin1String(action),
                      manage);
    };

    // Delete an ACTIVE device: refused.
    HttpResult result = f.send("DELETE", QStringLiteral("/api/v1/devices/") + iphoneId, manage);
    QCOMPARE(result.status, 403);
    QCOMPARE(errorCode(result), QStringLiteral("E0000152"));

    // Suspend, refuse a second suspend, unsuspend to ACTIVE.
    QCOMPARE(lifecycle(iphoneId, "suspend").status, 204);
    QJsonObject device = f.get(QStringLiteral("/api/v1/devices/") + iphoneId).json.object();
    QCOMPARE(device.value(u"status").toString(), QStringLiteral("SUSPENDED"));
    QVERIFY(device.value(u"_links").toObject().contains(u"unsuspend"));
    result = lifecycle(iphoneId, "suspend");
    QCOMPARE(result.status, 403);
    QCOMPARE(errorCode(result), QStringLiteral("E0000152"));
    QCOMPARE(lifecycle(iphoneId, "unsuspend").status, 204);
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices/") + iphoneId).json.object().value(u"status"),
             QStringLiteral("ACTIVE"));
    QCOMPARE(errorCode(lifecycle(iphoneId, "activate")), QStringLiteral("E0000152"));
    QCOMPARE(errorCode(lifecycle(iphoneId, "unsuspend")), QStringLiteral("E0000152"));

    // Deactivate drops the user links; then delete.
    result = lifecycle(macId, "deactivate");
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    device = f.get(QStringLiteral("/api/v1/devices/") + macId).json.object();
    QCOMPARE(device.value(u"status").toString(), QStringLiteral("DEACTIVATED"));
    QVERIFY(device.value(u"_links").toObject().contains(u"activate"));
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices/") + macId + QStringLiteral("/users"))
                 .json.array()
                 .size(),
             0);
    QCOMPARE(errorCode(lifecycle(macId, "suspend")), QStringLiteral("E0000152"));
    result = f.send("DELETE", QStringLiteral("/api/v1/devices/") + macId, manage);
    QCOMPARE(result.status, 204);
    result = f.get(QStringLiteral("/api/v1/devices/") + macId);
    QCOMPARE(result.status, 404);
    QCOMPARE(errorCode(result), QStringLiteral("E0000007"));
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices")).json.array().size(), 1);
    QCOMPARE(lifecycle(macId, "activate").status, 404);
    QCOMPARE(f.send("DELETE", QStringLiteral("/api/v1/devices/") + macId, manage).status, 404);
    // Unknown lifecycle actions are not Okta operations.
    QCOMPARE(lifecycle(iphoneId, "explode").status, 404);
}

void TestOktaManagement::generatedWalk()
{
    Fixture f(
        QStringLiteral(R"({"name":"g","extends":"ready","okta":{"generate":{"devices":1000}}})"));
    START(f);
    // A generated device by id, and its users.
    const QString id500 = QStringLiteral("guo00000000000000500");
    HttpResult result = f.get(QStringLiteral("/api/v1/devices/") + id500);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object().value(u"id").toString(), id500);
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices/guo00000000000001001")).status, 404);
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices/guo00000000000000000")).status, 404);

    // First page, then change the fleet mid-walk: deleted devices vanish, nothing repeats.
    result = f.get(QStringLiteral("/api/v1/devices?expand=user"));
    QCOMPARE(result.json.array().size(), 200);
    QSet<QString> platforms, management;
    for (const QJsonValue &value : result.json.array()) {
        const QJsonObject device = value.toObject();
        platforms.insert(device.value(u"profile").toObject().value(u"platform").toString());
        management.insert(device.value(u"_embedded")
                              .toObject()
                              .value(u"users")
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(u"managementStatus")
                              .toString());
    }
    QCOMPARE(platforms, (QSet<QString> { QStringLiteral("MACOS"), QStringLiteral("IOS") }));
    QCOMPARE(management,
             (QSet<QString> { QStringLiteral("MANAGED"), QStringLiteral("NOT_MANAGED") }));

    QStringList ids;
    for (const QJsonValue &value : result.json.array())
        ids.append(value.toObject().value(u"id").toString());
    QCOMPARE(
        f.send("POST",
               QStringLiteral("/api/v1/devices/") + id500 + QStringLiteral("/lifecycle/deactivate"))
            .status,
        204);
    QCOMPARE(f.send("DELETE", QStringLiteral("/api/v1/devices/") + id500).status, 204);
    QCOMPARE(f.get(QStringLiteral("/api/v1/devices/") + id500).status, 404);
    QCOMPARE(f.tenant->state()->okta().value(u"generatedDeviceChanges").toObject().size(), 1);
    bool ok = false;
    int requests = 0;
    QUrl next = links(result).value(QStringLiteral("next"));
    QVERIFY(next.isValid());
    ids += walk(f, next, &requests, &ok);
    QVERIFY(ok);
    QCOMPARE(requests, 5);
    QCOMPARE(ids.size(), 1001);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QVERIFY(!ids.contains(id500));
    QCOMPARE(ids.first(), QStringLiteral("guo00000000000000001"));
    QCOMPARE(ids.last(), macId);

    // A suspended generated device keeps its change; a search walks the whole fleet.
    QCOMPARE(
        f.send("POST", QStringLiteral("/api/v1/devices/guo00000000000000042/lifecycle/suspend"))
            .status,
        204);
    result = f.get(
        QStringLiteral("/api/v1/devices?search=")
        + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("status eq \"SUSPENDED\""))));
    QCOMPARE(result.json.array().size(), 1);
    QCOMPARE(result.json.array().at(0).toObject().value(u"id").toString(),
             QStringLiteral("guo00000000000000042"));
    const QStringList iphones = walk(f,
                                     f.url(QStringLiteral("/api/v1/devices?limit=100&search=")
                                           + QString::fromLatin1(QUrl::toPercentEncoding(
                                               QStringLiteral("profile.platform eq \"IOS\"")))));
    QCOMPARE(iphones.size(), 333 + 1); // every third generated device, plus Eve's iPhone
}

void TestOktaManagement::largeGeneratedWalk()
{
    // Generated devices are derived from their index, never materialised: start-up stays fast
    // and a full walk of 50,000 works at 200 a page.
    QElapsedTimer timer;
    timer.start();
    Fixture f(
        QStringLiteral(R"({"name":"large","extends":"ready","okta":{"generate":{"devices":50000},
        "rateLimits":{"default":100000,"/api/v1/devices":100000}}})"));
    START(f);
    const qint64 startMs = timer.elapsed();
    // Only the scenario's own devices are stored; the 50,000 exist on demand.
    QCOMPARE(f.tenant->state()->okta().value(u"devices").toArray().size(), 2);
    QVERIFY(!f.tenant->state()->okta().contains(u"generatedDeviceChanges"));

    timer.restart();
    int requests = 0;
    bool ok = false;
    const QStringList ids
        = walk(f, f.url(QStringLiteral("/api/v1/devices?limit=200")), &requests, &ok);
    const qint64 walkMs = timer.elapsed();
    QVERIFY(ok);
    QCOMPARE(ids.size(), 50002);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QCOMPARE(requests, 251);

    // The server's share of the walk, without TLS and the client's JSON parsing.
    timer.restart();
    const std::clock_t cpuStart = std::clock(); // wall time suffers on a loaded machine
    int served = 0;
    QString cursor;
    for (;;) {
        sandbox::SandboxRequest request;
        request.method = "GET";
        request.url = f.url(QStringLiteral("/api/v1/devices?limit=200")
                            + (cursor.isEmpty() ? QString() : QStringLiteral("&after=") + cursor));
        request.path = request.url.path();
        request.query = QUrlQuery(request.url);
        request.headers = { SandboxClient::ssws(superToken) };
        const sandbox::SandboxResponse response = f.tenant->okta()->http().respond(request);
        QCOMPARE(response.status, 200);
        const QJsonArray page = QJsonDocument::fromJson(response.body).array();
        served += int(page.size());
        bool hasNext = false;
        for (const auto &[name, value] : response.headers)
            hasNext = hasNext || (name == "Link" && value.endsWith("rel=\"next\""));
        if (!hasNext)
            break;
        cursor = page.last().toObject().value(u"id").toString();
    }
    const qint64 serverMs = timer.elapsed();
    const qint64 serverCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    QCOMPARE(served, 50002);
    qInfo("50,000 generated devices: start-up %lld ms (tenant incl. CA), HTTPS walk %lld ms "
          "(%d requests, limit=200), server-side walk %lld ms (%lld ms CPU)",
          startMs, walkMs, requests, serverMs, serverCpuMs);
    QVERIFY2(startMs < 30000, "start-up must not materialise the generated devices");
}

ODT_TEST_GUILESS_MAIN(TestOktaManagement)
#include "tst_oktamanagement.moc"
