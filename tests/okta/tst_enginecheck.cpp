#include "net/httpclient.h"
#include "okta/enginecheck.h"
#include "okta/orgmetadata.h"
#include "sandbox/sandboxtenant.h"
#include "support/cannedhttpsserver.h"
#include "support/testmain.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>

using namespace odt;

namespace {

struct Client
{
    QNetworkAccessManager manager;
    net::HttpClient http { &manager };
    okta::OrgMetadataClient metadata { &http };
};

CheckResult runCheck(Client &client, const QUrl &origin)
{
    okta::EngineCheck check(&client.metadata, OrgUrl::parse(origin.toString()));
    QSignalSpy spy(&check, &Check::finished);
    check.start();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<CheckResult>();
}

} // namespace

class TestEngineCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void metadataFields();
    void untrustedCertificateIsATlsError();
    void notAnOktaOrg_data();
    void notAnOktaOrg();
    void hostNotFound();
    void connectionRefused();
    void timeout();
    void plainHttpIsNeverSent();
    void destroyedCheckCancelsItsRequest();
};

void TestEngineCheck::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("title");
    QTest::newRow("ready") << "ready" << CheckStatus::Pass << "Okta Identity Engine";
    QTest::newRow("classic") << "classic" << CheckStatus::Fail
                             << "Classic Engine: migrate to Identity Engine first";
}

void TestEngineCheck::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(CheckStatus, status);
    QFETCH(QString, title);
    QString error;
    const auto loaded = sandbox::Scenario::load(scenario, &error);
    QVERIFY2(loaded, qPrintable(error));
    sandbox::SandboxTenant tenant(*loaded);
    QVERIFY2(tenant.start(0, &error), qPrintable(error));

    Client client;
    client.http.setExtraCaCertificates({ tenant.caCertificate() });
    const CheckResult result = runCheck(client, tenant.oktaOrgUrl());
    QCOMPARE(result.id, QStringLiteral("okta.engine"));
    QCOMPARE(result.status, status);
    QCOMPARE(result.title, title);
    QCOMPARE(result.confidence, Confidence::Verified);
    QVERIFY(result.evidence.value(0).contains(
        QStringLiteral("pipeline=%1").arg(loaded->okta.pipeline)));
    if (status == CheckStatus::Fail) {
        QVERIFY(result.remediation.contains(u"Identity Engine"));
        QVERIFY(result.link.startsWith(u"https://help.okta.com/"));
    } else {
        QVERIFY(result.remediation.isEmpty());
    }
}

void TestEngineCheck::metadataFields()
{
    sandbox::Scenario scenario;
    scenario.name = QStringLiteral("custom");
    scenario.okta.orgId = QStringLiteral("00oCUSTOM");
    scenario.okta.customDomain = QStringLiteral("login.example.com");
    sandbox::SandboxTenant tenant(scenario);
    QString error;
    QVERIFY2(tenant.start(0, &error), qPrintable(error));
    Client client;
    client.http.setExtraCaCertificates({ tenant.caCertificate() });
    okta::OrgMetadataResult got;
    bool finished = false;
    client.metadata.fetch(OrgUrl::parse(tenant.oktaOrgUrl().toString()), this,
                          [&](const okta::OrgMetadataResult &r) {
                              got = r;
                              finished = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(got.ok(), qPrintable(got.error.message));
    QCOMPARE(got.metadata.id, QStringLiteral("00oCUSTOM"));
    QCOMPARE(got.metadata.pipeline, okta::WellKnownOrgMetadata::Pipeline::IdentityEngine);
    QCOMPARE(got.metadata.organizationUrl, tenant.oktaOrgUrl());
    QCOMPARE(got.metadata.alternateUrl, QUrl(QStringLiteral("https://login.example.com")));
}

void TestEngineCheck::untrustedCertificateIsATlsError()
{
    QString error;
    sandbox::SandboxTenant tenant(*sandbox::Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY(tenant.start(0, &error));
    Client client; // does not trust the sandbox CA
    const CheckResult result = runCheck(client, tenant.oktaOrgUrl());
    QCOMPARE(result.status, CheckStatus::Error);
    QVERIFY2(result.detail.contains(u"secure connection"), qPrintable(result.detail));
    QVERIFY(result.detail.contains(u"trusted CA file"));
}

void TestEngineCheck::notAnOktaOrg_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("why");
    QTest::newRow("404 html") << CannedHttpsServer::response(404, "text/html",
                                                             "<html><body>Not found</body></html>")
                              << "HTTP 404";
    QTest::newRow("html page") << CannedHttpsServer::response(200, "text/html", "<html>hi</html>")
                               << "not JSON";
    QTest::newRow("json array") << CannedHttpsServer::response(200, "application/json", "[1,2]")
                                << "not a JSON object";
    QTest::newRow("json without pipeline")
        << CannedHttpsServer::response(200, "application/json", R"({"id":"00o1"})")
        << "no \"id\" or \"pipeline\"";
    QTest::newRow("truncated json")
        << CannedHttpsServer::response(200, "application/json", R"({"id":"00o1","pipe)")
        << "not JSON";
}

void TestEngineCheck::notAnOktaOrg()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, why);
    CannedHttpsServer server(response);
    Client client;
    client.http.setExtraCaCertificates({ server.caCertificate() });
    const CheckResult result = runCheck(client, server.url());
    QCOMPARE(result.status, CheckStatus::Error);
    QVERIFY2(result.detail.contains(u"does not look like an Okta organization"),
             qPrintable(result.detail));
    QVERIFY2(result.detail.contains(why), qPrintable(result.detail));
    QVERIFY(!result.detail.contains(u"<html>")); // raw HTML is never shown
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().at(0).startsWith("GET /.well-known/okta-organization HTTP/1.1"));
}

void TestEngineCheck::hostNotFound()
{
    Client client;
    const CheckResult result
        = runCheck(client, QUrl(QStringLiteral("https://no-such-org.invalid")));
    QCOMPARE(result.status, CheckStatus::Error);
    QVERIFY2(result.detail.contains(u"could not be found"), qPrintable(result.detail));
}

void TestEngineCheck::connectionRefused()
{
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Client client;
    const CheckResult result
        = runCheck(client, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    QCOMPARE(result.status, CheckStatus::Error);
    QVERIFY2(result.detail.contains(u"refused the connection"), qPrintable(result.detail));
}

void TestEngineCheck::timeout()
{
    CannedHttpsServer server(QByteArray(), /*silent=*/true);
    Client client;
    client.http.setExtraCaCertificates({ server.caCertificate() });
    client.http.setTimeout(std::chrono::milliseconds(300));
    client.http.setRetryPolicy(
        { 1, 1, std::chrono::milliseconds(1), std::chrono::milliseconds(1) });
    const CheckResult result = runCheck(client, server.url());
    QCOMPARE(result.status, CheckStatus::Error);
    QVERIFY2(result.detail.contains(u"did not answer in time"), qPrintable(result.detail));
}

void TestEngineCheck::plainHttpIsNeverSent()
{
    Client client;
    net::JsonResponse got;
    bool finished = false;
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    client.http.getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(listener.serverPort())),
                        this, [&](const net::JsonResponse &r) {
                            got = r;
                            finished = true;
                        });
    QVERIFY(!finished); // never synchronous
    QTRY_VERIFY(finished);
    QCOMPARE(got.error.kind, net::NetError::Kind::InsecureUrl);
    QVERIFY(!listener.hasPendingConnections());
}

void TestEngineCheck::destroyedCheckCancelsItsRequest()
{
    CannedHttpsServer server(QByteArray(), /*silent=*/true);
    Client client;
    client.http.setExtraCaCertificates({ server.caCertificate() });
    auto *check = new okta::EngineCheck(&client.metadata, OrgUrl::parse(server.url().toString()));
    check->start();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
    delete check; // the wizard moved on: the late answer must reach nobody
    QTRY_COMPARE(client.manager.findChildren<QNetworkReply *>().size(), 0); // aborted and freed
}

ODT_TEST_GUILESS_MAIN(TestEngineCheck)
#include "tst_enginecheck.moc"
