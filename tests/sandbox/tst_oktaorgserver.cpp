#include "net/httpclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/testmain.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTemporaryFile>

using namespace odt;

class TestOktaOrgServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInScenarios();
    void scenarioErrors_data();
    void scenarioErrors();
    void scenarioFromFile();
    void wellKnownShape();
    void listensOnLoopbackOnly();
};

void TestOktaOrgServer::builtInScenarios()
{
    const QStringList names = sandbox::Scenario::builtInNames();
    QVERIFY(names.contains(u"ready"));
    QVERIFY(names.contains(u"classic"));
    for (const QString &name : names) {
        QString error;
        const auto scenario = sandbox::Scenario::load(name, &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->name, name);
    }
    QString error;
    QCOMPARE(sandbox::Scenario::load(QStringLiteral("classic"), &error)->okta.pipeline,
             QStringLiteral("v1"));
}

void TestOktaOrgServer::scenarioErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{oops") << "not a JSON object";
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("no org id") << QByteArray(R"({"name":"x","okta":{}})") << "okta.orgId";
    QTest::newRow("bad pipeline") << QByteArray(
        R"({"name":"x","okta":{"orgId":"1","pipeline":"v2"}})")
                                  << "\"v2\"";
}

void TestOktaOrgServer::scenarioErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!sandbox::Scenario::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestOktaOrgServer::scenarioFromFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"name":"mine","okta":{"orgId":"00oMINE","pipeline":"v1"}})");
    file.close();
    QString error;
    const auto scenario = sandbox::Scenario::load(file.fileName(), &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->okta.orgId, QStringLiteral("00oMINE"));

    QVERIFY(!sandbox::Scenario::load(QStringLiteral("no-such-scenario"), &error));
    QVERIFY(error.contains(u"Built-in scenarios: "));
    QVERIFY(error.contains(u"ready"));
}

void TestOktaOrgServer::wellKnownShape()
{
    QString error;
    sandbox::SandboxTenant tenant(*sandbox::Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(tenant.start(0, &error), qPrintable(error));
    QCOMPARE(tenant.oktaOrgUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(tenant.oktaOrgUrl().scheme(), QStringLiteral("https"));

    QNetworkAccessManager manager;
    net::HttpClient http(&manager);
    http.setExtraCaCertificates({ tenant.caCertificate() });
    net::JsonResponse response;
    bool finished = false;
    QUrl url = tenant.oktaOrgUrl();
    url.setPath(QStringLiteral("/.well-known/okta-organization"));
    http.getJson(url, this, [&](const net::JsonResponse &r) {
        response = r;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    // Exactly the WellKnownOrgMetadata fields of the spec, nothing invented.
    const QJsonObject body = response.json.object();
    QCOMPARE(body.keys(), (QStringList { u"_links"_qs, u"id"_qs, u"pipeline"_qs }));
    QCOMPARE(body.value(u"id").toString(), QStringLiteral("00o1sbxready0000x0h7"));
    QCOMPARE(body.value(u"pipeline").toString(), QStringLiteral("idx"));
    const QJsonObject links = body.value(u"_links").toObject();
    QCOMPARE(links.keys(), QStringList { u"organization"_qs });
    QCOMPARE(links.value(u"organization").toObject().value(u"href").toString(),
             tenant.oktaOrgUrl().toString());
}

void TestOktaOrgServer::listensOnLoopbackOnly()
{
    QString error;
    sandbox::SandboxTenant tenant(*sandbox::Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY(tenant.start(0, &error));
    const quint16 port = quint16(tenant.oktaOrgUrl().port());
    // A second sandbox cannot take the same port: the error names it.
    sandbox::SandboxTenant second(*sandbox::Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY(!second.start(port, &error));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
}

ODT_TEST_GUILESS_MAIN(TestOktaOrgServer)
#include "tst_oktaorgserver.moc"
