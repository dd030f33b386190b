// SignInController against the sandbox over real HTTPS: the browser sign-in with a scripted
// browser, the device code, API tokens, the kept sign-in and the sandbox's in-process browser.
#include "controller/sandboxbrowser.h"
#include "controller/session.h"
#include "controller/signincontroller.h"
#include "okta/oktaclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/fakesecretstore.h"
#include "support/sandboxsignin.h"
#include "support/testmain.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

using namespace odt;
using namespace std::chrono_literals;
using State = SignInController::State;

namespace {

const QString clientId = QStringLiteral("0oa1sbxodtsetup0x0h7");
const QString superLogin = QStringLiteral("super.admin@example.com");
const QString superPassword = QStringLiteral("Sandbox-Super-1");
const QByteArray superToken = "00sbxSuperAdminToken0000000000000000000000";

} // namespace

// Stands in for the desktop's browser: QDesktopServices::openUrl() lands here.
class ScriptedBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestSignInController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void browserSignInAsSuperAdmin();
    void keptSignInOnlyWhenOptedIn();
    void declinedKeepForgetsKeptSignIn();
    void revokedKeptSignInIsRemoved();
    void deviceCodeSignIn();
    void apiToken();
    void wrongApiToken();
    void notSuperAdmin();
    void missingClientId();
    void browserTimesOut();
    void cancelFreesThePort();
    void sandboxBrowserPlaysOnlyTheSandbox();
    void droppedClientSignsOut();
    void newOrgSignsOut();

private:
    struct Fixture
    {
        Session session;
        std::unique_ptr<sandbox::SandboxTenant> tenant;
        quint16 port = 0;
        FakeSecretStore store;
        std::unique_ptr<SignInController> controller;
        std::unique_ptr<SandboxClient> client;
    };
    std::unique_ptr<Fixture> open(const QString &scenario = QStringLiteral("ready"));
    static bool waitForEnd(SignInController *c)
    {
        return QTest::qWaitFor([c] { return !c->isBusy(); }, 20000);
    }

    ScriptedBrowser m_browser;
};

void TestSignInController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
}

void TestSignInController::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QSettings().clear();
}

void TestSignInController::init()
{
    m_browser.opened.clear();
    QSettings().clear();
}

std::unique_ptr<TestSignInController::Fixture> TestSignInController::open(const QString &scenario)
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = startSandboxForSignIn(scenario, &f->port, &error);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    f->session.setOktaOrg(OrgUrl::parse(f->tenant->oktaOrgUrl().toString()));
    f->client = std::make_unique<SandboxClient>(f->tenant->caCertificate());
    f->controller = std::make_unique<SignInController>(&f->session);
    f->controller->setSecretStore(&f->store);
    f->controller->activate();
    f->controller->setClientId(clientId);
    f->controller->setRedirectPort(f->port);
    return f;
}

void TestSignInController::browserSignInAsSuperAdmin()
{
    auto f = open();
    SignInController *c = f->controller.get();
    QCOMPARE(c->redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(f->port));
    c->signInWithBrowser();
    QCOMPARE(c->state(), State::WaitingForBrowser);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(c->authorizationUrl(), m_browser.opened.first());
    QCOMPARE(m_browser.opened.first().host(), f->tenant->oktaOrgUrl().host());
    QCOMPARE(signInInBrowser(*f->client, m_browser.opened.first(), superLogin, superPassword), 200);
    QVERIFY(waitForEnd(c));
    QVERIFY2(c->error().isEmpty(), qPrintable(c->error()));
    QCOMPARE(c->state(), State::SignedIn);
    QCOMPARE(c->login(), superLogin);
    QCOMPARE(c->displayName(), QStringLiteral("Sam Super"));
    QCOMPARE(c->userId(), QStringLiteral("00u1sbxsuperadm0x0h7"));
    QCOMPARE(c->roles().size(), 1);
    QCOMPARE(c->roles().first().type, QStringLiteral("SUPER_ADMIN"));
    QVERIFY(c->roles().first().active);
    QVERIFY(!c->roles().first().throughGroup);
    QVERIFY(c->isSuperAdmin());
    QVERIFY(c->canProceed());
    QVERIFY(f->session.oktaClient());
    QCOMPARE(f->session.oktaClient()->credentialKind(), okta::OktaCredential::Kind::AccessToken);
    // Not opted in: nothing went to the keychain.
    QVERIFY(f->store.entries.isEmpty());
    QCOMPARE(f->store.writes, 0);
    // The client ID and port are remembered for this org; no token is.
    QSettings settings;
    const QStringList keys = settings.allKeys();
    QCOMPARE(keys.size(), 2);
    for (const QString &key : keys) {
        const QString value = settings.value(key).toString();
        QVERIFY(value == clientId || value == QString::number(f->port));
    }
    SignInController again(&f->session);
    again.activate();
    QCOMPARE(again.clientId(), clientId);
    QCOMPARE(again.redirectPort(), f->port);
}

void TestSignInController::keptSignInOnlyWhenOptedIn()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->setRemembersSignIn(true);
    c->signInWithBrowser();
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(signInInBrowser(*f->client, m_browser.opened.first(), superLogin, superPassword), 200);
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::SignedIn);
    const QString key = QStringLiteral("okta-sign-in:%1").arg(f->tenant->oktaOrgUrl().toString());
    QTRY_VERIFY(f->store.entries.contains(key));
    const QJsonObject kept = QJsonDocument::fromJson(f->store.entries.value(key)).object();
    QCOMPARE(kept.value(u"clientId").toString(), clientId);
    QVERIFY(!kept.value(u"refreshToken").toString().isEmpty());
    QVERIFY(c->notice().contains(u"kept in this computer's keychain"));
    for (const QString &settingKey : QSettings().allKeys())
        QVERIFY(!QSettings()
                     .value(settingKey)
                     .toString()
                     .contains(kept.value(u"refreshToken").toString()));

    // Another run finds it and signs in without a browser.
    Session session;
    session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    session.setOktaOrg(f->session.oktaOrg());
    SignInController next(&session);
    next.setSecretStore(&f->store);
    next.activate();
    QTRY_VERIFY(next.hasSavedSignIn());
    QVERIFY(next.remembersSignIn());
    next.signInWithSavedSignIn();
    QCOMPARE(next.state(), State::Verifying);
    QVERIFY(waitForEnd(&next));
    QVERIFY2(next.error().isEmpty(), qPrintable(next.error()));
    QCOMPARE(next.state(), State::SignedIn);
    QCOMPARE(next.login(), superLogin);
    QVERIFY(next.isSuperAdmin());
    QCOMPARE(m_browser.opened.size(), 1);

    next.forgetSavedSignIn();
    QVERIFY(!next.hasSavedSignIn());
    QTRY_VERIFY(f->store.entries.isEmpty());
}

void TestSignInController::declinedKeepForgetsKeptSignIn()
{
    auto f = open();
    const QString key = QStringLiteral("okta-sign-in:%1").arg(f->tenant->oktaOrgUrl().toString());
    f->store.entries.insert(key, R"({"clientId":"0oa1sbxodtsetup0x0h7","refreshToken":"old"})");
    SignInController *c = f->controller.get();
    c->signOut();
    SignInController fresh(&f->session);
    fresh.setSecretStore(&f->store);
    fresh.activate();
    QTRY_VERIFY(fresh.hasSavedSignIn());
    fresh.setClientId(clientId);
    fresh.setRedirectPort(f->port);
    fresh.setRemembersSignIn(false);
    fresh.signInWithBrowser();
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(signInInBrowser(*f->client, m_browser.opened.first(), superLogin, superPassword), 200);
    QVERIFY(waitForEnd(&fresh));
    QCOMPARE(fresh.state(), State::SignedIn);
    QTRY_VERIFY(!f->store.entries.contains(key));
    QVERIFY(!fresh.hasSavedSignIn());
}

void TestSignInController::revokedKeptSignInIsRemoved()
{
    auto f = open();
    const QString key = QStringLiteral("okta-sign-in:%1").arg(f->tenant->oktaOrgUrl().toString());
    f->store.entries.insert(key, R"({"clientId":"0oa1sbxodtsetup0x0h7","refreshToken":"revoked"})");
    SignInController c(&f->session);
    c.setSecretStore(&f->store);
    c.activate();
    QTRY_VERIFY(c.hasSavedSignIn());
    c.signInWithSavedSignIn();
    QVERIFY(waitForEnd(&c));
    QCOMPARE(c.state(), State::SignedOut);
    QVERIFY2(c.error().contains(u"no longer valid"), qPrintable(c.error()));
    QVERIFY(!c.hasSavedSignIn());
    QTRY_VERIFY(!f->store.entries.contains(key));
    QVERIFY(!f->session.oktaClient());
}

void TestSignInController::deviceCodeSignIn()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->signInWithDeviceCode();
    QCOMPARE(c->state(), State::WaitingForApproval);
    QTRY_VERIFY_WITH_TIMEOUT(!c->userCode().isEmpty() || !c->isBusy(), 15000);
    QVERIFY2(c->error().isEmpty(), qPrintable(c->error()));
    QCOMPARE(c->verificationUri().path(), QStringLiteral("/activate"));
    QVERIFY(c->verificationUriComplete().toString().contains(c->userCode()));
    QVERIFY(c->userCodeExpires() > QDateTime::currentDateTimeUtc());
    const HttpResult approved
        = f->client->postForm(c->verificationUri(),
                              formEncoded({ { QStringLiteral("user_code"), c->userCode() },
                                            { QStringLiteral("username"), superLogin },
                                            { QStringLiteral("password"), superPassword },
                                            { QStringLiteral("approve"), QStringLiteral("1") } }));
    QCOMPARE(approved.status, 200);
    QVERIFY(waitForEnd(c));
    QVERIFY2(c->error().isEmpty(), qPrintable(c->error()));
    QCOMPARE(c->state(), State::SignedIn);
    QCOMPARE(c->method(), SignInController::Method::DeviceCode);
    QCOMPARE(c->login(), superLogin);
    QVERIFY(c->isSuperAdmin());
    QVERIFY(c->userCode().isEmpty()); // gone with the flow
}

void TestSignInController::apiToken()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->signInWithApiToken("  SSWS " + superToken + "\n");
    QCOMPARE(c->state(), State::Verifying);
    QVERIFY(waitForEnd(c));
    QVERIFY2(c->error().isEmpty(), qPrintable(c->error()));
    QCOMPARE(c->state(), State::SignedIn);
    QCOMPARE(c->login(), superLogin);
    QVERIFY(c->isSuperAdmin());
    QCOMPARE(f->session.oktaClient()->credentialKind(), okta::OktaCredential::Kind::ApiToken);
    // An API token is never kept, whatever the checkbox says.
    QCOMPARE(f->store.writes, 0);
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestSignInController::wrongApiToken()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->signInWithApiToken("00notAValidToken000000000000000000000000000");
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY2(c->error().startsWith(u"Okta did not accept this API token (E0000011"),
             qPrintable(c->error()));
    QVERIFY(!c->error().contains(u"00notAValidToken"));
    QVERIFY(!f->session.oktaClient());
    QVERIFY(!c->canProceed());

    c->signInWithApiToken("   ");
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY(c->error().startsWith(u"Paste an Okta API token"));
}

void TestSignInController::notSuperAdmin()
{
    auto f = open(QStringLiteral("not-super-admin"));
    SignInController *c = f->controller.get();
    c->signInWithApiToken(superToken);
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::SignedIn);
    QVERIFY(!c->isSuperAdmin());
    QVERIFY(!c->canProceed());
    QCOMPARE(c->roles().size(), 2);
    QCOMPARE(c->roles().at(0).type, QStringLiteral("ORG_ADMIN"));
    QVERIFY(c->roles().at(0).active);
    QCOMPARE(c->roles().at(1).type, QStringLiteral("SUPER_ADMIN"));
    QVERIFY(!c->roles().at(1).active);
    QVERIFY(c->roles().at(1).throughGroup);
    // Checking readiness only is for helpdesk staff too.
    f->session.setMode(Session::Mode::CheckOnly);
    QVERIFY(c->canProceed());
}

void TestSignInController::missingClientId()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->setClientId(QStringLiteral("   "));
    QCOMPARE(c->clientId(), QString());
    c->signInWithBrowser();
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY(c->error().startsWith(u"Enter the Client ID of the Okta OIDC app"));
    c->signInWithDeviceCode();
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY(c->error().startsWith(u"Enter the Client ID"));
    QTest::qWait(0);
    QVERIFY(m_browser.opened.isEmpty());
}

void TestSignInController::browserTimesOut()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->setBrowserTimeout(300ms);
    c->signInWithBrowser();
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY2(c->error().startsWith(u"No sign-in arrived from the browser"), qPrintable(c->error()));
    QVERIFY(c->error().contains(c->redirectUri()));
}

void TestSignInController::cancelFreesThePort()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->signInWithBrowser();
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QTcpServer squatter;
    QVERIFY(!squatter.listen(QHostAddress::LocalHost, f->port)); // the flow holds it
    c->cancel();
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY(c->error().isEmpty());
    QVERIFY(!c->authorizationUrl().isValid());
    QVERIFY(squatter.listen(QHostAddress::LocalHost, f->port));
    squatter.close();
    // A late redirect reaches nothing, and the controller stays signed out.
    QCOMPARE(signInInBrowser(*f->client, m_browser.opened.first(), superLogin, superPassword), 0);
    QCOMPARE(c->state(), State::SignedOut);
}

void TestSignInController::sandboxBrowserPlaysOnlyTheSandbox()
{
    auto f = open();
    const SandboxHints hints = SandboxHints::fromCredentials(f->tenant->credentials());
    QCOMPARE(hints.clientId, clientId);
    QCOMPARE(hints.redirectPort, f->port);
    QCOMPARE(hints.login, superLogin);
    QCOMPARE(hints.apiToken, superToken);
    SandboxBrowser probe(hints, {});
    QVERIFY(probe.handles(f->tenant->oktaOrgUrl().resolved(QUrl(QStringLiteral("/x")))));
    QVERIFY(!probe.handles(QUrl(QStringLiteral("https://acme.okta.com/oauth2/v1/authorize"))));
    QUrl plain = f->tenant->oktaOrgUrl();
    plain.setScheme(QStringLiteral("http"));
    QVERIFY(!probe.handles(plain));
    QUrl otherPort = f->tenant->oktaOrgUrl();
    otherPort.setPort(otherPort.port() + 1);
    QVERIFY(!probe.handles(otherPort));

    SignInController c(&f->session);
    c.setSecretStore(&f->store);
    c.setSandboxHints(hints);
    c.activate();
    QVERIFY(c.isSandbox());
    QCOMPARE(c.clientId(), clientId);
    QCOMPARE(c.redirectPort(), f->port);
    c.signInWithBrowser();
    QVERIFY(waitForEnd(&c));
    QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
    QCOMPARE(c.state(), State::SignedIn);
    QCOMPARE(c.login(), superLogin);
    QVERIFY(m_browser.opened.isEmpty()); // played in-process, no system browser
    QVERIFY(QSettings().allKeys().isEmpty()); // sandbox values are not remembered

    // The device code is approved in-process too.
    c.signInWithDeviceCode();
    QVERIFY(waitForEnd(&c));
    QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
    QCOMPARE(c.state(), State::SignedIn);
    QCOMPARE(c.method(), SignInController::Method::DeviceCode);

    // A real org gets the real browser even with the hints installed.
    Session other;
    other.setOktaOrg(OrgUrl::parse(QStringLiteral("https://acme.okta.com")));
    SignInController real(&other);
    real.setSandboxHints(hints);
    real.activate();
    real.setClientId(clientId);
    real.setRedirectPort(f->port);
    real.signInWithBrowser();
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.first().host(), QStringLiteral("acme.okta.com"));
    QCOMPARE(real.state(), State::WaitingForBrowser);
    real.cancel();
}

void TestSignInController::droppedClientSignsOut()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->signInWithApiToken(superToken);
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::SignedIn);
    f->session.setOktaClient(nullptr);
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY(c->notice().startsWith(u"Signed out"));
    QVERIFY(c->roles().isEmpty());
    QVERIFY(!c->canProceed());
}

void TestSignInController::newOrgSignsOut()
{
    auto f = open();
    SignInController *c = f->controller.get();
    c->signInWithApiToken(superToken);
    QVERIFY(waitForEnd(c));
    QCOMPARE(c->state(), State::SignedIn);
    c->activate(); // same org: nothing changes
    QCOMPARE(c->state(), State::SignedIn);
    f->session.setOktaOrg(OrgUrl::parse(QStringLiteral("https://acme.okta.com")));
    c->activate();
    QCOMPARE(c->state(), State::SignedOut);
    QVERIFY(!f->session.oktaClient());
    QCOMPARE(c->org().toString(), QStringLiteral("https://acme.okta.com"));
}

ODT_TEST_WIDGETS_MAIN(TestSignInController)
#include "tst_signincontroller.moc"
