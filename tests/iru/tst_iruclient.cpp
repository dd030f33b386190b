// IruClient against the sandbox tenant over HTTPS: typed values, every page in order, parallel
// pages within the rate budget, cancellation, and the documented mixed error bodies.
#include "iru/iruclient.h"
#include "net/httpclient.h"
#include "sandbox/irutenantserver.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include <map>
#include <optional>

using namespace odt;
using namespace odt::iru;

namespace {

const QByteArray token = "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"; // ready.json's sandbox token
const QString macs = QStringLiteral("b1a00000-0000-4000-8000-000000000001");
const QString mobile = QStringLiteral("b1a00000-0000-4000-8000-000000000002");
const QString pilotMap = QStringLiteral("b1a00000-0000-4000-8000-000000000003");
const QString ovApp = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a001");
const QString ovAuto = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a002");
const QString chrome = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a003");
const QString samsMac = QStringLiteral("d0000000-0000-4000-8000-000000000101");

// Waits for one callback's result (QTRY: no fixed sleep).
template<typename T> struct Waiter
{
    std::optional<IruResult<T>> result;
    int calls = 0;
    IruClient::Callback<T> callback()
    {
        return [this](const IruResult<T> &r) {
            ++calls;
            result = r;
        };
    }
};

QString scenarioWith(const QString &iru)
{
    return QStringLiteral(R"({"name":"variant","extends":"ready","iru":%1})").arg(iru);
}

QString profilesScenario(int count)
{
    QJsonArray profiles;
    for (int i = 0; i < count; ++i)
        profiles.append(QJsonObject {
            { QStringLiteral("id"),
              QStringLiteral("c0000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')) },
            { QStringLiteral("name"), QStringLiteral("Profile %1").arg(i) },
            { QStringLiteral("active"), i % 2 == 0 },
            { QStringLiteral("profile"), QStringLiteral("<plist>%1</plist>").arg(i) },
            { QStringLiteral("mdm_identifier"),
              QStringLiteral("com.kandji.profile.custom.%1").arg(i) },
            { QStringLiteral("runs_on_mac"), true },
            { QStringLiteral("runs_on_iphone"), i % 3 == 0 },
            { QStringLiteral("runs_on_ipad"), false } });
    return scenarioWith(QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("customProfiles"), profiles } })
            .toJson(QJsonDocument::Compact)));
}

} // namespace

class TestIruClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanupTestCase() { m_tenants.clear(); }
    void probeCountsBlueprints();
    void blueprints();
    void devices();
    void blueprintLibraryItems();
    void deviceLibraryItems();
    void devicePagesInOrder();
    void blueprintPagesFromTheCount();
    void customProfilePages();
    void cancelStopsEveryPage();
    void contextDestroyedMidList();
    void wrongTokenIs401();
    void deniedPathIs403WithPermission();
    void injected403PlainText();
    void plainTextErrorBody();
    void htmlNotFoundShowsNoMarkup();
    void largeTenantWithoutRateLimit();

private:
    // Tenants are shared between tests by scenario; `own` gives the test its own (for gates that
    // capture the test's locals).
    sandbox::SandboxTenant *tenant(const QString &scenario, const QStringList &faults = {},
                                   int latencyMs = 0, bool own = false);
    std::unique_ptr<IruClient> client(sandbox::SandboxTenant *t, const QByteArray &bearer = token);
    template<typename T> IruResult<T> wait(Waiter<T> &waiter, int timeoutMs = 15000)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(waiter.result.has_value(), timeoutMs);
        }();
        return waiter.result.value_or(IruResult<T>());
    }

    std::map<QString, std::unique_ptr<sandbox::SandboxTenant>> m_tenants;
    QNetworkAccessManager m_manager;
    std::unique_ptr<net::HttpClient> m_http;
};

void TestIruClient::init()
{
    // A fresh HttpClient per test: its governor starts empty. A 429 must fail the test, not be
    // retried quietly.
    m_http = std::make_unique<net::HttpClient>(&m_manager);
    net::HttpClient::RetryPolicy retry;
    retry.maxRateLimitedAttempts = 1;
    retry.baseDelay = std::chrono::milliseconds(10);
    m_http->setRetryPolicy(retry);
    for (const auto &[name, t] : m_tenants)
        m_http->setExtraCaCertificates(m_http->extraCaCertificates() << t->caCertificate());
}

sandbox::SandboxTenant *TestIruClient::tenant(const QString &scenario, const QStringList &faults,
                                              int latencyMs, bool own)
{
    QString key = scenario + faults.join(QLatin1Char('|')) + QString::number(latencyMs);
    if (own)
        key += QLatin1String(QTest::currentTestFunction());
    auto &slot = m_tenants[key];
    if (!slot) {
        QString error;
        sandbox::SandboxTenant::Options options;
        for (const QString &spec : faults) {
            const auto rule = sandbox::FaultInjector::parseRule(spec, &error);
            if (!rule)
                qWarning() << "fault:" << error;
            else
                options.extraFaults.append(*rule);
        }
        if (latencyMs > 0) {
            options.latencyMs = latencyMs;
            options.jitterMs = 0;
        }
        slot = startSandbox(scenario, &error, options);
        if (!slot)
            qWarning() << "sandbox:" << error;
        else
            m_http->setExtraCaCertificates(m_http->extraCaCertificates() << slot->caCertificate());
    }
    return slot.get();
}

std::unique_ptr<IruClient> TestIruClient::client(sandbox::SandboxTenant *t,
                                                 const QByteArray &bearer)
{
    return std::make_unique<IruClient>(m_http.get(), t->iruApiUrl(), bearer);
}

void TestIruClient::probeCountsBlueprints()
{
    auto *t = tenant(QStringLiteral("ready"));
    QVERIFY(t);
    auto c = client(t);
    QCOMPARE(c->apiUrl(), t->iruApiUrl());
    Waiter<int> w;
    c->probe(this, w.callback());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value, 3);
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/blueprints"));
}

void TestIruClient::blueprints()
{
    auto c = client(tenant(QStringLiteral("ready")));
    Waiter<QList<Blueprint>> w;
    const IruRequest request = c->blueprints(this, w.callback());
    QVERIFY(request.isRunning());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!request.isRunning());
    QCOMPARE(r.value.size(), 3);
    QCOMPARE(r.value.at(0).id, macs);
    QCOMPARE(r.value.at(0).name, QStringLiteral("Macs"));
    QCOMPARE(r.value.at(0).type, QStringLiteral("classic"));
    QCOMPARE(r.value.at(0).description, QStringLiteral("All company Macs"));
    QCOMPARE(r.value.at(0).computersCount, 1);
    QVERIFY(!r.value.at(0).isMap());
    QCOMPARE(r.value.at(1).name, QStringLiteral("Mobile"));
    QCOMPARE(r.value.at(2).name, QStringLiteral("ODT Pilot"));
    QVERIFY(r.value.at(2).isMap());
    QCOMPARE(r.value.at(2).computersCount, 2);
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/blueprints"));
}

void TestIruClient::devices()
{
    auto c = client(tenant(QStringLiteral("ready")));
    Waiter<QList<Device>> w;
    c->devices(this, w.callback());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.size(), 4);
    const Device &sam = r.value.at(0);
    QCOMPARE(sam.id, samsMac);
    QCOMPARE(sam.name, QStringLiteral("Sam's MacBook Pro"));
    QCOMPARE(sam.platform, QStringLiteral("Mac"));
    QCOMPARE(sam.blueprintId, macs);
    QCOMPARE(sam.blueprintName, QStringLiteral("Macs"));
    QCOMPARE(sam.serialNumber, QStringLiteral("C02SBX00001"));
    QCOMPARE(sam.userEmail, QStringLiteral("super.admin@example.com"));
    QCOMPARE(r.value.at(1).platform, QStringLiteral("iPhone"));
    QCOMPARE(r.value.at(1).blueprintId, mobile);
    QCOMPARE(r.value.at(3).platform, QStringLiteral("iPad"));
    QCOMPARE(r.value.at(3).blueprintId, pilotMap);
    QCOMPARE(r.value.at(3).userEmail, QString()); // "user": "" for a device without a user
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/devices"));
    QCOMPARE(r.permission, QStringLiteral("Device list"));
}

void TestIruClient::blueprintLibraryItems()
{
    auto c = client(tenant(QStringLiteral("ready")));
    Waiter<QList<LibraryItemRef>> w;
    c->blueprintLibraryItems(pilotMap, this, w.callback());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.size(), 3);
    QCOMPARE(r.value.at(0).id, chrome);
    QCOMPARE(r.value.at(0).name, QStringLiteral("Google Chrome"));
    QCOMPARE(r.value.at(1).id, ovAuto);
    QCOMPARE(r.value.at(2).id, ovApp);
    QCOMPARE(r.value.at(2).name, QStringLiteral("Okta Verify"));
    QCOMPARE(r.operation,
             QStringLiteral("GET /api/v1/blueprints/%1/list-library-items").arg(pilotMap));
}

void TestIruClient::deviceLibraryItems()
{
    auto c = client(tenant(QStringLiteral("ready")));
    Waiter<QList<DeviceLibraryItem>> w;
    c->deviceLibraryItems(samsMac, this, w.callback());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.size(), 2);
    QCOMPARE(r.value.at(0).itemId, ovAuto);
    QCOMPARE(r.value.at(0).name, QStringLiteral("Okta Verify"));
    QCOMPARE(r.value.at(0).type, QStringLiteral("automatic-app"));
    QCOMPARE(r.value.at(0).status, QStringLiteral("PASS"));
    QCOMPARE(r.value.at(0).blueprintId, macs);
    QCOMPARE(r.value.at(0).blueprintName, QStringLiteral("Macs"));
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/devices/%1/library-items").arg(samsMac));
}

void TestIruClient::devicePagesInOrder()
{
    auto *t = tenant(scenarioWith(QStringLiteral(R"({"generate":{"devices":1000}})")), {}, 0, true);
    QVERIFY(t);
    QList<int> offsets;
    bool recording = true;
    t->iru()->http().addGate([&offsets, &recording](const sandbox::SandboxRequest &request) {
        if (recording && request.path == QLatin1String("/api/v1/devices")) {
            offsets.append(request.query.queryItemValue(QStringLiteral("offset")).toInt());
            if (request.query.queryItemValue(QStringLiteral("limit")) != QLatin1String("300"))
                offsets.append(-1);
        }
        return std::optional<sandbox::SandboxResponse>();
    });
    auto c = client(t);
    Waiter<QList<Device>> w;
    c->devices(this, w.callback());
    const auto r = wait(w);
    recording = false;
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.size(), 1004);
    QSet<QString> ids;
    for (const Device &device : r.value)
        ids.insert(device.id);
    QCOMPARE(ids.size(), 1004);
    // In the service's order: compare with what the service lists at a few offsets.
    SandboxClient raw(t->caCertificate());
    for (int offset : { 0, 299, 300, 301, 700, 1003 }) {
        QUrl url = t->iruApiUrl();
        url.setPath(QStringLiteral("/api/v1/devices"));
        url.setQuery(QStringLiteral("limit=1&offset=%1").arg(offset));
        const HttpResult page = raw.get(url, { SandboxClient::bearer(token) });
        QCOMPARE(page.status, 200);
        QCOMPARE(r.value.at(offset).id,
                 page.json.array().at(0).toObject().value(u"device_id").toString());
    }
    // Every page once with limit=300: 0, 300, 600 and 900 (short: the end). Without a count the
    // client reads ahead; what was in flight when the short page came back (at most
    // pageConcurrency - 1 pages) is the only waste.
    QVERIFY2(!offsets.contains(-1), "a page without limit=300");
    QList<int> needed = offsets;
    needed.removeIf([](int offset) { return offset > 900; });
    std::sort(needed.begin(), needed.end());
    QCOMPARE(needed, (QList<int> { 0, 300, 600, 900 }));
    QVERIFY2(offsets.size() - needed.size() <= IruClient::pageConcurrency - 1,
             qPrintable(QString::number(offsets.size())));
}

void TestIruClient::blueprintPagesFromTheCount()
{
    auto *t
        = tenant(scenarioWith(QStringLiteral(R"({"generate":{"blueprints":650}})")), {}, 0, true);
    QVERIFY(t);
    QStringList queries;
    t->iru()->http().addGate([&queries](const sandbox::SandboxRequest &request) {
        if (request.path == QLatin1String("/api/v1/blueprints"))
            queries.append(request.query.toString());
        return std::optional<sandbox::SandboxResponse>();
    });
    auto c = client(t);
    Waiter<QList<Blueprint>> w;
    c->blueprints(this, w.callback());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.size(), 653);
    QCOMPARE(r.value.at(0).name, QStringLiteral("Macs"));
    QCOMPARE(r.value.at(3).name, QStringLiteral("Generated Blueprint 001"));
    QCOMPARE(r.value.at(652).name, QStringLiteral("Generated Blueprint 650"));
    // Exactly the pages the count calls for, nothing read ahead.
    queries.sort();
    QCOMPARE(
        queries,
        (QStringList { QStringLiteral("limit=300&offset=0"), QStringLiteral("limit=300&offset=300"),
                       QStringLiteral("limit=300&offset=600") }));
}

void TestIruClient::customProfilePages()
{
    auto *t = tenant(profilesScenario(305));
    QVERIFY(t);
    auto c = client(t);
    Waiter<QList<CustomProfile>> w;
    c->customProfiles(this, w.callback());
    const auto r = wait(w);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.size(), 305);
    for (int i : { 0, 1, 299, 300, 304 }) {
        QCOMPARE(r.value.at(i).name, QStringLiteral("Profile %1").arg(i));
        QCOMPARE(r.value.at(i).active, i % 2 == 0);
        QCOMPARE(r.value.at(i).mobileconfig, QStringLiteral("<plist>%1</plist>").arg(i).toUtf8());
        QCOMPARE(r.value.at(i).runsOnMac, true);
        QCOMPARE(r.value.at(i).runsOnIPhone, i % 3 == 0);
        QCOMPARE(r.value.at(i).runsOnIPad, false);
    }
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/library/custom-profiles"));
}

void TestIruClient::cancelStopsEveryPage()
{
    auto *t
        = tenant(scenarioWith(QStringLiteral(R"({"generate":{"devices":3000}})")), {}, 150, true);
    QVERIFY(t);
    int deviceRequests = 0;
    IruRequest request;
    t->iru()->http().addGate([&](const sandbox::SandboxRequest &r) {
        if (r.path == QLatin1String("/api/v1/devices") && ++deviceRequests == 3)
            request.cancel(); // pages 2 and 3 (of 10) are on their way
        return std::optional<sandbox::SandboxResponse>();
    });
    auto c = client(t);
    Waiter<QList<Device>> w;
    request = c->devices(this, w.callback());
    QTRY_VERIFY(deviceRequests >= 3);
    QVERIFY(!request.isRunning());
    // Longer than every page in flight needs (150 ms each): nothing more is sent or answered.
    // The first page and the pages sent with it (pageConcurrency) may arrive; no later one.
    QTest::qWait(800);
    QCOMPARE(w.calls, 0);
    QVERIFY2(deviceRequests <= 1 + IruClient::pageConcurrency,
             qPrintable(QString::number(deviceRequests)));
    const int settled = deviceRequests;
    QTest::qWait(400);
    QCOMPARE(deviceRequests, settled);
}

void TestIruClient::contextDestroyedMidList()
{
    auto *t = tenant(scenarioWith(QStringLiteral(R"({"generate":{"devices":3000}})")), {}, 150);
    QVERIFY(t);
    auto c = client(t);
    auto context = std::make_unique<QObject>();
    int calls = 0;
    const IruRequest request = c->devices(context.get(), [&calls](const auto &) { ++calls; });
    const quint64 before = t->iru()->http().requestCount();
    QTRY_VERIFY(t->iru()->http().requestCount() >= before + 2);
    context.reset();
    QVERIFY(!request.isRunning());
    QTest::qWait(600);
    QCOMPARE(calls, 0);
}

void TestIruClient::wrongTokenIs401()
{
    const QByteArray wrong = "00000000-0000-4000-8000-000000000000";
    auto c = client(tenant(QStringLiteral("ready")), wrong);
    Waiter<QList<Blueprint>> w;
    c->blueprints(this, w.callback());
    const auto r = wait(w);
    QVERIFY(!r.ok());
    QVERIFY(r.isUnauthorized());
    QVERIFY(!r.isForbidden());
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(r.error.serviceSummary, QStringLiteral("Invalid token."));
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/blueprints"));
    QVERIFY2(r.error.message.contains(QStringLiteral("Access → API tokens")),
             qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QStringLiteral("GET /api/v1/blueprints")));
    QVERIFY(!r.error.message.contains(QString::fromLatin1(wrong)));
    QVERIFY(!r.error.technical.contains(QString::fromLatin1(wrong)));
}

void TestIruClient::deniedPathIs403WithPermission()
{
    auto *t = tenant(scenarioWith(QStringLiteral(R"({"tokenDeniedPaths":["/api/v1/devices"]})")));
    QVERIFY(t);
    auto c = client(t);
    Waiter<QList<Device>> devices;
    c->devices(this, devices.callback());
    const auto r = wait(devices);
    QVERIFY(r.isForbidden());
    QCOMPARE(r.permission, QStringLiteral("Device list"));
    QCOMPARE(r.error.serviceSummary,
             QStringLiteral("You do not have permission to perform this action."));
    QVERIFY2(r.error.message.contains(QStringLiteral("Access → API tokens, choose Configure")),
             qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QStringLiteral("\"Device list\" (/api/v1/devices)")));
    // Other endpoints still answer.
    Waiter<QList<Blueprint>> blueprints;
    c->blueprints(this, blueprints.callback());
    QVERIFY(wait(blueprints).ok());
}

void TestIruClient::injected403PlainText()
{
    auto *t = tenant(QStringLiteral("ready"),
                     { QStringLiteral("status=403,path=^/api/v1/blueprints$") });
    QVERIFY(t);
    auto c = client(t);
    Waiter<QList<Blueprint>> w;
    c->blueprints(this, w.callback());
    const auto r = wait(w);
    QVERIFY(r.isForbidden());
    QCOMPARE(r.permission, QString()); // not documented: no invented name
    QCOMPARE(r.error.serviceSummary, QStringLiteral("Forbidden"));
    QVERIFY2(
        r.error.message.contains(QStringLiteral("allow the permission for /api/v1/blueprints")),
        qPrintable(r.error.message));
}

void TestIruClient::plainTextErrorBody()
{
    auto *t
        = tenant(QStringLiteral("ready"), { QStringLiteral("status=400,path=^/api/v1/devices$") });
    QVERIFY(t);
    auto c = client(t);
    Waiter<QList<Device>> w;
    c->devices(this, w.callback());
    const auto r = wait(w);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.serviceSummary, QStringLiteral("Bad Request"));
    QVERIFY2(r.error.message.contains(QStringLiteral("HTTP 400: Bad Request")),
             qPrintable(r.error.message));
}

void TestIruClient::htmlNotFoundShowsNoMarkup()
{
    auto c = client(tenant(QStringLiteral("ready")));
    Waiter<QList<DeviceLibraryItem>> w;
    c->deviceLibraryItems(QStringLiteral("no-such-device"), this, w.callback());
    const auto r = wait(w);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.httpStatus, 404);
    QVERIFY(r.error.serviceSummary.startsWith(QStringLiteral("Not Found")));
    QVERIFY2(!r.error.message.contains(QLatin1Char('<')), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QStringLiteral("API URL")));
    QCOMPARE(r.operation, QStringLiteral("GET /api/v1/devices/no-such-device/library-items"));
    QCOMPARE(r.value.size(), 0);
}

// 20,000 devices (67 pages) and 500 Blueprints: every page arrives, none is refused with a 429
// (the retry policy turns a 429 into a failure here).
void TestIruClient::largeTenantWithoutRateLimit()
{
    auto *t = tenant(QStringLiteral("large"));
    QVERIFY(t);
    auto c = client(t);
    Waiter<QList<Device>> devices;
    Waiter<QList<Blueprint>> blueprints;
    c->devices(this, devices.callback());
    c->blueprints(this, blueprints.callback());
    const auto d = wait(devices, 60000);
    QVERIFY2(d.ok(), qPrintable(d.error.message));
    QCOMPARE(d.value.size(), 20004);
    const auto b = wait(blueprints, 60000);
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(b.value.size(), 503);
}

ODT_TEST_GUILESS_MAIN(TestIruClient)
#include "tst_iruclient.moc"
