// The Iru Endpoint readiness checks against the sandbox tenant: each scenario (and fault) gives a
// status per check and per Blueprint, the shared gatherer reads every item list once, and no
// failure ever passes silently.
#include "iru/checks/iruchecks.h"
#include "iru/inventory.h"
#include "iru/iruclient.h"
#include "net/httpclient.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <map>
#include <memory>

using namespace odt;
using namespace odt::iru;
using namespace Qt::StringLiterals;

namespace {

const QByteArray token = "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"; // ready.json's sandbox token
const QString macsId = u"b1a00000-0000-4000-8000-000000000001"_s;
const QString mobileId = u"b1a00000-0000-4000-8000-000000000002"_s;
const QString pilotId = u"b1a00000-0000-4000-8000-000000000003"_s;
const QStringList allThree { macsId, mobileId, pilotId };

QString variant(const QString &extra)
{
    return u"{\"name\":\"variant\",\"extends\":\"ready\",%1}"_s.arg(extra);
}

// What one run of every check gave, and what it cost.
struct Run
{
    QHash<QString, CheckResult> results;
    QStringList reads; // "GET /api/v1/…" of the checks' requests, in order sent
};

// "Macs:fail" per Blueprint (worst finding), in finding order.
QStringList perBlueprint(const CheckResult &result)
{
    QStringList order;
    QHash<QString, QList<CheckStatus>> statuses;
    for (const Finding &f : result.findings) {
        if (!order.contains(f.subject))
            order.append(f.subject);
        statuses[f.subject].append(f.status);
    }
    QStringList out;
    for (const QString &subject : order)
        out.append(subject + u':' + statusKey(worstStatus(statuses.value(subject))));
    return out;
}

} // namespace

class TestIruChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void readsEachListOnce();
    void wrongTokenIsAnErrorEverywhere();
    void manualOdtNamesTheProfiles();
    void largeTenantStaysWithinBudget();
    void gathererOutlivesAnyOneCheck();
    void closedConnectionIsAnError();
    void cleanupTestCase() { m_tenants.clear(); }

private:
    sandbox::SandboxTenant *tenant(const QString &scenario);
    std::optional<Inventory> loadInventory(IruClient *client);
    Run run(const QString &scenario, const QStringList &scope, const QByteArray &checksToken,
            const SamplingPolicy &policy = {});

    std::map<QString, std::unique_ptr<sandbox::SandboxTenant>> m_tenants;
    std::map<QString, Run> m_runs;
    QNetworkAccessManager m_manager;
    net::HttpClient m_http { &m_manager };
    QStringList *m_reads = nullptr;
};

sandbox::SandboxTenant *TestIruChecks::tenant(const QString &scenario)
{
    auto &slot = m_tenants[scenario];
    if (!slot) {
        QString error;
        slot = startSandbox(scenario, &error);
        if (!slot)
            qWarning() << "sandbox:" << error;
        else
            m_http.setExtraCaCertificates(m_http.extraCaCertificates() << slot->caCertificate());
    }
    return slot.get();
}

std::optional<Inventory> TestIruChecks::loadInventory(IruClient *client)
{
    InventoryLoader loader(client);
    QSignalSpy finished(&loader, &InventoryLoader::finished);
    QSignalSpy failed(&loader, &InventoryLoader::failed);
    loader.start();
    if (!finished.wait(60000) || !failed.isEmpty())
        return std::nullopt;
    return finished.first().first().value<Inventory>();
}

Run TestIruChecks::run(const QString &scenario, const QStringList &scope,
                       const QByteArray &checksToken, const SamplingPolicy &policy)
{
    Run result;
    sandbox::SandboxTenant *t = tenant(scenario);
    if (!t)
        return result;
    IruClient inventoryClient(&m_http, t->iruApiUrl(), token);
    const std::optional<Inventory> inventory = loadInventory(&inventoryClient);
    if (!inventory) {
        qWarning() << "inventory did not load";
        return result;
    }
    IruClient client(&m_http, t->iruApiUrl(), checksToken);
    const QString host = t->iruApiUrl().host();
    const int port = t->iruApiUrl().port();
    m_http.setTraceSink([&result, host, port](const net::RequestTrace &trace) {
        if (trace.url.host() == host && trace.url.port() == port)
            result.reads.append(QString::fromLatin1(trace.method) + u' ' + trace.url.path());
    });
    const QList<Check *> checks = makeIruChecks(&client, *inventory, scope, policy);
    std::vector<std::unique_ptr<Check>> owned(checks.begin(), checks.end());
    for (Check *check : checks) {
        QObject::connect(check, &Check::finished, check,
                         [&result](const CheckResult &r) { result.results.insert(r.id, r); });
        check->start();
    }
    if (!QTest::qWaitFor([&] { return result.results.size() == checks.size(); }, 120000))
        qWarning() << "checks did not finish:" << result.results.keys();
    m_http.setTraceSink({});
    return result;
}

void TestIruChecks::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("check");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QStringList>("blueprints");

    const QString books = checkid::appsAndBooks;
    const QString mac = checkid::macAutoApp;
    const QString ios = checkid::iosAppStoreApp;
    const QString conditions = checkid::platformConditions;
    const QString manual = checkid::manualOdt;
    const auto pass = CheckStatus::Pass;
    const auto warn = CheckStatus::Warn;
    const auto fail = CheckStatus::Fail;
    const auto error = CheckStatus::Error;

    struct Row
    {
        const char *name;
        QString scenario;
        QStringList scope;
        QString check;
        CheckStatus status;
        QStringList blueprints;
    };
    const QList<Row> rows {
        // ready: every Blueprint has what its platforms need.
        { "ready books",
          u"ready"_s,
          allThree,
          books,
          pass,
          { u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        { "ready mac",
          u"ready"_s,
          allThree,
          mac,
          pass,
          { u"Macs:pass"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "ready ios",
          u"ready"_s,
          allThree,
          ios,
          pass,
          { u"Macs:skipped"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        { "ready conditions",
          u"ready"_s,
          allThree,
          conditions,
          pass,
          { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        { "ready manual",
          u"ready"_s,
          allThree,
          manual,
          pass,
          { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        // okta-verify-missing: the classic Blueprints lost their Okta Verify items.
        { "missing books",
          u"okta-verify-missing"_s,
          allThree,
          books,
          pass,
          { u"ODT Pilot:pass"_s } },
        { "missing books, classic only",
          u"okta-verify-missing"_s,
          { macsId, mobileId },
          books,
          warn,
          { u"Macs:warn"_s, u"Mobile:warn"_s } },
        { "missing mac",
          u"okta-verify-missing"_s,
          allThree,
          mac,
          fail,
          { u"Macs:fail"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "missing ios",
          u"okta-verify-missing"_s,
          allThree,
          ios,
          fail,
          { u"Macs:skipped"_s, u"Mobile:fail"_s, u"ODT Pilot:pass"_s } },
        { "missing conditions",
          u"okta-verify-missing"_s,
          allThree,
          conditions,
          pass,
          { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        { "missing manual",
          u"okta-verify-missing"_s,
          allThree,
          manual,
          pass,
          { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        // mixed-classic-blueprint: an iPhone in the classic Macs Blueprint.
        { "mixed books",
          u"mixed-classic-blueprint"_s,
          allThree,
          books,
          pass,
          { u"ODT Pilot:pass"_s } },
        { "mixed mac",
          u"mixed-classic-blueprint"_s,
          allThree,
          mac,
          pass,
          { u"Macs:pass"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "mixed ios",
          u"mixed-classic-blueprint"_s,
          allThree,
          ios,
          fail,
          { u"Macs:fail"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "mixed conditions",
          u"mixed-classic-blueprint"_s,
          allThree,
          conditions,
          warn,
          { u"Macs:warn"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "mixed manual",
          u"mixed-classic-blueprint"_s,
          allThree,
          manual,
          pass,
          { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        // manual-odt-present: two attestation profiles on the Macs Blueprint.
        { "manual books",
          u"manual-odt-present"_s,
          allThree,
          books,
          pass,
          { u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        { "manual mac",
          u"manual-odt-present"_s,
          allThree,
          mac,
          pass,
          { u"Macs:pass"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "manual manual",
          u"manual-odt-present"_s,
          allThree,
          manual,
          warn,
          { u"Macs:warn"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
        { "manual manual, pilot only",
          u"manual-odt-present"_s,
          { pilotId },
          manual,
          pass,
          { u"ODT Pilot:pass"_s } },
        // okta-verify-package: the downloadable package instead of the Auto App.
        { "package mac",
          u"okta-verify-package"_s,
          allThree,
          mac,
          fail,
          { u"Macs:fail"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s } },
        { "package conditions",
          u"okta-verify-package"_s,
          allThree,
          conditions,
          pass,
          { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s } },
    };
    for (const Row &row : rows)
        QTest::newRow(row.name) << row.scenario << row.scope << row.check << row.status
                                << row.blueprints;

    // Faults: a read that fails is an Error for what needs it, never a pass.
    const QString deniedDevices
        = variant(u"\"iru\":{\"tokenDeniedPaths\":[\"/api/v1/devices/\"]}"_s);
    for (const QString &check : { books, mac, ios, conditions }) {
        const QStringList blueprints = check == books
            ? QStringList { u"Macs:error"_s, u"Mobile:error"_s, u"ODT Pilot:error"_s }
            : check == mac
            ? QStringList { u"Macs:error"_s, u"Mobile:skipped"_s, u"ODT Pilot:error"_s }
            : check == ios
            ? QStringList { u"Macs:skipped"_s, u"Mobile:error"_s, u"ODT Pilot:error"_s }
            : QStringList { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:error"_s };
        QTest::newRow(qPrintable(u"403 device items "_s + check))
            << deniedDevices << allThree << check << error << blueprints;
    }
    QTest::newRow("403 device items manual")
        << deniedDevices << allThree << manual << pass
        << QStringList { u"Macs:pass"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s };
    const QString profiles500
        = variant(u"\"faults\":{\"rules\":[{\"kind\":\"status\",\"status\":500,"
                  "\"path\":\"^/api/v1/library/custom-profiles\"}]}"_s);
    QTest::newRow("500 custom profiles manual")
        << profiles500 << allThree << manual << error << QStringList {};
    QTest::newRow("500 custom profiles mac")
        << profiles500 << allThree << mac << pass
        << QStringList { u"Macs:pass"_s, u"Mobile:skipped"_s, u"ODT Pilot:pass"_s };
    const QString lists503 = variant(u"\"faults\":{\"rules\":[{\"kind\":\"status\",\"status\":503,"
                                     "\"path\":\"/list-library-items\"}]}"_s);
    // Device reports alone settle the item checks; the profile check needs the lists.
    QTest::newRow("503 Blueprint lists ios")
        << lists503 << allThree << ios << pass
        << QStringList { u"Macs:skipped"_s, u"Mobile:pass"_s, u"ODT Pilot:pass"_s };
    QTest::newRow("503 Blueprint lists manual")
        << lists503 << allThree << manual << error
        << QStringList { u"Macs:error"_s, u"Mobile:error"_s, u"ODT Pilot:error"_s };
}

void TestIruChecks::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, scope);
    QFETCH(QString, check);
    QFETCH(CheckStatus, status);
    QFETCH(QStringList, blueprints);

    const QString key = scenario + u'|' + scope.join(u',');
    if (!m_runs.count(key)) {
        m_runs[key] = run(scenario, scope, token);
    }
    const Run &r = m_runs[key];
    QVERIFY2(r.results.contains(check), qPrintable(key));
    const CheckResult result = r.results.value(check);
    QCOMPARE(result.id, check);
    QVERIFY2(
        result.status == status,
        qPrintable(u"%1 (%2): %3"_s.arg(statusKey(result.status), result.title, result.detail)));
    QCOMPARE(perBlueprint(result), blueprints);
    for (const Finding &f : result.findings) {
        QVERIFY(!f.subjectId.isEmpty());
        QVERIFY(!f.detail.isEmpty());
    }
    if (status == CheckStatus::Error) {
        // The failed operation is named, and the admin is told what to do.
        QVERIFY2(result.detail.contains(u"GET /api/v1/"_s), qPrintable(result.detail));
        QVERIFY(!result.remediation.isEmpty());
        QVERIFY(result.confirmationPrompt.isEmpty());
    }
    if (check != checkid::manualOdt && !result.findings.isEmpty())
        QVERIFY2(
            result.evidence.value(0).startsWith(u"Sampling: up to 3 device(s) per Blueprint"_s),
            qPrintable(result.evidence.value(0)));
}

void TestIruChecks::readsEachListOnce()
{
    const Run r = run(u"ready"_s, allThree, token);
    QCOMPARE(r.results.size(), 5);
    QStringList sorted = r.reads;
    sorted.sort();
    // Five checks, one read each: 3 Blueprint lists, the 4 devices (fewer than 3 per Blueprint
    // and platform in ready) and the custom profiles.
    QCOMPARE(
        sorted,
        (QStringList {
            u"GET /api/v1/blueprints/b1a00000-0000-4000-8000-000000000001/list-library-items"_s,
            u"GET /api/v1/blueprints/b1a00000-0000-4000-8000-000000000002/list-library-items"_s,
            u"GET /api/v1/blueprints/b1a00000-0000-4000-8000-000000000003/list-library-items"_s,
            u"GET /api/v1/devices/d0000000-0000-4000-8000-000000000101/library-items"_s,
            u"GET /api/v1/devices/d0000000-0000-4000-8000-000000000102/library-items"_s,
            u"GET /api/v1/devices/d0000000-0000-4000-8000-000000000103/library-items"_s,
            u"GET /api/v1/devices/d0000000-0000-4000-8000-000000000104/library-items"_s,
            u"GET /api/v1/library/custom-profiles"_s,
        }));
    const CheckResult mac = r.results.value(checkid::macAutoApp);
    QVERIFY(mac.evidence.contains(
        u"GET /api/v1/devices/d0000000-0000-4000-8000-000000000101/library-items (Sam's MacBook "
        "Pro, Mac, Macs): 2a6d8e0c-0001-4000-8000-00000000a002 automatic-app PASS"_s));
    QCOMPARE(mac.confidence, Confidence::Verified);
}

void TestIruChecks::wrongTokenIsAnErrorEverywhere()
{
    const Run r = run(u"ready"_s, allThree, "00000000-0000-4000-8000-000000000000");
    QCOMPARE(r.results.size(), 5);
    for (const CheckResult &result : r.results) {
        QVERIFY2(result.status == CheckStatus::Error, qPrintable(result.id));
        QVERIFY2(result.detail.contains(u"(HTTP 401)"_s), qPrintable(result.detail));
        QVERIFY2(result.remediation.contains(u"Access → API tokens → Add Token"_s),
                 qPrintable(result.remediation));
        QVERIFY(result.confirmationPrompt.isEmpty());
    }
}

void TestIruChecks::manualOdtNamesTheProfiles()
{
    const Run r = run(u"manual-odt-present"_s, allThree, token);
    const CheckResult manual = r.results.value(checkid::manualOdt);
    QCOMPARE(manual.status, CheckStatus::Warn);
    QStringList macs;
    for (const Finding &f : manual.findings) {
        if (f.subjectId == macsId) {
            QCOMPARE(f.status, CheckStatus::Warn);
            QCOMPARE(f.confidence, Confidence::Verified);
            macs.append(f.detail);
        }
    }
    QCOMPARE(macs.size(), 2);
    QVERIFY2(macs.at(0).startsWith(u"The active custom profile “Okta Device Attestation SCEP” "
                                   "(c0000000-0000-4000-8000-00000000c001)"_s),
             qPrintable(macs.at(0)));
    QVERIFY(macs.at(0).contains(u"Okta SCEP certificate for management attestation"_s));
    QVERIFY(macs.at(1).contains(u"Okta Verify managed settings"_s));
    QVERIFY(macs.at(1).contains(u"Okta Verify SSO extension"_s));
    QVERIFY(!manual.detail.contains(u"Office Wi-Fi"_s));
    QVERIFY(
        manual.remediation.contains(u"the wizard offers to set them inactive or remove them"_s));
    QCOMPARE(manual.findings.at(0).platforms, QStringList { u"Mac"_s });
}

void TestIruChecks::largeTenantStaysWithinBudget()
{
    // 20 of the large tenant's generated Blueprints (every kind twice), sampled at most twice per
    // platform: the reads stay bounded whatever the device count.
    sandbox::SandboxTenant *t = tenant(u"large"_s);
    QVERIFY(t);
    QStringList scope;
    for (int i = 0; i < 20; ++i)
        scope.append(u"b9e00000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')));
    SamplingPolicy policy;
    policy.perPlatform = 2;
    const Run r = run(u"large"_s, scope, token, policy);
    QCOMPARE(r.results.size(), 5);
    int deviceReads = 0;
    for (const QString &read : r.reads)
        deviceReads += read.startsWith(u"GET /api/v1/devices/"_s) ? 1 : 0;
    // Kinds 0, 1, 2, 8: Macs only; 3, 4: iPhones and iPads; 5, 6, 7: Macs and iPhones; 9 (a map):
    // all three. Two devices per platform, each kind twice.
    QCOMPARE(deviceReads, 2 * 2 * (4 * 1 + 5 * 2 + 1 * 3));
    QCOMPARE(r.reads.size(), deviceReads + 20 + 1);
    const CheckResult mac = r.results.value(checkid::macAutoApp);
    // "Macs without Okta Verify" (kind 8) fails, "Macs" (kind 0) passes or waits on PENDING.
    QCOMPARE(mac.status, CheckStatus::Fail);
    QVERIFY(perBlueprint(mac).contains(u"Generated Blueprint 009:fail"_s));
    QCOMPARE(r.results.value(checkid::platformConditions).status, CheckStatus::Warn);
    QVERIFY(perBlueprint(r.results.value(checkid::platformConditions))
                .contains(u"Generated Blueprint 006:warn"_s));
}

void TestIruChecks::gathererOutlivesAnyOneCheck()
{
    // CheckRunner reparents checks and callers delete them in any order: the shared reads must
    // survive the check that started them.
    sandbox::SandboxTenant *t = tenant(u"ready"_s);
    QVERIFY(t);
    IruClient client(&m_http, t->iruApiUrl(), token);
    const std::optional<Inventory> inventory = loadInventory(&client);
    QVERIFY(inventory);
    QList<Check *> checks = makeIruChecks(&client, *inventory, allThree);
    QStringList finished;
    for (Check *check : checks) {
        QObject::connect(check, &Check::finished,
                         [&finished](const CheckResult &r) { finished.append(r.id); });
        check->start();
    }
    delete checks.takeFirst(); // appsAndBooks, the first to ask for the reads
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
    QCOMPARE(finished.contains(checkid::appsAndBooks), false);
    qDeleteAll(checks);

    // A check started after the reads are done answers from them, without reading again.
    QStringList reads;
    m_http.setTraceSink(
        [&reads](const net::RequestTrace &trace) { reads.append(trace.url.path()); });
    checks = makeIruChecks(&client, *inventory, allThree);
    QSignalSpy first(checks.at(1), &Check::finished);
    checks.at(1)->start();
    QVERIFY(first.wait(30000));
    const qsizetype afterFirst = reads.size();
    QSignalSpy second(checks.at(2), &Check::finished);
    checks.at(2)->start();
    QVERIFY(second.wait(30000));
    QCOMPARE(reads.size(), afterFirst);
    QCOMPARE(second.first().first().value<CheckResult>().status, CheckStatus::Pass);
    qDeleteAll(checks);
    m_http.setTraceSink({});
}

void TestIruChecks::closedConnectionIsAnError()
{
    sandbox::SandboxTenant *t = tenant(u"ready"_s);
    QVERIFY(t);
    IruClient client(&m_http, t->iruApiUrl(), token);
    const std::optional<Inventory> inventory = loadInventory(&client);
    QVERIFY(inventory);
    auto closing = std::make_unique<IruClient>(&m_http, t->iruApiUrl(), token);
    const QList<Check *> checks = makeIruChecks(closing.get(), *inventory, allThree);
    std::vector<std::unique_ptr<Check>> owned(checks.begin(), checks.end());
    closing.reset();
    QList<CheckResult> results;
    for (Check *check : checks) {
        QObject::connect(check, &Check::finished,
                         [&results](const CheckResult &r) { results.append(r); });
        check->start();
    }
    QCOMPARE(results.size(), 0); // never inside start()
    QTRY_COMPARE(results.size(), checks.size());
    for (const CheckResult &r : std::as_const(results)) {
        QVERIFY2(r.status == CheckStatus::Error, qPrintable(r.id));
        QVERIFY2(r.detail.contains(u"The Iru Endpoint connection was closed before the read."_s),
                 qPrintable(r.detail));
    }
}

ODT_TEST_GUILESS_MAIN(TestIruChecks)
#include "tst_iruchecks.moc"
