#include "controller/orgcontroller.h"
#include "controller/session.h"
#include "sandbox/sandboxtenant.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace odt;
using State = OrgController::State;

class TestOrgController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatesWhileTyping();
    void identityEngineLetsTheAdminGoOn();
    void classicBlocks();
    void failureCanBeRetried();
    void editingCancelsARunningCheck();
};

namespace {
std::unique_ptr<sandbox::SandboxTenant> startTenant(const QString &name, Session *session)
{
    QString error;
    auto tenant = std::make_unique<sandbox::SandboxTenant>(*sandbox::Scenario::load(name, &error));
    if (!tenant->start(0, &error))
        return nullptr;
    session->trustExtraCaCertificates({ tenant->caCertificate() });
    return tenant;
}
} // namespace

void TestOrgController::validatesWhileTyping()
{
    Session session;
    OrgController controller(&session);
    QCOMPARE(controller.state(), State::Empty);
    controller.setInput(QStringLiteral("http://acme.okta.com"));
    QCOMPARE(controller.state(), State::Invalid);
    QVERIFY(controller.inputError().contains(u"HTTPS"));
    controller.verify(); // nothing to verify
    QCOMPARE(controller.state(), State::Invalid);
    controller.setInput(QStringLiteral("acme-admin.okta.com"));
    QCOMPARE(controller.state(), State::Ready);
    QVERIFY(controller.inputError().isEmpty());
    QCOMPARE(controller.orgUrl().toString(), QStringLiteral("https://acme.okta.com"));
    controller.setInput(QString());
    QCOMPARE(controller.state(), State::Empty);
}

void TestOrgController::identityEngineLetsTheAdminGoOn()
{
    Session session;
    auto tenant = startTenant(QStringLiteral("ready"), &session);
    QVERIFY(tenant);
    OrgController controller(&session);
    QSignalSpy states(&controller, &OrgController::stateChanged);
    controller.setInput(tenant->oktaOrgUrl().toString());
    controller.verify();
    QCOMPARE(controller.state(), State::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::IdentityEngine, 15000);
    QVERIFY(controller.canProceed());
    QCOMPARE(controller.result().status, CheckStatus::Pass);
    QCOMPARE(session.oktaOrg().toString(), tenant->oktaOrgUrl().toString());
    QCOMPARE(session.report().find(QStringLiteral("okta.engine"))->status, CheckStatus::Pass);
    QCOMPARE(states.last().at(0).value<State>(), State::IdentityEngine);
}

void TestOrgController::classicBlocks()
{
    Session session;
    auto tenant = startTenant(QStringLiteral("classic"), &session);
    QVERIFY(tenant);
    OrgController controller(&session);
    controller.setInput(tenant->oktaOrgUrl().toString());
    controller.verify();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Classic, 15000);
    QVERIFY(!controller.canProceed());
    QVERIFY(!session.oktaOrg().isValid());
    controller.verify(); // a verdict is not re-asked until the input changes
    QCOMPARE(controller.state(), State::Classic);
}

void TestOrgController::failureCanBeRetried()
{
    Session session;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    OrgController controller(&session);
    controller.setInput(QStringLiteral("https://127.0.0.1:%1").arg(port));
    controller.verify();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, 15000);
    QCOMPARE(controller.result().status, CheckStatus::Error);
    QCOMPARE(controller.input(), QStringLiteral("https://127.0.0.1:%1").arg(port)); // kept
    controller.verify();
    QCOMPARE(controller.state(), State::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, 15000);
}

void TestOrgController::editingCancelsARunningCheck()
{
    Session session;
    auto tenant = startTenant(QStringLiteral("ready"), &session);
    QVERIFY(tenant);
    OrgController controller(&session);
    controller.setInput(tenant->oktaOrgUrl().toString());
    controller.verify();
    controller.setInput(QStringLiteral("acme.okta.com"));
    QCOMPARE(controller.state(), State::Ready);
    QTest::qWait(300); // a late answer for the old URL must not change the state
    QCOMPARE(controller.state(), State::Ready);
    QCOMPARE(controller.orgUrl().host(), QStringLiteral("acme.okta.com"));
}

ODT_TEST_GUILESS_MAIN(TestOrgController)
#include "tst_orgcontroller.moc"
