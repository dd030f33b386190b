// Drives the real sign-in, Okta readiness and API service integration pages (offscreen) against
// the in-process sandbox, by object name, the way an admin clicks through them.
#include "controller/apiservicecontroller.h"
#include "controller/oktareadinesscontroller.h"
#include "controller/orgcontroller.h"
#include "controller/sandboxbrowser.h"
#include "controller/session.h"
#include "controller/signincontroller.h"
#include "okta/oktaclient.h"
#include "sandbox/sandboxtenant.h"
#include "support/fakesecretstore.h"
#include "support/sandboxsignin.h"
#include "support/testmain.h"
#include "support/wizardfixture.h"
#include "wizard/checkresultwidget.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>

using namespace odt;
using wizard::CheckResultWidget;
using wizard::SetupWizard;

namespace {

const QString clientId = QStringLiteral("0oa1sbxodtsetup0x0h7");
const QString superLogin = QStringLiteral("super.admin@example.com");
const QString superPassword = QStringLiteral("Sandbox-Super-1");
const QString superToken = QStringLiteral("00sbxSuperAdminToken0000000000000000000000");

} // namespace

class ScriptedBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestOktaPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void browserSignIn();
    void deviceCodeSignIn();
    void apiTokenWrongThenRight();
    void notSuperAdminBlocksNext();
    void readinessShowsTheFastPassBlocker();
    void confirmAdaptiveMfaAndRecheck();
    void apiServiceCreatedThenReused();
    void checkOnlySkipsApiService();
    void sandboxPlaysTheBrowser();

private:
    struct Fixture : WizardFixture
    {
        quint16 port = 0;
        std::unique_ptr<SandboxClient> client;
    };
    std::unique_ptr<Fixture> open(const QString &scenario, bool checkOnly = false);
    // Welcome and org pages, up to the sign-in page.
    static void toSignInPage(Fixture *f);
    static void signInWithToken(Fixture *f, const QString &token);
    static void toReadinessFinished(Fixture *f);

    ScriptedBrowser m_browser;
};

void TestOktaPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
}

void TestOktaPages::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QSettings().clear();
}

void TestOktaPages::init()
{
    m_browser.opened.clear();
    QSettings().clear();
}

std::unique_ptr<TestOktaPages::Fixture> TestOktaPages::open(const QString &scenario, bool checkOnly)
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = startSandboxForSignIn(scenario, &f->port, &error);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    f->client = std::make_unique<SandboxClient>(f->tenant->caCertificate());
    f->wizard = std::make_unique<SetupWizard>(&f->session);
    f->wizard->setSecretStore(&f->store);
    f->wizard->setSandboxScenario(scenario);
    f->wizard->show();
    if (checkOnly)
        f->find<QRadioButton>("checkOnlyRadio")->setChecked(true);
    return f;
}

void TestOktaPages::toSignInPage(Fixture *f)
{
    SetupWizard *w = f->wizard.get();
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(SetupWizard::OktaOrgPageId));
    f->find<QLineEdit>("orgUrlEdit")->setText(f->tenant->oktaOrgUrl().toString());
    QTest::mouseClick(f->next(), Qt::LeftButton); // checks the engine
    QTRY_COMPARE_WITH_TIMEOUT(w->orgController()->state(), OrgController::State::IdentityEngine,
                              15000);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(SetupWizard::SignInPageId));
}

void TestOktaPages::signInWithToken(Fixture *f, const QString &token)
{
    auto *tabs = f->find<QTabWidget>("methodTabs");
    tabs->setCurrentWidget(f->find<QWidget>("tokenTab"));
    auto *edit = f->find<QLineEdit>("apiTokenEdit");
    edit->clear();
    QTest::keyClicks(edit, token);
    QTest::mouseClick(f->find<QPushButton>("apiTokenButton"), Qt::LeftButton);
    SignInController *c = f->wizard->signInController();
    QVERIFY(QTest::qWaitFor([c] { return !c->isBusy(); }, 20000));
}

void TestOktaPages::toReadinessFinished(Fixture *f)
{
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::OktaReadinessPageId));
    OktaReadinessController *c = f->wizard->oktaReadinessController();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), OktaReadinessController::State::Finished, 20000);
}

void TestOktaPages::browserSignIn()
{
    auto f = open(QStringLiteral("ready"));
    toSignInPage(f.get());
    auto *who = f->find<QLabel>("whoLabel");
    QVERIFY(!who->isVisible());
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!f->find<QLabel>("signInSandboxNotice")->isVisible()); // no hints: the real path
    QTest::keyClicks(f->find<QLineEdit>("clientIdEdit"), clientId);
    f->find<QSpinBox>("redirectPortSpin")->setValue(f->port);
    QVERIFY(f->find<QLabel>("redirectHint")
                ->text()
                .contains(QStringLiteral("http://127.0.0.1:%1/callback").arg(f->port)));
    QTest::mouseClick(f->find<QPushButton>("browserButton"), Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QVERIFY(f->find<QPushButton>("cancelBrowserButton")->isVisible());
    QVERIFY(!f->find<QPushButton>("browserButton")->isVisible());
    QVERIFY(f->find<QLabel>("browserStatusLabel")->isVisible());
    QVERIFY(f->find<QWidget>("signInBusyPanel")->isVisible());
    auto *copy = f->find<QPushButton>("copyLinkButton");
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             m_browser.opened.first().toString(QUrl::FullyEncoded));
    QCOMPARE(copy->text(), QStringLiteral("Link copied"));
    QVERIFY(f->find<QLineEdit>("clientIdEdit")->isReadOnly());

    QCOMPARE(signInInBrowser(*f->client, m_browser.opened.first(), superLogin, superPassword), 200);
    QTRY_VERIFY_WITH_TIMEOUT(who->isVisible(), 20000);
    QCOMPARE(who->text(), QStringLiteral("Signed in as Sam Super (super.admin@example.com)"));
    const QString roles = f->find<QLabel>("rolesLabel")->text();
    QVERIFY2(roles.contains(u"SUPER_ADMIN, active, assigned directly"), qPrintable(roles));
    QVERIFY(f->find<QLabel>("verdictLabel")->text().contains(u"Super Administrator: yes."));
    QVERIFY(!f->find<QTabWidget>("methodTabs")->isVisible());
    QVERIFY(!f->find<QWidget>("signInBusyPanel")->isVisible());
    QVERIFY(f->next()->isEnabled());
    QVERIFY(f->session.oktaClient());

    // Signing in as someone else starts over.
    QTest::mouseClick(f->find<QPushButton>("signOutButton"), Qt::LeftButton);
    QVERIFY(!who->isVisible());
    QVERIFY(f->find<QTabWidget>("methodTabs")->isVisible());
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!f->session.oktaClient());
}

void TestOktaPages::deviceCodeSignIn()
{
    auto f = open(QStringLiteral("ready"));
    toSignInPage(f.get());
    f->find<QTabWidget>("methodTabs")->setCurrentWidget(f->find<QWidget>("deviceTab"));
    QTest::keyClicks(f->find<QLineEdit>("deviceClientIdEdit"), clientId);
    QCOMPARE(f->find<QLineEdit>("clientIdEdit")->text(), clientId); // one setting, two fields
    QTest::mouseClick(f->find<QPushButton>("deviceButton"), Qt::LeftButton);
    auto *code = f->find<QLabel>("userCodeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 15000);
    SignInController *c = f->wizard->signInController();
    QCOMPARE(code->text(), c->userCode());
    QVERIFY(f->find<QLabel>("verificationLabel")->text().contains(c->verificationUri().toString()));
    QVERIFY(f->find<QLabel>("deviceStatusLabel")->text().startsWith(u"Waiting for you to approve"));
    QTest::mouseClick(f->find<QPushButton>("copyCodeButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), c->userCode());
    const HttpResult approved
        = f->client->postForm(c->verificationUri(),
                              formEncoded({ { QStringLiteral("user_code"), c->userCode() },
                                            { QStringLiteral("username"), superLogin },
                                            { QStringLiteral("password"), superPassword },
                                            { QStringLiteral("approve"), QStringLiteral("1") } }));
    QCOMPARE(approved.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(f->find<QLabel>("whoLabel")->isVisible(), 20000);
    QVERIFY(f->next()->isEnabled());
}

void TestOktaPages::apiTokenWrongThenRight()
{
    auto f = open(QStringLiteral("ready"));
    toSignInPage(f.get());
    auto *edit = f->find<QLineEdit>("apiTokenEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    signInWithToken(f.get(), QStringLiteral("00wrongToken0000000000000000000000000000000"));
    auto *error = f->find<QLabel>("signInErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Okta did not accept this API token (E0000011"),
             qPrintable(error->text()));
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!f->find<QLabel>("whoLabel")->isVisible());

    signInWithToken(f.get(), superToken);
    QVERIFY(!error->isVisible());
    QCOMPARE(f->find<QLabel>("whoLabel")->text(),
             QStringLiteral("API token of super.admin@example.com"));
    QVERIFY(f->next()->isEnabled());
    QVERIFY(edit->text().isEmpty()); // not left lying in the field
    QVERIFY(f->store.entries.isEmpty());
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestOktaPages::notSuperAdminBlocksNext()
{
    auto f = open(QStringLiteral("not-super-admin"));
    toSignInPage(f.get());
    signInWithToken(f.get(), superToken);
    auto *verdict = f->find<QLabel>("verdictLabel");
    QVERIFY(verdict->isVisible());
    QVERIFY(verdict->text().contains(u"Not a Super Administrator."));
    QVERIFY(verdict->text().contains(u"Security &gt; Administrators"));
    const QString roles = f->find<QLabel>("rolesLabel")->text();
    QVERIFY2(roles.contains(u"Organization Administrator (ORG_ADMIN, active, assigned directly)"),
             qPrintable(roles));
    QVERIFY2(roles.contains(u"Super Administrator (SUPER_ADMIN, inactive, assigned through a "
                            u"group)"),
             qPrintable(roles));
    QVERIFY(!f->next()->isEnabled());
}

void TestOktaPages::readinessShowsTheFastPassBlocker()
{
    auto f = open(QStringLiteral("no-fastpass"));
    toSignInPage(f.get());
    signInWithToken(f.get(), superToken);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::OktaReadinessPageId));
    // Running: a busy bar and one row per check at once; the window keeps working meanwhile.
    auto *busy = f->find<QProgressBar>("readinessBusyBar");
    OktaReadinessController *c = f->wizard->oktaReadinessController();
    QCOMPARE(c->state(), OktaReadinessController::State::Running);
    QVERIFY(busy->isVisible());
    QCOMPARE(f->find<QWidget>("checksContainer")->findChildren<CheckResultWidget *>().size(), 5);
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(f->wizard->button(QWizard::BackButton)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), OktaReadinessController::State::Finished, 20000);

    CheckResultWidget *row = f->row(QStringLiteral("okta.fastPass"));
    QVERIFY(row);
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             c->result(QStringLiteral("okta.fastPass")).title);
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("statusIcon"))->toolTip(),
             QStringLiteral("fail"));
    auto *remediation = row->findChild<QLabel *>(QStringLiteral("remediationLabel"));
    QVERIFY(remediation->isVisible());
    QVERIFY(remediation->text().startsWith(u"<b>What to do:</b>"));
    auto *evidence = row->findChild<QTextEdit *>(QStringLiteral("evidenceText"));
    QVERIFY(!evidence->isVisible());
    QTest::mouseClick(row->findChild<QToolButton *>(QStringLiteral("evidenceToggle")),
                      Qt::LeftButton);
    QVERIFY(evidence->isVisible());
    QCOMPARE(evidence->toPlainText(),
             c->result(QStringLiteral("okta.fastPass")).evidence.join(QLatin1Char('\n')));
    QVERIFY(evidence->height() > 10);
    // Passing rows have nothing to fix.
    QVERIFY(!f->row(QStringLiteral("okta.superAdmin"))
                 ->findChild<QLabel *>(QStringLiteral("remediationLabel"))
                 ->isVisible());

    QVERIFY(!busy->isVisible());
    QCOMPARE(f->find<QLabel>("readinessSummaryLabel")->text(),
             QStringLiteral("4 of 5 checks pass. Found blockers: 1."));
    QVERIFY(f->find<QLabel>("readinessNoteLabel")->isVisible());
    QVERIFY(f->next()->isEnabled()); // blockers are gathered by the review, not here
}

void TestOktaPages::confirmAdaptiveMfaAndRecheck()
{
    auto f = open(QStringLiteral("ready"));
    toSignInPage(f.get());
    signInWithToken(f.get(), superToken);
    toReadinessFinished(f.get());
    CheckResultWidget *row = f->row(QStringLiteral("okta.adaptiveMfa"));
    auto *confidence = row->findChild<QLabel *>(QStringLiteral("confidenceLabel"));
    QCOMPARE(confidence->text(), QStringLiteral("inferred"));
    auto *confirm = row->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm->isVisible());
    QVERIFY(row->findChild<QLabel *>(QStringLiteral("confirmPrompt"))
                ->text()
                .contains(u"Our Okta contract includes Okta Adaptive MFA."));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confidence->text(), QStringLiteral("confirmed by you"));
    QVERIFY(!confirm->isVisible());
    QCOMPARE(f->session.report().find(QStringLiteral("okta.adaptiveMfa"))->confidence,
             Confidence::Confirmed);

    auto *recheck = f->find<QPushButton>("recheckButton");
    QTest::mouseClick(recheck, Qt::LeftButton);
    OktaReadinessController *c = f->wizard->oktaReadinessController();
    QCOMPARE(c->state(), OktaReadinessController::State::Running);
    QVERIFY(!recheck->isEnabled());
    QVERIFY(f->find<QProgressBar>("readinessBusyBar")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), OktaReadinessController::State::Finished, 20000);
    // The rows were rebuilt for the new run; the confirmation held.
    row = f->row(QStringLiteral("okta.adaptiveMfa"));
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("confidenceLabel"))->text(),
             QStringLiteral("confirmed by you"));
    QVERIFY(recheck->isEnabled());
    QCOMPARE(f->find<QLabel>("readinessSummaryLabel")->text(),
             QStringLiteral("5 of 5 checks pass."));
}

void TestOktaPages::apiServiceCreatedThenReused()
{
    auto f = open(QStringLiteral("ready"));
    toSignInPage(f.get());
    signInWithToken(f.get(), superToken);
    toReadinessFinished(f.get());
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ApiServicePageId));
    QVERIFY(f->find<QLabel>("whatLabel")->text().contains(u"kandji_odt"));
    const QString scopes = f->find<QLabel>("scopesLabel")->text();
    for (const QString &scope : okta::ApiServiceIntegrationOptions::defaultScopes())
        QVERIFY2(scopes.contains(scope), qPrintable(scope));
    auto *run = f->find<QPushButton>("runButton");
    QVERIFY(run->isEnabled());
    QVERIFY(!f->find<QWidget>("apiServiceResultRow")->isVisible());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(f->find<QProgressBar>("apiServiceBusyBar")->isVisible());
    QVERIFY(!f->next()->isEnabled());
    ApiServiceController *c = f->wizard->apiServiceController();
    QTRY_VERIFY_WITH_TIMEOUT(c->state() != ApiServiceController::State::Working, 20000);
    QCOMPARE(c->state(), ApiServiceController::State::Done);
    const QString clientIdCreated = c->result().clientId;
    auto *row = f->find<CheckResultWidget>("apiServiceResultRow");
    QVERIFY(row->isVisible());
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("Created the integration %1").arg(clientIdCreated));
    QVERIFY(row->findChild<QLabel *>(QStringLiteral("detailLabel"))
                ->text()
                .contains(u"okta.devices.manage"));
    QVERIFY(f->next()->isEnabled());
    // The admin's sign-in is gone; the page says so and cannot run again without one.
    QVERIFY(!f->session.oktaClient());
    QVERIFY(!run->isEnabled());
    QVERIFY(f->find<QLabel>("apiServiceStatusLabel")
                ->text()
                .startsWith(u"Your admin sign-in was dropped"));

    // Back to the sign-in page: it shows the admin was signed out.
    QTest::mouseClick(f->wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(f->wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::SignInPageId));
    QVERIFY(f->find<QLabel>("signInNoticeLabel")->text().startsWith(u"Signed out"));
    QVERIFY(!f->next()->isEnabled());
    signInWithToken(f.get(), superToken);
    toReadinessFinished(f.get()); // a new sign-in runs the checks again
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QVERIFY(run->isEnabled());
    QCOMPARE(run->text(), QStringLiteral("&Verify again"));
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(c->state() != ApiServiceController::State::Working, 20000);
    QCOMPARE(c->state(), ApiServiceController::State::Done);
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("Reused the integration %1").arg(clientIdCreated));
    QCOMPARE(f->store.writes, 1);
}

void TestOktaPages::checkOnlySkipsApiService()
{
    auto f = open(QStringLiteral("ready"), /*checkOnly=*/true);
    toSignInPage(f.get());
    QCOMPARE(f->session.mode(), Session::Mode::CheckOnly);
    signInWithToken(f.get(), superToken);
    toReadinessFinished(f.get());
    // Straight on to the Iru Endpoint pages: nothing is created in check-only runs.
    QCOMPARE(f->wizard->nextId(), int(SetupWizard::IruConnectionPageId));
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruConnectionPageId));
    QVERIFY(!f->wizard->visitedIds().contains(int(SetupWizard::ApiServicePageId)));
}

void TestOktaPages::sandboxPlaysTheBrowser()
{
    auto f = open(QStringLiteral("ready"));
    f->wizard->setSandboxHints(SandboxHints::fromCredentials(f->tenant->credentials()));
    toSignInPage(f.get());
    auto *notice = f->find<QLabel>("signInSandboxNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"Sandbox: signing in as super.admin@example.com."));
    QCOMPARE(f->find<QLineEdit>("clientIdEdit")->text(), clientId);
    QCOMPARE(f->find<QSpinBox>("redirectPortSpin")->value(), int(f->port));
    QVERIFY(f->find<QPushButton>("sandboxTokenButton")->isVisibleTo(f->find<QWidget>("tokenTab")));
    QTest::mouseClick(f->find<QPushButton>("browserButton"), Qt::LeftButton);
    QVERIFY(!f->find<QPushButton>("copyLinkButton")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(f->find<QLabel>("whoLabel")->isVisible(), 20000);
    QVERIFY(m_browser.opened.isEmpty());
    QVERIFY(f->next()->isEnabled());
}

ODT_TEST_WIDGETS_MAIN(TestOktaPages)
#include "tst_oktapages.moc"
