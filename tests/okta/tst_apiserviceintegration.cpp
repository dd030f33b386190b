// Creating (or finding) the API service integration against the sandbox tenant, with an in-memory
// keychain: the secret is stored before anything else, proven with a token, and nothing is left
// half-done when a step fails.
#include "net/httpclient.h"
#include "okta/apiserviceintegration.h"
#include "okta/oktaclient.h"
#include "sandbox/oktaorgserver.h"
#include "sandbox/statestore.h"
#include "support/cannedhttpsserver.h"
#include "support/fakesecretstore.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace odt;
using Result = okta::ApiServiceIntegrationResult;

class TestApiServiceIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsStoresAndProves();
    void rerunReusesTheExistingIntegration();
    void secretStoreFailureDeletesTheIntegration();
    void unavailableKeychainCreatesNothing();
    void unknownTypeIsAClearError();
    void existingIntegrationWithoutItsSecret();
    void staleSecretIsReplaced();
    void missingManageScopeIsNamed();
    void listFollowsLinkNext();
    void nextLinkNeverLeavesTheOrg();

private:
    Result run(const okta::ApiServiceIntegration::Options &options = {});
    QJsonArray instances(); // as Okta lists them (first page)
    QByteArray ssws() const;

    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    std::unique_ptr<SandboxClient> m_raw;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<okta::OktaClient> m_client;
    FakeSecretStore m_store;
};

void TestApiServiceIntegration::init()
{
    QString error;
    m_tenant = startSandbox(u"ready"_qs, &error);
    QVERIFY2(m_tenant, qPrintable(error));
    m_raw = std::make_unique<SandboxClient>(m_tenant->caCertificate());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_manager.get());
    m_http->setExtraCaCertificates({ m_tenant->caCertificate() });
    m_client = std::make_unique<okta::OktaClient>(m_http.get(),
                                                  OrgUrl::parse(m_tenant->oktaOrgUrl().toString()),
                                                  okta::OktaCredential::apiToken(ssws()));
    m_store.entries.clear();
    m_store.failWrites = m_store.failReads = m_store.failRemovals = FakeSecretStore::Error::None;
    m_store.writes = 0;
}

void TestApiServiceIntegration::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_manager.reset();
    m_raw.reset();
    m_tenant.reset();
}

QByteArray TestApiServiceIntegration::ssws() const
{
    return m_tenant->credentials()
        .value(u"okta")
        .toObject()
        .value(u"users")
        .toArray()
        .at(0)
        .toObject()
        .value(u"apiToken")
        .toString()
        .toUtf8();
}

Result TestApiServiceIntegration::run(const okta::ApiServiceIntegration::Options &options)
{
    okta::ApiServiceIntegration integration(m_client.get(), &m_store, options);
    QSignalSpy spy(&integration, &okta::ApiServiceIntegration::finished);
    integration.start();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<Result>();
}

QJsonArray TestApiServiceIntegration::instances()
{
    QUrl url = m_tenant->oktaOrgUrl();
    url.setPath(u"/integrations/api/v1/api-services"_qs);
    const HttpResult r = m_raw->get(url, { SandboxClient::ssws(ssws()) });
    return r.json.array();
}

void TestApiServiceIntegration::createsStoresAndProves()
{
    const Result result = run();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.created);
    QCOMPARE(result.type, u"kandji_odt"_qs);
    QVERIFY(result.clientId.startsWith(u"0oa"));
    QCOMPARE(result.tokenScopes, okta::ApiServiceIntegrationOptions::defaultScopes());

    const QJsonArray listed = instances();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(u"id").toString(), result.clientId);
    QCOMPARE(listed.at(0).toObject().value(u"type").toString(), u"kandji_odt"_qs);

    // The keychain holds exactly the secret Okta issued, next to its client id.
    const QString key = u"okta-api-service:127.0.0.1:kandji_odt"_qs;
    QCOMPARE(m_store.entries.keys(), QStringList { key });
    const QJsonObject stored = QJsonDocument::fromJson(m_store.entries.value(key)).object();
    const QString issued = m_tenant->state()
                               ->okta()
                               .value(u"apiServices")
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(u"clientSecret")
                               .toString();
    QCOMPARE(stored.value(u"clientId").toString(), result.clientId);
    QCOMPARE(stored.value(u"clientSecret").toString(), issued);
    // Evidence tells the story without the secret.
    QVERIFY(!result.evidence.join(u'\n').contains(issued));
    QVERIFY(result.evidence.last().startsWith(u"POST /oauth2/v1/token: Bearer token"));
}

void TestApiServiceIntegration::rerunReusesTheExistingIntegration()
{
    const Result first = run();
    QVERIFY2(first.ok, qPrintable(first.error));
    const Result second = run();
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(!second.created);
    QCOMPARE(second.clientId, first.clientId);
    QCOMPARE(instances().size(), 1); // no second create
    QCOMPARE(m_store.writes, 1);
    QCOMPARE(second.tokenScopes, okta::ApiServiceIntegrationOptions::defaultScopes());
}

void TestApiServiceIntegration::secretStoreFailureDeletesTheIntegration()
{
    m_store.failWrites = FakeSecretStore::Error::AccessDenied;
    const Result result = run();
    QVERIFY(!result.ok);
    QVERIFY(!result.created);
    QVERIFY2(result.error.contains(u"The keychain is locked."), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"deleted again"), qPrintable(result.error));
    QCOMPARE(instances().size(), 0); // nothing left in Okta
    QVERIFY(m_store.entries.isEmpty()); // nor in the keychain
    QVERIFY(result.evidence.last().startsWith(u"DELETE /integrations/api/v1/api-services/0oa"));
}

void TestApiServiceIntegration::unavailableKeychainCreatesNothing()
{
    m_store.failRemovals = FakeSecretStore::Error::NoBackend;
    const Result result = run();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"nothing was created"), qPrintable(result.error));
    QCOMPARE(instances().size(), 0);
}

void TestApiServiceIntegration::unknownTypeIsAClearError()
{
    okta::ApiServiceIntegration::Options options;
    options.type = u"no_such_type"_qs;
    const Result result = run(options);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(
                 u"Okta does not offer an API service integration of type \"no_such_type\""),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(u"API Services"), qPrintable(result.error));
    QCOMPARE(instances().size(), 0);
    QVERIFY(m_store.entries.isEmpty());
}

void TestApiServiceIntegration::existingIntegrationWithoutItsSecret()
{
    // Made elsewhere (another computer, or by hand): its secret is not ours to have.
    QUrl url = m_tenant->oktaOrgUrl();
    url.setPath(u"/integrations/api/v1/api-services"_qs);
    const HttpResult created = m_raw->postJson(
        url,
        QJsonDocument::fromJson(R"({"type":"kandji_odt","grantedScopes":["okta.devices.read"]})"),
        { SandboxClient::ssws(ssws()) });
    QCOMPARE(created.status, 201);
    const Result result = run();
    QVERIFY(!result.ok);
    QCOMPARE(result.clientId, created.json.object().value(u"id").toString());
    QVERIFY2(result.error.contains(u"does not hold its client secret"), qPrintable(result.error));
    QCOMPARE(instances().size(), 1); // left alone: Iru Endpoint may be using it
    QVERIFY(m_store.entries.isEmpty());
}

void TestApiServiceIntegration::staleSecretIsReplaced()
{
    const QString key = u"okta-api-service:127.0.0.1:kandji_odt"_qs;
    m_store.entries.insert(key, R"({"clientId":"0oaDELETEDLONGAGO","clientSecret":"old"})");
    const Result result = run();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.created);
    QCOMPARE(QJsonDocument::fromJson(m_store.entries.value(key)).object().value(u"clientId"),
             QJsonValue(result.clientId));
    QVERIFY(result.evidence.contains(u"keychain: removed a stale secret"_qs));
}

void TestApiServiceIntegration::missingManageScopeIsNamed()
{
    sandbox::OktaPrincipal principal;
    principal.userId = u"00u1sbxsuperadm0x0h7"_qs;
    principal.clientId = u"0oa1sbxodtsetup0x0h7"_qs;
    principal.scopes = { u"okta.oauthIntegrations.read"_qs };
    m_client = std::make_unique<okta::OktaClient>(
        m_http.get(), OrgUrl::parse(m_tenant->oktaOrgUrl().toString()),
        okta::OktaCredential::accessToken(
            m_tenant->okta()->auth().issueAccessToken(principal, 3600)));
    const Result result = run();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"E0000006"), qPrintable(result.error));
    QCOMPARE(instances().size(), 0);
}

void TestApiServiceIntegration::listFollowsLinkNext()
{
    QUrl url = m_tenant->oktaOrgUrl();
    url.setPath(u"/integrations/api/v1/api-services"_qs);
    QStringList created;
    for (int i = 0; i < 45; ++i) {
        const HttpResult r = m_raw->postJson(
            url,
            QJsonDocument::fromJson(R"({"type":"kandji_odt","grantedScopes":["okta.users.read"]})"),
            { SandboxClient::ssws(ssws()) });
        QCOMPARE(r.status, 201);
        created.append(r.json.object().value(u"id").toString());
    }
    QVERIFY(m_raw->get(url, { SandboxClient::ssws(ssws()) }).header("Link").contains("rel="));

    okta::OktaResult<QList<okta::ApiServiceInstance>> got;
    bool done = false;
    const okta::OktaRequest request = m_client->apiServices(
        this, [&](const okta::OktaResult<QList<okta::ApiServiceInstance>> &r) {
            got = r;
            done = true;
        });
    QVERIFY(request.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(got.ok(), qPrintable(got.error.message));
    QStringList ids;
    for (const okta::ApiServiceInstance &instance : got.value) {
        QVERIFY(instance.clientSecret.isEmpty()); // only the create answer has it
        ids.append(instance.id);
    }
    QCOMPARE(ids, created);
    QVERIFY(!request.isRunning());
}

void TestApiServiceIntegration::nextLinkNeverLeavesTheOrg()
{
    const QByteArray body = "[]";
    CannedHttpsServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Link: <https://collector.example/api?after=x>; rel=\"next\"\r\n"
                             "Content-Length: 2\r\nConnection: close\r\n\r\n"
                             + body);
    net::HttpClient http(m_manager.get());
    http.setExtraCaCertificates({ server.caCertificate() });
    okta::OktaClient client(&http, OrgUrl::parse(server.url().toString()),
                            okta::OktaCredential::apiToken("secret-token"));
    okta::OktaResult<QList<okta::ApiServiceInstance>> got;
    bool done = false;
    client.apiServices(this, [&](const okta::OktaResult<QList<okta::ApiServiceInstance>> &r) {
        got = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY(!got.ok());
    QVERIFY2(got.error.message.contains(u"the next-page link leaves the org: collector.example"),
             qPrintable(got.error.message));
    QCOMPARE(server.requests().size(), 1); // and nothing went to the other host
    QVERIFY(server.requests().at(0).contains("Authorization: SSWS secret-token"));
}

ODT_TEST_GUILESS_MAIN(TestApiServiceIntegration)
#include "tst_apiserviceintegration.moc"
