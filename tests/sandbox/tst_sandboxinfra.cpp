// The sandbox's shared machinery over real HTTPS: routing, injected faults, rate limits, scenario
// composition, persisted state and credentials.
#include "sandbox/faultinjector.h"
#include "sandbox/oktaorgserver.h"
#include "sandbox/router.h"
#include "sandbox/sandboxtenant.h"
#include "sandbox/statestore.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace odt::sandbox;

namespace {
const QByteArray superToken = "00sbxSuperAdminToken0000000000000000000000";

QUrl at(const QUrl &origin, const QString &path)
{
    QUrl url = origin;
    url.setPath(path);
    return url;
}

QString withFaults(const char *faults)
{
    return QStringLiteral(R"({"name":"f","extends":"ready","faults":%1})")
        .arg(QLatin1String(faults));
}
} // namespace

class TestSandboxInfra : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routerMatchesTemplates();
    void scenarioExtendsAndPatches();
    void scenarioPatchErrors_data();
    void scenarioPatchErrors();
    void faultRuleParsing_data();
    void faultRuleParsing();
    void statusBurstThenRecovery();
    void connectionReset();
    void truncatedBody();
    void stalledBody();
    void latencyWithJitter();
    void faultsAreDeterministicForASeed();
    void oktaRateLimitHeadersAndBudget();
    void oktaUnknownPathsAndMethods();
    void iruNeedsItsToken();
    void separateOrigins();
    void statePersistsAcrossRestart();
    void stateOfAnotherScenarioIsRefused();
    void credentialsNameEveryAccount();
};

void TestSandboxInfra::routerMatchesTemplates()
{
    Router router;
    router.add("GET", QStringLiteral("/api/v1/users/{id}/roles"),
               [](const SandboxRequest &, const QStringList &args) {
                   return SandboxResponse::text(200, args.join(QLatin1Char('|')).toUtf8());
               });
    const Router::Match hit = router.match("GET", QStringLiteral("/api/v1/users/00u%201/roles"));
    QVERIFY(hit.handler);
    QCOMPARE(hit.args, QStringList { QStringLiteral("00u 1") });
    QVERIFY(router.match("GET", QStringLiteral("/api/v1/users/00u1/roles/")).handler);
    QVERIFY(!router.match("GET", QStringLiteral("/api/v1/users/a/b/roles")).handler);
    const Router::Match wrongMethod = router.match("POST", QStringLiteral("/api/v1/users/x/roles"));
    QVERIFY(!wrongMethod.handler);
    QVERIFY(wrongMethod.pathKnown);
    QVERIFY(!router.match("GET", QStringLiteral("/api/v1/users")).pathKnown);
}

void TestSandboxInfra::scenarioExtendsAndPatches()
{
    QString error;
    const auto scenario = Scenario::fromJson(R"({"name":"child","extends":"ready",
        "description":"d",
        "okta":{"features":{"adaptiveMfa":false}},
        "patch":[{"op":"replace","path":"/okta/authenticators/0/methods/2/status","value":"INACTIVE"},
                 {"op":"remove","path":"/okta/users/2"},
                 {"op":"add","path":"/iru/blueprints/-","value":{"id":"new","name":"New"}}]})",
                                             &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->name, QStringLiteral("child"));
    QCOMPARE(scenario->okta.orgId, QStringLiteral("00o1sbxready0000x0h7")); // inherited
    QCOMPARE(scenario->oktaData.value(u"features").toObject().value(u"adaptiveMfa").toBool(true),
             false);
    QCOMPARE(scenario->oktaData.value(u"tokenLifetimeSeconds").toInt(), 3600); // merged, kept
    const QJsonObject method = scenario->oktaData.value(u"authenticators")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"methods")
                                   .toArray()
                                   .at(2)
                                   .toObject();
    QCOMPARE(method.value(u"type").toString(), QStringLiteral("signed_nonce"));
    QCOMPARE(method.value(u"status").toString(), QStringLiteral("INACTIVE"));
    QCOMPARE(scenario->oktaData.value(u"users").toArray().size(), 2);
    const QJsonArray blueprints = scenario->iruData.value(u"blueprints").toArray();
    QCOMPARE(blueprints.last().toObject().value(u"id").toString(), QStringLiteral("new"));
}

void TestSandboxInfra::scenarioPatchErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing path") << QByteArray(R"({"name":"x","extends":"ready","patch":[
        {"op":"replace","path":"/okta/nope/0","value":1}]})")
                                  << "\"/okta/nope/0\" does not apply";
    QTest::newRow("index past end") << QByteArray(R"({"name":"x","extends":"ready","patch":[
        {"op":"remove","path":"/okta/users/9"}]})")
                                    << "does not apply";
    QTest::newRow("unknown op") << QByteArray(R"({"name":"x","extends":"ready","patch":[
        {"op":"move","path":"/okta/users/0"}]})")
                                << "\"move\"";
    QTest::newRow("unknown parent")
        << QByteArray(R"({"name":"x","extends":"nope"})") << "no built-in scenario \"nope\"";
}

void TestSandboxInfra::scenarioPatchErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Scenario::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSandboxInfra::faultRuleParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("status") << "status=429,path=^/api/v1/devices,after=2,count=3" << true
                            << int(FaultInjector::Kind::Status) << 429;
    QTest::newRow("reset") << "reset,count=1" << true << int(FaultInjector::Kind::Reset) << 503;
    QTest::newRow("stall") << "stall" << true << int(FaultInjector::Kind::Stall) << 503;
    QTest::newRow("not an error status") << "status=200" << false << 0 << 0;
    QTest::newRow("bad regex") << "truncate,path=(" << false << 0 << 0;
    QTest::newRow("unknown key") << "reset,often=3" << false << 0 << 0;
}

void TestSandboxInfra::faultRuleParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(int, status);
    QString error;
    const auto rule = FaultInjector::parseRule(spec, &error);
    QCOMPARE(bool(rule), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(rule->kind), kind);
    QCOMPARE(rule->status, status);
}

void TestSandboxInfra::statusBurstThenRecovery()
{
    QString error;
    auto tenant = startSandbox(
        withFaults(R"({"rules":[{"kind":"status","status":429,"path":"^/\\.well-known/okta",
                     "after":1,"count":2},{"kind":"status","status":503,"path":"^/api/v1/devices",
                     "count":1}]})"),
        &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const QUrl wellKnown
        = at(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization"));
    QCOMPARE(client.get(wellKnown).status, 200); // `after`: the first one passes
    const HttpResult limited = client.get(wellKnown);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.object().value(u"errorCode").toString(), QStringLiteral("E0000047"));
    QCOMPARE(limited.header("X-Rate-Limit-Remaining"), QByteArray("0"));
    QVERIFY(limited.header("X-Rate-Limit-Reset").toLongLong()
            >= QDateTime::currentSecsSinceEpoch());
    QCOMPARE(client.get(wellKnown).status, 429);
    QCOMPARE(client.get(wellKnown).status, 200); // burst over

    const HttpResult unavailable
        = client.get(at(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/devices")),
                     { SandboxClient::ssws(superToken) });
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.json.object().value(u"errorCode").toString(), QStringLiteral("E0000009"));
}

void TestSandboxInfra::connectionReset()
{
    QString error;
    auto tenant = startSandbox(withFaults(R"({"rules":[{"kind":"reset","count":1}]})"), &error);
    QVERIFY2(tenant, qPrintable(error));
    // A raw TLS socket: QNetworkAccessManager would quietly retry an idempotent GET.
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ tenant->caCertificate() });
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                  quint16(tenant->oktaOrgUrl().port()));
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000); // the server runs on this thread
    socket.write("GET /.well-known/okta-organization HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(socket.readAll().isEmpty()); // closed without a byte of answer
    SandboxClient client(tenant->caCertificate());
    QCOMPARE(client.get(at(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")))
                 .status,
             200);
}

void TestSandboxInfra::truncatedBody()
{
    QString error;
    auto tenant = startSandbox(withFaults(R"({"rules":[{"kind":"truncate","count":1}]})"), &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const HttpResult truncated
        = client.get(at(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")));
    QVERIFY(truncated.error != QNetworkReply::NoError); // the promised length never arrives
    QVERIFY(truncated.json.isNull());
}

void TestSandboxInfra::stalledBody()
{
    QString error;
    auto tenant = startSandbox(withFaults(R"({"rules":[{"kind":"stall","count":1}]})"), &error);
    QVERIFY2(tenant, qPrintable(error));
    QNetworkAccessManager manager;
    QNetworkRequest request(
        at(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ tenant->caCertificate() });
    request.setSslConfiguration(tls);
    request.setTransferTimeout(700);
    QNetworkReply *reply = manager.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // the client's timeout
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
}

void TestSandboxInfra::latencyWithJitter()
{
    QString error;
    auto tenant = startSandbox(withFaults(R"({"latencyMs":300,"jitterMs":50,"seed":7})"), &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const QUrl url = at(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization"));
    client.get(url); // TLS handshake out of the way
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.get(url).status, 200);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxInfra::faultsAreDeterministicForASeed()
{
    const auto pattern = [](quint32 seed) {
        QString error;
        auto injector = FaultInjector::fromJson(
            QJsonDocument::fromJson(R"({"jitterMs":1000,"rules":[{"kind":"status","status":500,
                                    "probability":0.5}]})")
                .object(),
            &error);
        injector->setSeed(seed);
        QList<int> out;
        SandboxRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/x");
        for (int i = 0; i < 20; ++i) {
            const auto decision = injector->decide(request);
            out << decision.delayMs << int(decision.kind);
        }
        return out;
    };
    QCOMPARE(pattern(42), pattern(42));
    QVERIFY(pattern(42) != pattern(43));
}

void TestSandboxInfra::oktaRateLimitHeadersAndBudget()
{
    QString error;
    auto tenant = startSandbox(
        QStringLiteral(
            R"({"name":"r","extends":"ready","okta":{"rateLimits":{"/api/v1/users":3}}})"),
        &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const QUrl me = at(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/users/me"));
    for (int remaining : { 2, 1, 0 }) {
        const HttpResult r = client.get(me, { SandboxClient::ssws(superToken) });
        QCOMPARE(r.header("X-Rate-Limit-Limit"), QByteArray("3"));
        QCOMPARE(r.header("X-Rate-Limit-Remaining"), QByteArray::number(remaining));
        QVERIFY(r.header("X-Rate-Limit-Reset").toLongLong()
                > QDateTime::currentSecsSinceEpoch() - 1);
    }
    const HttpResult over = client.get(me, { SandboxClient::ssws(superToken) });
    QCOMPARE(over.status, 429);
    QCOMPARE(over.json.object().value(u"errorCode").toString(), QStringLiteral("E0000047"));
    QCOMPARE(over.json.object().value(u"errorSummary").toString(),
             QStringLiteral("API call exceeded rate limit due to too many requests."));
    // Another bucket is unaffected.
    QCOMPARE(client
                 .get(at(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/authenticators")),
                      { SandboxClient::ssws(superToken) })
                 .header("X-Rate-Limit-Limit"),
             QByteArray("600"));
}

void TestSandboxInfra::oktaUnknownPathsAndMethods()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const HttpResult unknownApi
        = client.get(at(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/no-such-thing")),
                     { SandboxClient::ssws(superToken) });
    QCOMPARE(unknownApi.status, 404);
    QCOMPARE(unknownApi.json.object().value(u"errorCode").toString(), QStringLiteral("E0000007"));
    QCOMPARE(unknownApi.json.object().value(u"errorLink").toString(), QStringLiteral("E0000007"));
    QVERIFY(!unknownApi.json.object().value(u"errorId").toString().isEmpty());
    QVERIFY(unknownApi.json.object().value(u"errorCauses").isArray());
    const HttpResult wrongMethod = client.send(
        "DELETE", at(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")), {},
        {});
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.json.object().value(u"errorCode").toString(), QStringLiteral("E0000022"));
    const HttpResult page = client.get(at(tenant->oktaOrgUrl(), QStringLiteral("/nothing-here")));
    QCOMPARE(page.status, 404);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
}

void TestSandboxInfra::iruNeedsItsToken()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    SandboxClient client(tenant->caCertificate());
    const QUrl url = at(tenant->iruApiUrl(), QStringLiteral("/api/v1/devices"));
    const HttpResult none = client.get(url);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json.object().value(u"detail").toString(),
             QStringLiteral("Authentication credentials were not provided."));
    const HttpResult wrong
        = client.get(url, { SandboxClient::bearer("00000000-0000-4000-8000-000000000000") });
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json.object().value(u"detail").toString(), QStringLiteral("Invalid token."));
    const HttpResult unknown
        = client.get(at(tenant->iruApiUrl(), QStringLiteral("/api/v1/nothing")),
                     { SandboxClient::bearer("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70") });
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.startsWith("<!doctype html>"));
}

void TestSandboxInfra::separateOrigins()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    QVERIFY(tenant->oktaOrgUrl().port() != tenant->iruApiUrl().port());
    QCOMPARE(tenant->iruApiUrl().host(), QStringLiteral("127.0.0.1"));
    SandboxClient client(tenant->caCertificate());
    // The Okta org does not answer Iru paths and the other way round.
    QCOMPARE(client.get(at(tenant->iruApiUrl(), QStringLiteral("/.well-known/okta-organization")))
                 .status,
             404);
}

void TestSandboxInfra::statePersistsAcrossRestart()
{
    QTemporaryDir dir;
    SandboxTenant::Options options;
    options.statePath = dir.filePath(QStringLiteral("state.json"));
    QString error;
    {
        auto tenant = startSandbox(QStringLiteral("ready"), &error, options);
        QVERIFY2(tenant, qPrintable(error));
        QJsonObject &okta = tenant->state()->okta();
        okta.insert(QStringLiteral("marker"), QStringLiteral("survives"));
        QVERIFY(tenant->state()->commit(&error));
    }
    QVERIFY(QFile::exists(options.statePath));
    auto restarted = startSandbox(QStringLiteral("ready"), &error, options);
    QVERIFY2(restarted, qPrintable(error));
    QCOMPARE(restarted->state()->okta().value(u"marker").toString(), QStringLiteral("survives"));
    // A scenario started without a state file starts fresh.
    auto fresh = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY(!fresh->state()->okta().contains(u"marker"));
}

void TestSandboxInfra::stateOfAnotherScenarioIsRefused()
{
    QTemporaryDir dir;
    SandboxTenant::Options options;
    options.statePath = dir.filePath(QStringLiteral("state.json"));
    QString error;
    {
        auto tenant = startSandbox(QStringLiteral("ready"), &error, options);
        QVERIFY(tenant && tenant->state()->commit(&error));
    }
    QVERIFY(!startSandbox(QStringLiteral("classic"), &error, options));
    QVERIFY2(error.contains(u"belongs to scenario \"ready\""), qPrintable(error));
    QFile corrupt(options.statePath);
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{not json");
    corrupt.close();
    QVERIFY(!startSandbox(QStringLiteral("ready"), &error, options));
    QVERIFY2(error.contains(u"Cannot use the state file"), qPrintable(error));
}

void TestSandboxInfra::credentialsNameEveryAccount()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    const QJsonObject credentials = tenant->credentials();
    QCOMPARE(credentials.value(u"scenario").toString(), QStringLiteral("ready"));
    const QJsonObject okta = credentials.value(u"okta").toObject();
    QCOMPARE(okta.value(u"orgUrl").toString(), tenant->oktaOrgUrl().toString());
    QCOMPARE(okta.value(u"users").toArray().at(0).toObject().value(u"apiToken").toString(),
             QString::fromLatin1(superToken));
    QCOMPARE(okta.value(u"oidcClients").toArray().at(0).toObject().value(u"clientId").toString(),
             QStringLiteral("0oa1sbxodtsetup0x0h7"));
    const QJsonObject iru = credentials.value(u"iru").toObject();
    QCOMPARE(iru.value(u"apiUrl").toString(), tenant->iruApiUrl().toString());
    QCOMPARE(iru.value(u"apiToken").toString(),
             QStringLiteral("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"));
    QCOMPARE(iru.value(u"port").toInt(), tenant->iruApiUrl().port());
}

ODT_TEST_GUILESS_MAIN(TestSandboxInfra)
#include "tst_sandboxinfra.moc"
