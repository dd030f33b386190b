// IruReadinessController against the sandbox: every Iru check at once over the scope the
// ScopeController loaded, results recorded as they arrive, a new run when the scope or the tenant
// changes, and the Apps and Books confirmation.
#include "controller/irureadinesscontroller.h"
#include "controller/scopecontroller.h"
#include "controller/session.h"
#include "iru/checks/readiness.h"
#include "iru/iruclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QSignalSpy>

using namespace odt;
using State = IruReadinessController::State;

namespace {

const QByteArray token = "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"; // ready.json's
const QString macs = QStringLiteral("b1a00000-0000-4000-8000-000000000001");
const QString mobile = QStringLiteral("b1a00000-0000-4000-8000-000000000002");
const QString pilot = QStringLiteral("b1a00000-0000-4000-8000-000000000003");
const QStringList iruCheckIds { iru::checkid::appsAndBooks, iru::checkid::macAutoApp,
                                iru::checkid::iosAppStoreApp, iru::checkid::platformConditions,
                                iru::checkid::manualOdt };

// "Macs (Mac): fail" per finding, in order.
QStringList findingsOf(const CheckResult &result)
{
    QStringList out;
    for (const Finding &finding : result.findings)
        out.append(
            QStringLiteral("%1 (%2): %3")
                .arg(finding.subject, finding.platforms.join(u','), statusKey(finding.status)));
    return out;
}

} // namespace

class TestIruReadinessController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void needsConnectionAndScope();
    void readyTenantPasses();
    void missingOktaVerifyFailsPerBlueprint();
    void scopeChangeRunsAgain();
    void confirmAppsAndBooks();
    void newTenantAbandonsTheRun();
    void consoleUrlAndPlaceholders();

private:
    struct Fixture
    {
        Session session;
        std::unique_ptr<sandbox::SandboxTenant> tenant;
        std::unique_ptr<ScopeController> scope;
        std::unique_ptr<IruReadinessController> controller;
    };
    // Connected and scope loaded (all Blueprints), nothing run yet.
    static std::unique_ptr<Fixture> open(const QString &scenario);
    static void connectTenant(Fixture *f)
    {
        f->session.setIruClient(
            new iru::IruClient(f->session.http(), f->tenant->iruApiUrl(), token));
    }
};

std::unique_ptr<TestIruReadinessController::Fixture>
TestIruReadinessController::open(const QString &scenario)
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = startSandbox(scenario, &error);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    f->scope = std::make_unique<ScopeController>(&f->session);
    f->controller = std::make_unique<IruReadinessController>(&f->session, f->scope.get());
    connectTenant(f.get());
    f->scope->load();
    if (!QTest::qWaitFor([&] { return f->scope->state() == ScopeController::State::Loaded; },
                         20000))
        qFatal("the scope did not load");
    return f;
}

void TestIruReadinessController::needsConnectionAndScope()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    Session session;
    session.trustExtraCaCertificates({ tenant->caCertificate() });
    ScopeController scope(&session);
    IruReadinessController c(&session, &scope);
    QCOMPARE(c.state(), State::NoCredential);
    c.runIfNeeded();
    c.recheck();
    QCOMPARE(c.state(), State::NoCredential);
    QVERIFY(c.checkIds().isEmpty());
    QCOMPARE(c.scopeSummary(), QString());

    // Connected, but the Blueprints are not loaded yet: still nothing to run.
    session.setIruClient(new iru::IruClient(session.http(), tenant->iruApiUrl(), token));
    QCOMPARE(c.state(), State::NoCredential);
    scope.load();
    QTRY_COMPARE_WITH_TIMEOUT(scope.state(), ScopeController::State::Loaded, 20000);
    QCOMPARE(c.state(), State::Idle);
    QCOMPARE(c.scopeSummary(),
             QStringLiteral("Blueprints in scope: 3 (Macs: 2, iPhones: 1, iPads: 1)."));
    // Nothing ticked: nothing to run.
    scope.setSelectedIds({});
    QCOMPARE(c.state(), State::NoCredential);
    scope.setSelectedIds({ mobile });
    QCOMPARE(c.state(), State::Idle);
    QCOMPARE(c.scopeSummary(), QStringLiteral("Blueprints in scope: 1 (iPhones: 1)."));
}

void TestIruReadinessController::readyTenantPasses()
{
    auto f = open(QStringLiteral("ready"));
    IruReadinessController *c = f->controller.get();
    QCOMPARE(c->state(), State::Idle);
    QSignalSpy changed(c, &IruReadinessController::resultChanged);
    QSignalSpy resets(c, &IruReadinessController::checksReset);
    c->runIfNeeded();
    QCOMPARE(c->state(), State::Running);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(c->checkIds(), iruCheckIds);
    QCOMPARE(c->pendingCount(), 5);
    QCOMPARE(c->result(iru::checkid::macAutoApp).title,
             QStringLiteral("Okta Verify Auto App on Macs"));
    QCOMPARE(c->result(iru::checkid::macAutoApp).detail, QStringLiteral("Checking…"));
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    QCOMPARE(changed.size(), 5);
    QCOMPARE(c->pendingCount(), 0);
    for (const QString &id : iruCheckIds) {
        const CheckResult *recorded = f->session.report().find(id);
        QVERIFY2(recorded, qPrintable(id));
        QCOMPARE(recorded->status, CheckStatus::Pass);
        QCOMPARE(c->result(id).title, recorded->title);
    }
    QCOMPARE(c->countWith(CheckStatus::Pass), 5);
    QCOMPARE(findingsOf(c->result(iru::checkid::macAutoApp)),
             (QStringList { u"Macs (Mac): pass"_qs, u"Mobile (Mac): skipped"_qs,
                            u"ODT Pilot (Mac): pass"_qs }));
    // Ran once for this scope: entering the page again does not re-run.
    c->runIfNeeded();
    QCOMPARE(c->state(), State::Finished);
    QCOMPARE(resets.size(), 1);
}

void TestIruReadinessController::missingOktaVerifyFailsPerBlueprint()
{
    auto f = open(QStringLiteral("okta-verify-missing"));
    IruReadinessController *c = f->controller.get();
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    const CheckResult mac = c->result(iru::checkid::macAutoApp);
    QCOMPARE(mac.status, CheckStatus::Fail);
    QCOMPARE(findingsOf(mac),
             (QStringList { u"Macs (Mac): fail"_qs, u"Mobile (Mac): skipped"_qs,
                            u"ODT Pilot (Mac): pass"_qs }));
    QVERIFY(!mac.remediation.isEmpty());
    const CheckResult ios = c->result(iru::checkid::iosAppStoreApp);
    QCOMPARE(ios.status, CheckStatus::Fail);
    // Per platform: the Mobile Blueprint's iPhone lacks the app; it has no iPad to check.
    QCOMPARE(findingsOf(ios),
             (QStringList { u"Macs (iPhone,iPad): skipped"_qs, u"Mobile (iPhone): fail"_qs,
                            u"Mobile (iPad): skipped"_qs, u"ODT Pilot (iPad): pass"_qs,
                            u"ODT Pilot (iPhone): skipped"_qs }));
    QCOMPARE(c->countWith(CheckStatus::Fail), 2);
    QCOMPARE(c->countWith(CheckStatus::Pass), 3);
    QCOMPARE(f->session.report().blockers(), 2);
}

void TestIruReadinessController::scopeChangeRunsAgain()
{
    auto f = open(QStringLiteral("okta-verify-missing"));
    IruReadinessController *c = f->controller.get();
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    QCOMPARE(c->result(iru::checkid::macAutoApp).status, CheckStatus::Fail);

    // Only the pilot Blueprint, which has everything: the next visit runs for it alone.
    f->scope->setSelectedIds({ pilot });
    QCOMPARE(c->state(), State::Idle);
    c->runIfNeeded();
    QCOMPARE(c->state(), State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    const CheckResult mac = c->result(iru::checkid::macAutoApp);
    QCOMPARE(mac.status, CheckStatus::Pass);
    QCOMPARE(findingsOf(mac), QStringList { u"ODT Pilot (Mac): pass"_qs });
    // The session's report follows the new scope: re-recorded, not added twice.
    QCOMPARE(f->session.report().find(iru::checkid::macAutoApp)->status, CheckStatus::Pass);
    QCOMPARE(f->session.report().checks().size(), 5);
    QCOMPARE(f->session.report().blockers(), 0);
}

void TestIruReadinessController::confirmAppsAndBooks()
{
    auto f = open(QStringLiteral("okta-verify-missing"));
    IruReadinessController *c = f->controller.get();
    // The classic Blueprints' devices report no App Store Okta Verify: Apps and Books is only
    // inferred there, with a confirmation to give.
    f->scope->setSelectedIds({ macs, mobile });
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    const QString id = iru::checkid::appsAndBooks;
    const CheckResult before = c->result(id);
    QCOMPARE(before.status, CheckStatus::Warn);
    QCOMPARE(before.confidence, Confidence::Inferred);
    QVERIFY(!before.confirmationPrompt.isEmpty());
    QCOMPARE(findingsOf(before),
             (QStringList { u"Macs (Mac): warn"_qs, u"Mobile (iPhone): warn"_qs }));

    QSignalSpy changed(c, &IruReadinessController::resultChanged);
    c->confirm(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), id);
    const CheckResult after = c->result(id);
    QCOMPARE(after.status, CheckStatus::Pass);
    QCOMPARE(after.confidence, Confidence::Confirmed);
    QCOMPARE(findingsOf(after),
             (QStringList { u"Macs (Mac): pass"_qs, u"Mobile (iPhone): pass"_qs }));
    QCOMPARE(after.findings.first().confidence, Confidence::Confirmed);

    // A re-check keeps it.
    c->recheck();
    QCOMPARE(c->state(), State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    QCOMPARE(c->result(id).confidence, Confidence::Confirmed);
}

void TestIruReadinessController::newTenantAbandonsTheRun()
{
    auto f = open(QStringLiteral("ready"));
    IruReadinessController *c = f->controller.get();
    QSignalSpy states(c, &IruReadinessController::stateChanged);
    c->runIfNeeded();
    QCOMPARE(c->state(), State::Running);
    // Another tenant mid-run: its scope is not loaded yet, so nothing can run.
    connectTenant(f.get());
    QCOMPARE(c->state(), State::NoCredential);
    QTest::qWait(300); // nothing of the abandoned run may arrive, nor crash on the old client
    for (const QString &id : iruCheckIds)
        QVERIFY2(!f->session.report().find(id), qPrintable(id));
    QCOMPARE(c->result(iru::checkid::manualOdt).detail,
             QStringLiteral("Not checked: connect to Iru Endpoint and choose the Blueprints to "
                            "run this check."));
    int finished = 0;
    for (const auto &args : std::as_const(states))
        finished += args.at(0).value<State>() == State::Finished ? 1 : 0;
    QCOMPARE(finished, 0);

    f->scope->load();
    QTRY_COMPARE_WITH_TIMEOUT(f->scope->state(), ScopeController::State::Loaded, 20000);
    QCOMPARE(c->state(), State::Idle);
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    QCOMPARE(c->countWith(CheckStatus::Pass), 5);
}

void TestIruReadinessController::consoleUrlAndPlaceholders()
{
    Session session;
    ScopeController scope(&session);
    IruReadinessController c(&session, &scope);
    QCOMPARE(c.consoleUrl(), QUrl());
    session.setIruClient(new iru::IruClient(
        session.http(), QUrl(QStringLiteral("https://acme.api.eu.kandji.io")), token));
    QCOMPARE(c.consoleUrl(), QUrl(QStringLiteral("https://acme.eu.kandji.io")));
    QStringList titles;
    for (const QString &id : iruCheckIds)
        titles.append(IruReadinessController::pendingTitle(id));
    QCOMPARE(
        titles,
        (QStringList { u"Okta Verify from Apps and Books"_qs, u"Okta Verify Auto App on Macs"_qs,
                       u"Okta Verify App Store app on iPhones and iPads"_qs,
                       u"Okta Verify per platform in each Blueprint"_qs,
                       u"Okta Device Trust profiles set up by hand"_qs }));
}

ODT_TEST_GUILESS_MAIN(TestIruReadinessController)
#include "tst_irureadinesscontroller.moc"
