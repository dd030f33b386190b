// ApiServiceController against the sandbox with an in-memory keychain: create, re-run (reuse),
// the admin's sign-in dropped afterwards, and the failures an admin can meet.
#include "controller/apiservicecontroller.h"
#include "controller/session.h"
#include "okta/oktaclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/fakesecretstore.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace odt;
using State = ApiServiceController::State;

namespace {

const QByteArray superToken = "00sbxSuperAdminToken0000000000000000000000";

} // namespace

class TestApiServiceController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsThenReuses();
    void needsASignIn();
    void unusableKeychainCreatesNothing();
    void existingWithoutItsSecret();
    void signInChangesWhileWorking();

private:
    struct Fixture
    {
        Session session;
        std::unique_ptr<sandbox::SandboxTenant> tenant;
        FakeSecretStore store;
        std::unique_ptr<ApiServiceController> controller;
    };
    std::unique_ptr<Fixture> open();
    static void signIn(Fixture *f)
    {
        f->session.setOktaClient(new okta::OktaClient(f->session.http(), f->session.oktaOrg(),
                                                      okta::OktaCredential::apiToken(superToken)));
    }
    static bool waitForEnd(ApiServiceController *c)
    {
        return QTest::qWaitFor([c] { return c->state() != State::Working; }, 20000);
    }
};

std::unique_ptr<TestApiServiceController::Fixture> TestApiServiceController::open()
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = startSandbox(QStringLiteral("ready"), &error);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    f->session.setOktaOrg(OrgUrl::parse(f->tenant->oktaOrgUrl().toString()));
    f->controller = std::make_unique<ApiServiceController>(&f->session, &f->store);
    return f;
}

void TestApiServiceController::createsThenReuses()
{
    auto f = open();
    ApiServiceController *c = f->controller.get();
    QCOMPARE(c->state(), State::NoCredential);
    signIn(f.get());
    QCOMPARE(c->state(), State::Ready);
    QVERIFY(c->canRun());
    c->run();
    QCOMPARE(c->state(), State::Working);
    QVERIFY(!c->canRun());
    QVERIFY(waitForEnd(c));
    QVERIFY2(c->result().error.isEmpty(), qPrintable(c->result().error));
    QCOMPARE(c->state(), State::Done);
    const okta::ApiServiceIntegrationResult created = c->result();
    QVERIFY(created.ok);
    QVERIFY(created.created);
    QVERIFY(created.clientId.startsWith(u"0oa"));
    QCOMPARE(created.type, QStringLiteral("kandji_odt"));
    QCOMPARE(created.tokenScopes, okta::ApiServiceIntegrationOptions::defaultScopes());
    // The secret is in the keychain, and only there.
    const QString key = QStringLiteral("okta-api-service:127.0.0.1:kandji_odt");
    QVERIFY(f->store.entries.contains(key));
    const QJsonObject kept = QJsonDocument::fromJson(f->store.entries.value(key)).object();
    QCOMPARE(kept.value(u"clientId").toString(), created.clientId);
    const QString secret = kept.value(u"clientSecret").toString();
    QVERIFY(!secret.isEmpty());
    for (const QString &line : created.evidence)
        QVERIFY(!line.contains(secret));
    // The admin's tokens are dropped: set-up has its own credential now.
    QVERIFY(!f->session.oktaClient());
    QVERIFY(!c->canRun());
    QCOMPARE(c->state(), State::Done);
    const CheckResult *recorded = f->session.report().find(ApiServiceController::resultId);
    QVERIFY(recorded);
    QCOMPARE(recorded->status, CheckStatus::Pass);
    QVERIFY(recorded->detail.contains(created.clientId));
    QVERIFY(!recorded->detail.contains(secret));

    // Running again after a new sign-in reuses it: idempotent.
    signIn(f.get());
    QCOMPARE(c->state(), State::Done); // the outcome stays shown
    QVERIFY(c->canRun());
    c->run();
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::Done);
    QVERIFY(c->result().ok);
    QVERIFY(!c->result().created);
    QCOMPARE(c->result().clientId, created.clientId);
    QCOMPARE(f->store.writes, 1);
    QCOMPARE(f->session.report().checks().size(), 1);
}

void TestApiServiceController::needsASignIn()
{
    auto f = open();
    ApiServiceController *c = f->controller.get();
    QVERIFY(!c->canRun());
    c->run();
    QCOMPARE(c->state(), State::NoCredential);
    QVERIFY(f->store.entries.isEmpty());
}

void TestApiServiceController::unusableKeychainCreatesNothing()
{
    auto f = open();
    f->store.failRemovals = FakeSecretStore::Error::NoBackend;
    ApiServiceController *c = f->controller.get();
    signIn(f.get());
    c->run();
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::Failed);
    QVERIFY2(c->result().error.startsWith(u"The keychain is not usable"),
             qPrintable(c->result().error));
    QVERIFY(c->result().clientId.isEmpty());
    // Nothing happened, so the sign-in stays for a retry.
    QVERIFY(f->session.oktaClient());
    QVERIFY(c->canRun());
    QCOMPARE(f->session.report().find(ApiServiceController::resultId)->status, CheckStatus::Fail);

    f->store.failRemovals = FakeSecretStore::Error::None;
    c->run();
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::Done);
    QCOMPARE(f->session.report().find(ApiServiceController::resultId)->status, CheckStatus::Pass);
}

void TestApiServiceController::existingWithoutItsSecret()
{
    auto f = open();
    ApiServiceController *c = f->controller.get();
    signIn(f.get());
    c->run();
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::Done);
    const QString clientId = c->result().clientId;

    // Another computer (another keychain) finds the integration but not its secret.
    FakeSecretStore elsewhere;
    ApiServiceController other(&f->session, &elsewhere);
    signIn(f.get());
    other.run();
    QVERIFY(waitForEnd(&other));
    QCOMPARE(other.state(), State::Failed);
    QCOMPARE(other.result().clientId, clientId);
    QVERIFY2(other.result().error.contains(u"does not hold its client secret"),
             qPrintable(other.result().error));
    QVERIFY(elsewhere.entries.isEmpty());
}

void TestApiServiceController::signInChangesWhileWorking()
{
    auto f = open();
    ApiServiceController *c = f->controller.get();
    signIn(f.get());
    c->run();
    f->session.setOktaClient(nullptr);
    QCOMPARE(c->state(), State::Failed);
    QVERIFY(c->result().error.startsWith(u"The sign-in changed"));
    QTest::qWait(200); // the abandoned job must not report later
    QCOMPARE(c->state(), State::Failed);
}

ODT_TEST_GUILESS_MAIN(TestApiServiceController)
#include "tst_apiservicecontroller.moc"
