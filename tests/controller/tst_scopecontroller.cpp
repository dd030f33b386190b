#include "controller/scopecontroller.h"
#include "controller/session.h"
#include "iru/iruclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QSignalSpy>

using namespace odt;
using State = ScopeController::State;
using Selection = ScopeController::Selection;

namespace {
const QByteArray token = "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"; // ready.json's
const QString macs = QStringLiteral("b1a00000-0000-4000-8000-000000000001");
const QString mobile = QStringLiteral("b1a00000-0000-4000-8000-000000000002");
const QString pilotMap = QStringLiteral("b1a00000-0000-4000-8000-000000000003");

void connectTo(Session &session, sandbox::SandboxTenant *tenant)
{
    session.trustExtraCaCertificates({ tenant->caCertificate() });
    session.setIruClient(new iru::IruClient(session.http(), tenant->iruApiUrl(), token));
}
} // namespace

class TestScopeController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_ready.reset(); }
    void loadsBlueprintsWithPlatformCounts();
    void selection();
    void hintWithoutATestBlueprint();
    void failureNamesThePermission();
    void needsAConnection();
    void newTenantClearsTheScope();

private:
    std::unique_ptr<sandbox::SandboxTenant> m_ready;
};

void TestScopeController::initTestCase()
{
    QString error;
    m_ready = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(m_ready, qPrintable(error));
}

void TestScopeController::loadsBlueprintsWithPlatformCounts()
{
    Session session;
    connectTo(session, m_ready.get());
    ScopeController scope(&session);
    QSignalSpy progress(&scope, &ScopeController::progress);
    QSignalSpy rows(&scope, &ScopeController::rowsChanged);
    QCOMPARE(scope.state(), State::Idle);
    QCOMPARE(scope.hint(), QString());
    scope.load();
    QCOMPARE(scope.state(), State::Loading);
    QTRY_COMPARE(scope.state(), State::Loaded);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 2);

    const auto r = scope.rows();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0).name, QStringLiteral("Macs"));
    QCOMPARE(r.at(0).type, QStringLiteral("classic"));
    QCOMPARE(r.at(0).counts.macs, 1);
    QCOMPARE(r.at(0).counts.total(), 1);
    QCOMPARE(r.at(1).name, QStringLiteral("Mobile"));
    QCOMPARE(r.at(1).counts.iPhones, 1);
    QCOMPARE(r.at(1).counts.total(), 1);
    QCOMPARE(r.at(2).name, QStringLiteral("ODT Pilot"));
    QCOMPARE(r.at(2).type, QStringLiteral("map"));
    QCOMPARE(r.at(2).counts.macs, 1);
    QCOMPARE(r.at(2).counts.iPads, 1);
    QCOMPARE(r.at(2).counts.iPhones, 0);
    QVERIFY(r.at(2).looksLikeTest);
    QVERIFY(!r.at(0).looksLikeTest);
    for (const auto &row : r)
        QVERIFY(row.selected);

    QCOMPARE(scope.selection(), Selection::All);
    QCOMPARE(scope.selectedBlueprintIds(), (QStringList { macs, mobile, pilotMap }));
    QCOMPARE(session.blueprintScope(), (QStringList { macs, mobile, pilotMap }));
    QCOMPARE(session.iruInventory().devices.size(), 4);
    QCOMPARE(scope.inventory().devicesIn(pilotMap).size(), 2);
    QCOMPARE(scope.suggestedTestBlueprintId(), pilotMap);
    QCOMPARE(scope.hint(),
             QStringLiteral("Iru recommends turning on Okta Device Trust for a test Blueprint "
                            "first. \"ODT Pilot\" (2 device(s)) looks like one: start with it, "
                            "then add the others."));
    QVERIFY(scope.canProceed());
}

void TestScopeController::selection()
{
    Session session;
    connectTo(session, m_ready.get());
    ScopeController scope(&session);
    scope.load();
    QTRY_COMPARE(scope.state(), State::Loaded);
    QSignalSpy changed(&scope, &ScopeController::selectionChanged);
    QSignalSpy sessionScope(&session, &Session::blueprintScopeChanged);

    scope.setSelected(mobile, false);
    QCOMPARE(scope.selection(), Selection::Chosen);
    QCOMPARE(scope.selectedBlueprintIds(), (QStringList { macs, pilotMap }));
    QCOMPARE(scope.rows().at(1).selected, false);
    QCOMPARE(scope.selectedCounts().macs, 2);
    QCOMPARE(scope.selectedCounts().iPhones, 0);
    QCOMPARE(scope.selectedCounts().iPads, 1);
    QCOMPARE(session.blueprintScope(), (QStringList { macs, pilotMap }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sessionScope.count(), 1);

    scope.setSelectedIds({ pilotMap, QStringLiteral("no-such-blueprint") });
    QCOMPARE(scope.selectedBlueprintIds(), (QStringList { pilotMap }));
    scope.setSelected(pilotMap, false);
    QCOMPARE(scope.selectedBlueprintIds(), QStringList());
    QVERIFY(!scope.canProceed());
    scope.setSelected(macs, true);
    QCOMPARE(scope.selectedBlueprintIds(), (QStringList { macs }));

    scope.selectAll();
    QCOMPARE(scope.selection(), Selection::All);
    QCOMPARE(scope.selectedBlueprintIds(), (QStringList { macs, mobile, pilotMap }));
    QCOMPARE(scope.selectedCounts().total(), 4);
    QCOMPARE(changed.count(), 5);
}

void TestScopeController::hintWithoutATestBlueprint()
{
    QString error;
    auto tenant = startSandbox(
        QStringLiteral(
            R"({"name":"t","extends":"ready","patch":[{"op":"replace","path":"/iru/blueprints/2/name","value":"Field Macs"}]})"),
        &error);
    QVERIFY2(tenant, qPrintable(error));
    Session session;
    connectTo(session, tenant.get());
    ScopeController scope(&session);
    scope.load();
    QTRY_COMPARE(scope.state(), State::Loaded);
    QCOMPARE(scope.suggestedTestBlueprintId(), macs); // fewest devices, first in order
    QCOMPARE(scope.hint(),
             QStringLiteral("Iru recommends turning on Okta Device Trust for a test Blueprint "
                            "first. No Blueprint is named like a test one; \"Macs\" has the "
                            "fewest devices (1)."));
}

void TestScopeController::failureNamesThePermission()
{
    QString error;
    auto tenant = startSandbox(
        QStringLiteral(
            R"({"name":"t","extends":"ready","iru":{"tokenDeniedPaths":["/api/v1/devices"]}})"),
        &error);
    QVERIFY2(tenant, qPrintable(error));
    Session session;
    connectTo(session, tenant.get());
    ScopeController scope(&session);
    scope.load();
    QTRY_COMPARE(scope.state(), State::Failed);
    QCOMPARE(scope.error().operation, QStringLiteral("GET /api/v1/devices"));
    QCOMPARE(scope.error().permission, QStringLiteral("Device list"));
    QVERIFY(scope.error().isForbidden());
    QVERIFY2(scope.errorMessage().contains(u"\"Device list\" (/api/v1/devices)"),
             qPrintable(scope.errorMessage()));
    QVERIFY(!scope.canProceed());
    QCOMPARE(scope.rows().size(), 0);
}

void TestScopeController::needsAConnection()
{
    Session session;
    ScopeController scope(&session);
    scope.load();
    QCOMPARE(scope.state(), State::Failed);
    QCOMPARE(scope.errorMessage(), QStringLiteral("Connect to the Iru Endpoint tenant first."));
}

void TestScopeController::newTenantClearsTheScope()
{
    Session session;
    connectTo(session, m_ready.get());
    ScopeController scope(&session);
    scope.load();
    QTRY_COMPARE(scope.state(), State::Loaded);
    scope.setSelectedIds({ pilotMap });
    QCOMPARE(session.blueprintScope(), QStringList { pilotMap });
    session.setIruClient(nullptr);
    QCOMPARE(scope.state(), State::Idle);
    QCOMPARE(scope.rows().size(), 0);
    QCOMPARE(scope.selection(), Selection::All);
    QCOMPARE(session.blueprintScope(), QStringList());
    QCOMPARE(session.iruInventory().blueprints.size(), 0);
}

ODT_TEST_GUILESS_MAIN(TestScopeController)
#include "tst_scopecontroller.moc"
