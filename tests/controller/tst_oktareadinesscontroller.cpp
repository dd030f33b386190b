// OktaReadinessController against the sandbox: every Okta check at once, results recorded as they
// arrive, the Adaptive MFA confirmation, re-checks, and a sign-in that goes away mid-run.
#include "controller/oktareadinesscontroller.h"
#include "controller/session.h"
#include "net/httpclient.h"
#include "okta/oktaclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QSignalSpy>

using namespace odt;
using State = OktaReadinessController::State;

namespace {

const QByteArray superToken = "00sbxSuperAdminToken0000000000000000000000";
const QStringList oktaCheckIds { QStringLiteral("okta.superAdmin"), QStringLiteral("okta.fastPass"),
                                 QStringLiteral("okta.adaptiveMfa"),
                                 QStringLiteral("okta.enrollmentPolicy"),
                                 QStringLiteral("okta.accessPolicy") };

} // namespace

class TestOktaReadinessController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readyOrgPasses();
    void noFastPassFails();
    void checksRunConcurrently();
    void confirmAdaptiveMfa();
    void recheckReplacesTheRun();
    void needsASignIn();
    void signInLostMidRun();
    void adminConsoleUrl();

private:
    struct Fixture
    {
        Session session;
        std::unique_ptr<sandbox::SandboxTenant> tenant;
        std::unique_ptr<OktaReadinessController> controller;
    };
    std::unique_ptr<Fixture> open(const QString &scenario,
                                  const sandbox::SandboxTenant::Options &options = {});
    static okta::OktaClient *signIn(Fixture *f)
    {
        auto *client = new okta::OktaClient(f->session.http(), f->session.oktaOrg(),
                                            okta::OktaCredential::apiToken(superToken));
        f->session.setOktaClient(client);
        return client;
    }
};

std::unique_ptr<TestOktaReadinessController::Fixture>
TestOktaReadinessController::open(const QString &scenario,
                                  const sandbox::SandboxTenant::Options &options)
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = startSandbox(scenario, &error, options);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    f->session.setOktaOrg(OrgUrl::parse(f->tenant->oktaOrgUrl().toString()));
    f->controller = std::make_unique<OktaReadinessController>(&f->session);
    return f;
}

void TestOktaReadinessController::readyOrgPasses()
{
    auto f = open(QStringLiteral("ready"));
    OktaReadinessController *c = f->controller.get();
    QCOMPARE(c->state(), State::NoCredential);
    signIn(f.get());
    QCOMPARE(c->state(), State::Idle);
    QSignalSpy changed(c, &OktaReadinessController::resultChanged);
    c->runIfNeeded();
    // Nothing answered inside the call: the checks run on the event loop.
    QCOMPARE(c->state(), State::Running);
    QCOMPARE(c->checkIds(), oktaCheckIds);
    QCOMPARE(c->pendingCount(), 5);
    QVERIFY(!c->hasResult(QStringLiteral("okta.fastPass")));
    QCOMPARE(c->result(QStringLiteral("okta.fastPass")).title, QStringLiteral("Okta FastPass"));
    QCOMPARE(c->result(QStringLiteral("okta.fastPass")).detail, QStringLiteral("Checking…"));
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 20000);
    QCOMPARE(changed.size(), 5);
    QCOMPARE(c->pendingCount(), 0);
    for (const QString &id : oktaCheckIds) {
        QVERIFY2(c->hasResult(id), qPrintable(id));
        const CheckResult *recorded = f->session.report().find(id);
        QVERIFY2(recorded, qPrintable(id));
        QCOMPARE(recorded->status, CheckStatus::Pass);
        QCOMPARE(c->result(id).title, recorded->title);
    }
    QCOMPARE(c->countWith(CheckStatus::Pass), 5);
    // Ran once for this sign-in: entering the page again does not re-run.
    c->runIfNeeded();
    QCOMPARE(c->state(), State::Finished);
}

void TestOktaReadinessController::noFastPassFails()
{
    auto f = open(QStringLiteral("no-fastpass"));
    OktaReadinessController *c = f->controller.get();
    signIn(f.get());
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 20000);
    const CheckResult fastPass = c->result(QStringLiteral("okta.fastPass"));
    QCOMPARE(fastPass.status, CheckStatus::Fail);
    QVERIFY(!fastPass.remediation.isEmpty());
    QVERIFY(!fastPass.evidence.isEmpty());
    QCOMPARE(c->countWith(CheckStatus::Fail), 1);
    QCOMPARE(f->session.report().blockers(), 1);
}

void TestOktaReadinessController::checksRunConcurrently()
{
    sandbox::SandboxTenant::Options options;
    options.latencyMs = 150;
    auto f = open(QStringLiteral("ready"), options);
    QList<net::RequestTrace> traces;
    f->session.http()->setTraceSink([&traces](const net::RequestTrace &t) { traces.append(t); });
    OktaReadinessController *c = f->controller.get();
    signIn(f.get());
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 30000);
    // Each check's first request starts before any has been answered.
    QList<net::RequestTrace> roots;
    for (const net::RequestTrace &t : std::as_const(traces)) {
        if (t.parentId == 0)
            roots.append(t);
    }
    QCOMPARE(roots.size(), 5);
    qint64 firstAnswer = std::numeric_limits<qint64>::max();
    qint64 lastStart = 0;
    for (const net::RequestTrace &t : std::as_const(roots)) {
        firstAnswer = std::min(firstAnswer, t.finishedMs);
        lastStart = std::max(lastStart, t.startedMs);
    }
    QVERIFY2(lastStart < firstAnswer,
             qPrintable(
                 QStringLiteral("last start %1, first answer %2").arg(lastStart).arg(firstAnswer)));
}

void TestOktaReadinessController::confirmAdaptiveMfa()
{
    auto f = open(QStringLiteral("ready"));
    OktaReadinessController *c = f->controller.get();
    signIn(f.get());
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 20000);
    const QString id = QStringLiteral("okta.adaptiveMfa");
    CheckResult before = c->result(id);
    QCOMPARE(before.confidence, Confidence::Inferred);
    QVERIFY(!before.confirmationPrompt.isEmpty());
    QSignalSpy changed(c, &OktaReadinessController::resultChanged);
    c->confirm(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), id);
    QVERIFY(f->session.isConfirmed(id));
    QCOMPARE(c->result(id).confidence, Confidence::Confirmed);
    QCOMPARE(c->result(id).status, CheckStatus::Pass);
    QCOMPARE(f->session.report().find(id)->confidence, Confidence::Confirmed);

    // A re-check keeps the admin's confirmation.
    c->recheck();
    QCOMPARE(c->state(), State::Running);
    QVERIFY(!c->hasResult(id));
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 20000);
    QCOMPARE(c->result(id).confidence, Confidence::Confirmed);
    // Confirming what has no prompt changes nothing.
    c->confirm(QStringLiteral("okta.fastPass"));
    QCOMPARE(c->result(QStringLiteral("okta.fastPass")).confidence, Confidence::Verified);
}

void TestOktaReadinessController::recheckReplacesTheRun()
{
    auto f = open(QStringLiteral("ready"));
    OktaReadinessController *c = f->controller.get();
    signIn(f.get());
    QSignalSpy states(c, &OktaReadinessController::stateChanged);
    QSignalSpy resets(c, &OktaReadinessController::checksReset);
    c->runIfNeeded();
    c->recheck(); // before anything answered: the first run is abandoned
    QCOMPARE(resets.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 20000);
    QTest::qWait(200); // any answer of the abandoned run would land now
    int finished = 0;
    for (const auto &args : std::as_const(states))
        finished += args.at(0).value<State>() == State::Finished ? 1 : 0;
    QCOMPARE(finished, 1);
    QCOMPARE(f->session.report().checks().size(), 5);
}

void TestOktaReadinessController::needsASignIn()
{
    auto f = open(QStringLiteral("ready"));
    OktaReadinessController *c = f->controller.get();
    c->runIfNeeded();
    c->recheck();
    QCOMPARE(c->state(), State::NoCredential);
    QVERIFY(c->checkIds().isEmpty());
}

void TestOktaReadinessController::signInLostMidRun()
{
    auto f = open(QStringLiteral("ready"));
    OktaReadinessController *c = f->controller.get();
    signIn(f.get());
    c->runIfNeeded();
    f->session.setOktaClient(nullptr);
    QCOMPARE(c->state(), State::NoCredential);
    QTest::qWait(200); // nothing of the abandoned run may arrive, nor crash on the dead client
    QVERIFY(f->session.report().checks().isEmpty());
    QCOMPARE(c->result(QStringLiteral("okta.superAdmin")).detail,
             QStringLiteral("Not checked: sign in again to run this check."));
    // A new sign-in makes the next visit run again.
    signIn(f.get());
    QCOMPARE(c->state(), State::Idle);
    c->runIfNeeded();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, 20000);
    QCOMPARE(f->session.report().checks().size(), 5);
}

void TestOktaReadinessController::adminConsoleUrl()
{
    Session session;
    OktaReadinessController c(&session);
    QCOMPARE(c.adminConsoleUrl(), QUrl());
    session.setOktaOrg(OrgUrl::parse(QStringLiteral("acme.okta.com")));
    QCOMPARE(c.adminConsoleUrl(), QUrl(QStringLiteral("https://acme-admin.okta.com/")));
    session.setOktaOrg(OrgUrl::parse(QStringLiteral("https://acme.oktapreview.com")));
    QCOMPARE(c.adminConsoleUrl(), QUrl(QStringLiteral("https://acme-admin.oktapreview.com/")));
    session.setOktaOrg(OrgUrl::parse(QStringLiteral("https://login.acme.com")));
    QCOMPARE(c.adminConsoleUrl(), QUrl()); // a custom domain hides the console's address
}

ODT_TEST_GUILESS_MAIN(TestOktaReadinessController)
#include "tst_oktareadinesscontroller.moc"
