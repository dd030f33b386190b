// Drives the real Iru Endpoint connection, scope and readiness pages (offscreen) against the
// in-process sandbox, by object name, and the whole wizard end to end, from Welcome to Review,
// in both modes.
#include "controller/iruconnectioncontroller.h"
#include "controller/irureadinesscontroller.h"
#include "controller/oktareadinesscontroller.h"
#include "controller/orgcontroller.h"
#include "controller/reviewcontroller.h"
#include "controller/sandboxbrowser.h"
#include "controller/scopecontroller.h"
#include "controller/session.h"
#include "controller/signincontroller.h"
#include "iru/checks/readiness.h"
#include "iru/irutoken.h"
#include "sandbox/sandboxtenant.h"
#include "support/fakesecretstore.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"
#include "support/wizardfixture.h"
#include "wizard/checkresultwidget.h"
#include "wizard/reviewpage.h"
#include "wizard/scopepage.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace odt;
using wizard::CheckResultWidget;
using wizard::ScopePage;
using wizard::SetupWizard;

namespace {

const QString iruToken = QStringLiteral("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70");
const QString wrongIruToken = QStringLiteral("0d1e2f30-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
const QString oktaToken = QStringLiteral("00sbxSuperAdminToken0000000000000000000000");
const QString macs = QStringLiteral("b1a00000-0000-4000-8000-000000000001");
const QString mobile = QStringLiteral("b1a00000-0000-4000-8000-000000000002");
const QString pilot = QStringLiteral("b1a00000-0000-4000-8000-000000000003");

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(file.readAll());
}

} // namespace

// Stands in for the system browser: no test may open one.
class NoBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestIruPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void connectionMalformedUrlWrongTokenThenRight();
    void storedTokenIsUsedWithoutShowingIt();
    void sandboxFillsTheConnection();
    void scopeListsTheBlueprints();
    void scopeReadErrorOffersRetry();
    void readinessShowsTheFailingBlueprints();
    void confirmationAndScopeChange();
    void endToEndCheckOnly();
    void endToEndSetUpWithWarnings();

private:
    struct Fixture : WizardFixture
    {

        QString iruUrl() const { return tenant->iruApiUrl().toString(); }
    };
    // A wizard on the scenario's sandbox; `startId` skips the pages before it.
    std::unique_ptr<Fixture> open(const QString &scenario, int startId = SetupWizard::WelcomePageId,
                                  const QString &json = {});
    // Types the address and token, presses Next and waits for the connection check.
    static void connectIru(Fixture *f, const QString &url, const QString &token);
    // From the connection page (connected) through Scope (all Blueprints) to Iru readiness done.
    static void toIruReadinessFinished(Fixture *f);
    // Welcome, org, Okta sign-in with the API token, Okta readiness: up to the page after it.
    static void throughOktaPages(Fixture *f, bool checkOnly);
    // No label, plain text field or setting shows `secret`.
    static bool shownAnywhere(Fixture *f, const QString &secret);

    NoBrowser m_browser;
};

void TestIruPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
}

void TestIruPages::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QSettings().clear();
}

void TestIruPages::init()
{
    QSettings().clear();
}

std::unique_ptr<TestIruPages::Fixture> TestIruPages::open(const QString &scenario, int startId,
                                                          const QString &json)
{
    auto f = std::make_unique<Fixture>();
    QString error;
    f->tenant = startSandbox(json.isEmpty() ? scenario : json, &error);
    if (!f->tenant)
        qFatal("%s", qPrintable(error));
    f->session.trustExtraCaCertificates({ f->tenant->caCertificate() });
    f->wizard = std::make_unique<SetupWizard>(&f->session);
    f->wizard->setSecretStore(&f->store);
    f->wizard->setSandboxScenario(scenario);
    f->wizard->setStartId(startId);
    f->wizard->show();
    return f;
}

void TestIruPages::connectIru(Fixture *f, const QString &url, const QString &token)
{
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruConnectionPageId));
    auto *urlEdit = f->find<QLineEdit>("iruUrlEdit");
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    auto *tokenEdit = f->find<QLineEdit>("iruTokenEdit");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    QVERIFY(f->next()->isEnabled());
    QTest::mouseClick(f->next(), Qt::LeftButton); // connects first
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruConnectionPageId));
    IruConnectionController *c = f->wizard->iruConnectionController();
    QTRY_VERIFY_WITH_TIMEOUT(c->state() != IruConnectionController::State::Checking, 15000);
}

void TestIruPages::toIruReadinessFinished(Fixture *f)
{
    QCOMPARE(f->wizard->iruConnectionController()->state(),
             IruConnectionController::State::Connected);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ScopePageId));
    ScopeController *scope = f->wizard->scopeController();
    QTRY_COMPARE_WITH_TIMEOUT(scope->state(), ScopeController::State::Loaded, 15000);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruReadinessPageId));
    IruReadinessController *c = f->wizard->iruReadinessController();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), IruReadinessController::State::Finished, 30000);
}

void TestIruPages::throughOktaPages(Fixture *f, bool checkOnly)
{
    SetupWizard *w = f->wizard.get();
    QCOMPARE(w->currentId(), int(SetupWizard::WelcomePageId));
    if (checkOnly)
        f->find<QRadioButton>("checkOnlyRadio")->setChecked(true);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(SetupWizard::OktaOrgPageId));
    f->find<QLineEdit>("orgUrlEdit")->setText(f->tenant->oktaOrgUrl().toString());
    QTest::mouseClick(f->next(), Qt::LeftButton); // checks the engine
    QTRY_COMPARE_WITH_TIMEOUT(w->orgController()->state(), OrgController::State::IdentityEngine,
                              15000);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(SetupWizard::SignInPageId));
    f->find<QTabWidget>("methodTabs")->setCurrentWidget(f->find<QWidget>("tokenTab"));
    QTest::keyClicks(f->find<QLineEdit>("apiTokenEdit"), oktaToken);
    QTest::mouseClick(f->find<QPushButton>("apiTokenButton"), Qt::LeftButton);
    SignInController *signIn = w->signInController();
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), 20000);
    QVERIFY(f->session.oktaClient());
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(SetupWizard::OktaReadinessPageId));
    QTRY_COMPARE_WITH_TIMEOUT(w->oktaReadinessController()->state(),
                              OktaReadinessController::State::Finished, 20000);
    QTest::mouseClick(f->next(), Qt::LeftButton);
}

bool TestIruPages::shownAnywhere(Fixture *f, const QString &secret)
{
    const QList<QLabel *> labels = f->wizard->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(secret) || label->toolTip().contains(secret))
            return true;
    }
    const QList<QLineEdit *> edits = f->wizard->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->echoMode() == QLineEdit::Normal && edit->text().contains(secret))
            return true;
    }
    const QList<CheckResultWidget *> rows = f->wizard->findChildren<CheckResultWidget *>();
    for (CheckResultWidget *row : rows) {
        const auto *evidence = row->findChild<QWidget *>(QStringLiteral("evidenceText"));
        if (evidence && evidence->property("plainText").toString().contains(secret))
            return true;
    }
    const QStringList keys = QSettings().allKeys();
    for (const QString &key : keys) {
        if (QSettings().value(key).toString().contains(secret))
            return true;
    }
    return false;
}

void TestIruPages::connectionMalformedUrlWrongTokenThenRight()
{
    auto f = open(QStringLiteral("ready"), SetupWizard::IruConnectionPageId);
    IruConnectionController *c = f->wizard->iruConnectionController();
    auto *urlEdit = f->find<QLineEdit>("iruUrlEdit");
    auto *tokenEdit = f->find<QLineEdit>("iruTokenEdit");
    auto *error = f->find<QLabel>("iruInputErrorLabel");
    auto *suggestion = f->find<QLabel>("iruUrlSuggestionLabel");
    auto *connectButton = f->find<QPushButton>("iruConnectButton");
    auto *result = f->find<CheckResultWidget>("iruConnectionResultRow");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(f->find<QLabel>("iruTokenNote")
                ->text()
                .contains(u"kept only in this computer's "
                          u"keychain"));
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(!error->isVisible());
    QVERIFY(!result->isVisible());

    // Malformed: plain http, then spaces. Nothing can be sent.
    QTest::keyClicks(urlEdit, QStringLiteral("http://acme.kandji.io"));
    QCOMPARE(c->state(), IruConnectionController::State::Invalid);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"The Iru Endpoint API is only served over HTTPS"),
             qPrintable(error->text()));
    QVERIFY(f->find<QLabel>("iruInputErrorIcon")->isVisible());
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!connectButton->isEnabled());
    urlEdit->setText(QStringLiteral("acme kandji"));
    QVERIFY2(error->text().startsWith(u"\"acme kandji\" is not a URL: it contains spaces."),
             qPrintable(error->text()));
    QVERIFY(!f->next()->isEnabled());

    // A console address: the API address it stands for is shown.
    urlEdit->setText(QStringLiteral("https://acme.kandji.io/devices"));
    QVERIFY(!error->isVisible());
    QVERIFY(suggestion->isVisible());
    QCOMPARE(suggestion->text(),
             QStringLiteral("Using the API address https://acme.api.kandji.io for the console "
                            "acme.kandji.io."));
    QVERIFY(!f->next()->isEnabled()); // no token yet

    // The right address, a wrong token: a clear refusal, the token nowhere to be seen.
    connectIru(f.get(), f->iruUrl(), wrongIruToken);
    QCOMPARE(c->state(), IruConnectionController::State::Failed);
    QVERIFY(!suggestion->isVisible());
    QVERIFY(result->isVisible());
    QCOMPARE(result->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("The Iru Endpoint API token was refused"));
    QCOMPARE(result->findChild<QLabel *>(QStringLiteral("statusIcon"))->toolTip(),
             QStringLiteral("fail"));
    auto *remediation = result->findChild<QLabel *>(QStringLiteral("remediationLabel"));
    QVERIFY(remediation->isVisible());
    QVERIFY2(remediation->text().contains(u"Access → API tokens"), qPrintable(remediation->text()));
    QCOMPARE(connectButton->text(), QStringLiteral("&Connect again"));
    QVERIFY(f->next()->isEnabled()); // Next tries again
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruConnectionPageId));
    QVERIFY(!shownAnywhere(f.get(), wrongIruToken));
    QCOMPARE(f->store.writes, 0);
    QVERIFY(!f->session.iruClient());

    // The right token, through the Connect button this time.
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, iruToken);
    QVERIFY(!result->isVisible()); // the old answer no longer matches what is entered
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(f->find<QProgressBar>("iruBusyBar")->isVisible());
    QVERIFY(urlEdit->isReadOnly());
    QVERIFY(!f->next()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), IruConnectionController::State::Connected, 15000);
    QVERIFY(!f->find<QProgressBar>("iruBusyBar")->isVisible());
    QCOMPARE(result->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("Connected to Iru Endpoint"));
    QCOMPARE(result->findChild<QLabel *>(QStringLiteral("statusIcon"))->toolTip(),
             QStringLiteral("pass"));
    QVERIFY(tokenEdit->text().isEmpty()); // not left lying in the field
    QCOMPARE(tokenEdit->placeholderText(),
             QStringLiteral("A token is in use (not shown); paste another to replace it"));
    QTRY_COMPARE(f->store.writes, 1);
    QCOMPARE(f->store.entries.value(iru::IruTokenStore::keyFor(f->tenant->iruApiUrl())),
             iruToken.toUtf8());
    QVERIFY(!f->find<QLabel>("iruKeychainWarningLabel")->isVisible());
    QVERIFY(!shownAnywhere(f.get(), iruToken));
    QCOMPARE(f->session.report().find(QStringLiteral("iru.connection"))->status, CheckStatus::Pass);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ScopePageId));
}

void TestIruPages::storedTokenIsUsedWithoutShowingIt()
{
    auto f = open(QStringLiteral("ready"), SetupWizard::IruConnectionPageId);
    f->store.entries.insert(iru::IruTokenStore::keyFor(f->tenant->iruApiUrl()), iruToken.toUtf8());
    auto *urlEdit = f->find<QLineEdit>("iruUrlEdit");
    QTest::keyClicks(urlEdit, f->iruUrl());
    QTest::keyClick(urlEdit, Qt::Key_Return); // done with the address: look for a kept token
    auto *stored = f->find<QLabel>("iruStoredTokenLabel");
    QTRY_VERIFY(stored->isVisible());
    QCOMPARE(stored->text(),
             QStringLiteral("Using the token kept in this computer's keychain for 127.0.0.1."));
    QVERIFY(f->find<QLineEdit>("iruTokenEdit")->text().isEmpty());
    QVERIFY(f->next()->isEnabled());
    QTest::mouseClick(f->next(), Qt::LeftButton);
    IruConnectionController *c = f->wizard->iruConnectionController();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), IruConnectionController::State::Connected, 15000);
    QVERIFY(!stored->isVisible());
    QVERIFY(!shownAnywhere(f.get(), iruToken));

    // Another address: the kept token was for this one, so it is not sent elsewhere.
    urlEdit->setText(QStringLiteral("acme.kandji.io"));
    QVERIFY(!c->hasToken());
    QVERIFY(!f->session.iruClient());
    QVERIFY(!f->next()->isEnabled());
}

void TestIruPages::sandboxFillsTheConnection()
{
    auto f = open(QStringLiteral("ready"), SetupWizard::IruConnectionPageId);
    const SandboxHints hints = SandboxHints::fromCredentials(f->tenant->credentials());
    QCOMPARE(hints.iruApiUrl, f->tenant->iruApiUrl());
    QCOMPARE(hints.iruApiToken, iruToken.toUtf8());
    f->wizard->setSandboxHints(hints);
    QCOMPARE(f->find<QLineEdit>("iruUrlEdit")->text(), f->iruUrl());
    QVERIFY(f->find<QLineEdit>("iruTokenEdit")->text().isEmpty());
    auto *notice = f->find<QLabel>("iruSandboxNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"the token is not shown"));
    QVERIFY(f->next()->isEnabled());
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f->wizard->iruConnectionController()->state(),
                              IruConnectionController::State::Connected, 15000);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ScopePageId));
}

void TestIruPages::scopeListsTheBlueprints()
{
    auto f = open(QStringLiteral("ready"), SetupWizard::IruConnectionPageId);
    connectIru(f.get(), f->iruUrl(), iruToken);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ScopePageId));
    ScopeController *scope = f->wizard->scopeController();
    // Loading: a busy indicator, and no way on yet.
    QCOMPARE(scope->state(), ScopeController::State::Loading);
    QVERIFY(f->find<QWidget>("scopeBusyPanel")->isVisible());
    QVERIFY(!f->next()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(scope->state(), ScopeController::State::Loaded, 15000);
    QVERIFY(!f->find<QWidget>("scopeBusyPanel")->isVisible());
    QVERIFY(!f->find<QWidget>("scopeErrorPanel")->isVisible());

    auto *table = f->find<QTableWidget>("blueprintTable");
    QCOMPARE(table->rowCount(), 3);
    const auto cells = [table](int row) {
        QStringList out;
        for (int column = ScopePage::NameColumn; column <= ScopePage::IPadsColumn; ++column)
            out.append(table->item(row, column)->text());
        return out.join(u'|');
    };
    QCOMPARE(cells(0), QStringLiteral("Macs|Classic|1|0|0"));
    QCOMPARE(cells(1), QStringLiteral("Mobile|Classic|0|1|0"));
    QCOMPARE(cells(2), QStringLiteral("ODT Pilot|Assignment Map|1|0|1"));
    QVERIFY(table->isColumnHidden(ScopePage::OthersColumn)); // no Apple TVs
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->item(row, ScopePage::NameColumn)->checkState(), Qt::Checked);
    QVERIFY(table->item(2, ScopePage::NameColumn)->font().bold()); // the suggested test Blueprint
    QVERIFY(f->find<QRadioButton>("allBlueprintsRadio")->isChecked());
    auto *hint = f->find<QLabel>("scopeHintLabel");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), scope->hint());
    QVERIFY(hint->text().contains(u"\"ODT Pilot\""));
    auto *selection = f->find<QLabel>("scopeSelectionLabel");
    QCOMPARE(selection->text(),
             QStringLiteral("In scope: 3 of 3 Blueprints (Macs: 2, iPhones: 1, iPads: 1)."));
    QVERIFY(f->next()->isEnabled());

    // Unticking one Blueprint switches to the chosen ones.
    table->item(1, ScopePage::NameColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(f->find<QRadioButton>("chosenBlueprintsRadio")->isChecked());
    QCOMPARE(f->session.blueprintScope(), (QStringList { macs, pilot }));
    QCOMPARE(selection->text(),
             QStringLiteral("In scope: 2 of 3 Blueprints (Macs: 2, iPhones: 0, iPads: 1)."));
    table->item(0, ScopePage::NameColumn)->setCheckState(Qt::Unchecked);
    table->item(2, ScopePage::NameColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(f->session.blueprintScope(), QStringList());
    QCOMPARE(selection->text(), QStringLiteral("Tick at least one Blueprint to go on."));
    QVERIFY(!f->next()->isEnabled());

    // The hint's button: the test Blueprint alone.
    auto *suggested = f->find<QPushButton>("scopeUseSuggestedButton");
    QCOMPARE(suggested->text(), QStringLiteral("Start with “ODT Pilot” only"));
    QTest::mouseClick(suggested, Qt::LeftButton);
    QCOMPARE(f->session.blueprintScope(), QStringList { pilot });
    QCOMPARE(table->item(2, ScopePage::NameColumn)->checkState(), Qt::Checked);
    QCOMPARE(table->item(0, ScopePage::NameColumn)->checkState(), Qt::Unchecked);
    QVERIFY(!suggested->isVisible()); // done
    QVERIFY(f->next()->isEnabled());

    // Back to all of them.
    QTest::mouseClick(f->find<QRadioButton>("allBlueprintsRadio"), Qt::LeftButton);
    QCOMPARE(scope->selection(), ScopeController::Selection::All);
    QCOMPARE(f->session.blueprintScope(), (QStringList { macs, mobile, pilot }));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->item(row, ScopePage::NameColumn)->checkState(), Qt::Checked);
    // "Only the ticked ones" keeps every tick until one is removed.
    QTest::mouseClick(f->find<QRadioButton>("chosenBlueprintsRadio"), Qt::LeftButton);
    QCOMPARE(scope->selection(), ScopeController::Selection::Chosen);
    QCOMPARE(f->session.blueprintScope(), (QStringList { macs, mobile, pilot }));
}

void TestIruPages::scopeReadErrorOffersRetry()
{
    auto f = open(QStringLiteral("ready"), SetupWizard::IruConnectionPageId,
                  QStringLiteral(R"({"name":"denied","extends":"ready",)"
                                 R"("iru":{"tokenDeniedPaths":["/api/v1/devices"]}})"));
    connectIru(f.get(), f->iruUrl(), iruToken);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    ScopeController *scope = f->wizard->scopeController();
    QTRY_COMPARE_WITH_TIMEOUT(scope->state(), ScopeController::State::Failed, 15000);
    auto *panel = f->find<QWidget>("scopeErrorPanel");
    QVERIFY(panel->isVisible());
    QCOMPARE(f->find<QLabel>("scopeErrorLabel")->text(), scope->errorMessage());
    QVERIFY2(scope->errorMessage().contains(u"\"Device list\" (/api/v1/devices)"),
             qPrintable(scope->errorMessage()));
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!f->find<QTableWidget>("blueprintTable")->isEnabled());
    QSignalSpy states(scope, &ScopeController::stateChanged);
    QTest::mouseClick(f->find<QPushButton>("scopeRetryButton"), Qt::LeftButton);
    QCOMPARE(scope->state(), ScopeController::State::Loading);
    QVERIFY(!panel->isVisible());
    QVERIFY(f->find<QWidget>("scopeBusyPanel")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(scope->state(), ScopeController::State::Failed, 15000);
    QCOMPARE(states.size(), 2);
    QVERIFY(panel->isVisible());
}

void TestIruPages::readinessShowsTheFailingBlueprints()
{
    auto f = open(QStringLiteral("okta-verify-missing"), SetupWizard::IruConnectionPageId);
    connectIru(f.get(), f->iruUrl(), iruToken);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    ScopeController *scope = f->wizard->scopeController();
    QTRY_COMPARE_WITH_TIMEOUT(scope->state(), ScopeController::State::Loaded, 15000);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruReadinessPageId));
    IruReadinessController *c = f->wizard->iruReadinessController();
    // Running: one row per check at once, a busy bar, Next held until the answers are in.
    QCOMPARE(c->state(), IruReadinessController::State::Running);
    QVERIFY(f->find<QProgressBar>("iruReadinessBusyBar")->isVisible());
    QCOMPARE(f->find<QWidget>("iruChecksContainer")->findChildren<CheckResultWidget *>().size(), 5);
    QVERIFY(!f->next()->isEnabled());
    QVERIFY(!f->find<QPushButton>("iruRecheckButton")->isEnabled());
    QCOMPARE(f->find<QLabel>("iruScopeLabel")->text(),
             QStringLiteral("Blueprints in scope: 3 (Macs: 2, iPhones: 1, iPads: 1)."));
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), IruReadinessController::State::Finished, 30000);
    QVERIFY(!f->find<QProgressBar>("iruReadinessBusyBar")->isVisible());
    QCOMPARE(f->find<QLabel>("iruReadinessSummaryLabel")->text(),
             QStringLiteral("3 of 5 checks pass. Found blockers: 2."));
    QVERIFY(f->find<QLabel>("iruReadinessNoteLabel")->isVisible());
    QVERIFY(f->next()->isEnabled()); // the review gathers the blockers

    // The Mac check names the Macs Blueprint; the others are folded away.
    CheckResultWidget *mac = f->row(iru::checkid::macAutoApp);
    QCOMPARE(mac->findChild<QLabel *>(QStringLiteral("statusIcon"))->toolTip(),
             QStringLiteral("fail"));
    QCOMPARE(mac->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             c->result(iru::checkid::macAutoApp).title);
    QList<QWidget *> findings = mac->findChildren<QWidget *>(QStringLiteral("finding"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0)->property("subjectId").toString(), macs);
    QCOMPARE(findings.at(0)->findChild<QLabel *>(QStringLiteral("findingIcon"))->toolTip(),
             QStringLiteral("fail"));
    const QString label
        = findings.at(0)->findChild<QLabel *>(QStringLiteral("findingLabel"))->text();
    QVERIFY2(label.startsWith(u"<b>Macs</b> (Mac): "), qPrintable(label));
    QVERIFY(
        label.contains(c->result(iru::checkid::macAutoApp).findings.at(0).detail.toHtmlEscaped()));
    QCOMPARE(findings.at(0)->findChild<QLabel *>(QStringLiteral("findingConfidence"))->text(),
             QStringLiteral("verified"));
    QVERIFY(mac->findChild<QLabel *>(QStringLiteral("remediationLabel"))->isVisible());
    auto *toggle = mac->findChild<QToolButton *>(QStringLiteral("findingsToggle"));
    QVERIFY(toggle->isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Other Blueprints (2)"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    findings = mac->findChildren<QWidget *>(QStringLiteral("finding"));
    QCOMPARE(findings.size(), 3);
    QStringList statuses;
    for (QWidget *finding : std::as_const(findings))
        statuses.append(finding->findChild<QLabel *>(QStringLiteral("findingIcon"))->toolTip());
    QCOMPARE(statuses, (QStringList { u"fail"_qs, u"skipped"_qs, u"pass"_qs }));

    // The iOS check names the Mobile Blueprint's iPhone.
    CheckResultWidget *ios = f->row(iru::checkid::iosAppStoreApp);
    findings = ios->findChildren<QWidget *>(QStringLiteral("finding"));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0)->property("subjectId").toString(), mobile);
    QVERIFY(findings.at(0)
                ->findChild<QLabel *>(QStringLiteral("findingLabel"))
                ->text()
                .startsWith(u"<b>Mobile</b> (iPhone): "));
    // A passing check shows no findings until asked.
    CheckResultWidget *manual = f->row(iru::checkid::manualOdt);
    QVERIFY(manual->findChildren<QWidget *>(QStringLiteral("finding")).isEmpty());
    QCOMPARE(manual->findChild<QToolButton *>(QStringLiteral("findingsToggle"))->text(),
             QStringLiteral("Per Blueprint (3)"));
    QVERIFY(!manual->findChild<QLabel *>(QStringLiteral("remediationLabel"))->isVisible());
}

void TestIruPages::confirmationAndScopeChange()
{
    auto f = open(QStringLiteral("okta-verify-missing"), SetupWizard::IruConnectionPageId);
    connectIru(f.get(), f->iruUrl(), iruToken);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    ScopeController *scope = f->wizard->scopeController();
    QTRY_COMPARE_WITH_TIMEOUT(scope->state(), ScopeController::State::Loaded, 15000);
    // The classic Blueprints only: no device there proves Apps and Books.
    auto *table = f->find<QTableWidget>("blueprintTable");
    table->item(2, ScopePage::NameColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(f->session.blueprintScope(), (QStringList { macs, mobile }));
    QTest::mouseClick(f->next(), Qt::LeftButton);
    IruReadinessController *c = f->wizard->iruReadinessController();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), IruReadinessController::State::Finished, 30000);

    CheckResultWidget *books = f->row(iru::checkid::appsAndBooks);
    auto *confidence = books->findChild<QLabel *>(QStringLiteral("confidenceLabel"));
    QCOMPARE(confidence->text(), QStringLiteral("inferred"));
    QCOMPARE(books->findChildren<QWidget *>(QStringLiteral("finding")).size(), 2);
    auto *confirm = books->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm->isVisible());
    const QString prompt = c->result(iru::checkid::appsAndBooks).confirmationPrompt;
    QVERIFY(!prompt.isEmpty());
    QVERIFY(books->findChild<QLabel *>(QStringLiteral("confirmPrompt"))->text().contains(prompt));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confidence->text(), QStringLiteral("confirmed by you"));
    QVERIFY(!confirm->isVisible());
    QCOMPARE(f->session.report().find(iru::checkid::appsAndBooks)->confidence,
             Confidence::Confirmed);
    // Its Blueprints are settled now: nothing left to show unless asked.
    QVERIFY(books->findChildren<QWidget *>(QStringLiteral("finding")).isEmpty());
    auto *toggle = books->findChild<QToolButton *>(QStringLiteral("findingsToggle"));
    QCOMPARE(toggle->text(), QStringLiteral("Per Blueprint (2)"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    const QList<QWidget *> findings = books->findChildren<QWidget *>(QStringLiteral("finding"));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0)->findChild<QLabel *>(QStringLiteral("findingConfidence"))->text(),
             QStringLiteral("confirmed by you"));

    // Back to the scope, the pilot Blueprint added: the checks run again for the new scope.
    QTest::mouseClick(f->wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ScopePageId));
    table->item(2, ScopePage::NameColumn)->setCheckState(Qt::Checked);
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(c->state(), IruReadinessController::State::Running);
    QCOMPARE(f->find<QLabel>("iruScopeLabel")->text(),
             QStringLiteral("Blueprints in scope: 3 (Macs: 2, iPhones: 1, iPads: 1)."));
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), IruReadinessController::State::Finished, 30000);
    // ODT Pilot's devices report the App Store app: verified now, and still confirmed.
    QCOMPARE(c->result(iru::checkid::appsAndBooks).status, CheckStatus::Pass);
    QCOMPARE(f->find<QLabel>("iruReadinessSummaryLabel")->text(),
             QStringLiteral("3 of 5 checks pass. Found blockers: 2."));
}

void TestIruPages::endToEndCheckOnly()
{
    auto f = open(QStringLiteral("okta-verify-missing"));
    throughOktaPages(f.get(), /*checkOnly=*/true);
    // Check-only: the API service integration is skipped.
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruConnectionPageId));
    connectIru(f.get(), f->iruUrl(), iruToken);
    toIruReadinessFinished(f.get());
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ReviewPageId));

    // The report: blockers from the Iru side; Finish ends the check (nothing would change).
    ReviewController *review = f->wizard->reviewController();
    QCOMPARE(review->blockerCount(), 2);
    QAbstractButton *finish = f->wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QVERIFY(finish->isEnabled());
    QVERIFY(!f->wizard->button(QWizard::NextButton)->isVisible());
    QVERIFY(f->find<QWidget>("blockerBanner")->isVisible());
    QVERIFY(f->find<QLabel>("checkOnlyNote")->isVisible());
    QStringList kinds;
    const QList<QFrame *> cards
        = f->wizard->reviewPage()->findChildren<QFrame *>(QStringLiteral("reviewCard"));
    for (QFrame *card : cards)
        kinds.append(card->findChild<QLabel *>(QStringLiteral("kindLabel"))->text());
    QVERIFY2(kinds.size() >= 3, qPrintable(kinds.join(u'\n')));
    QCOMPARE(kinds.at(0), QStringLiteral("BLOCKER · iru.oktaVerify.macAutoApp"));
    QCOMPARE(kinds.at(1), QStringLiteral("BLOCKER · iru.oktaVerify.iosAppStoreApp"));
    QVERIFY2(kinds.contains(u"WARNING, NOT VERIFIED · okta.adaptiveMfa"_qs),
             qPrintable(kinds.join(u'\n')));
    QCOMPARE(cards.at(0)->findChild<QLabel *>(QStringLiteral("subjectLabel"))->text(),
             QStringLiteral("Applies to: Macs (Mac)"));
    QVERIFY(f->wizard->reviewPage()->findChildren<QCheckBox *>().isEmpty());

    // Export both reports through the file chooser.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList suggested;
    f->wizard->reviewPage()->setFileChooser(
        [&](const QString &, const QString &suggestedPath, const QString &,
            const std::function<void(const QString &)> &chosen) {
            suggested.append(suggestedPath);
            chosen(dir.filePath(QFileInfo(suggestedPath).fileName()));
        });
    QTest::mouseClick(f->find<QPushButton>("exportJsonButton"), Qt::LeftButton);
    QTest::mouseClick(f->find<QPushButton>("exportHtmlButton"), Qt::LeftButton);
    QCOMPARE(suggested.size(), 2);
    const QString json = readAll(dir.filePath(QFileInfo(suggested.at(0)).fileName()));
    const QString html = readAll(dir.filePath(QFileInfo(suggested.at(1)).fileName()));
    QVERIFY(f->find<QLabel>("exportStatusLabel")->text().startsWith(u"Saved to "));
    const QStringList ids { u"okta.superAdmin"_qs,        u"okta.fastPass"_qs,
                            u"okta.adaptiveMfa"_qs,       u"iru.connection"_qs,
                            iru::checkid::appsAndBooks,   iru::checkid::macAutoApp,
                            iru::checkid::iosAppStoreApp, iru::checkid::platformConditions,
                            iru::checkid::manualOdt };
    for (const QString &id : ids) {
        QVERIFY2(json.contains(u'"' + id + u'"'), qPrintable(id));
        QVERIFY2(html.contains(id), qPrintable(id));
    }
    // The report names both sides, and carries no secret.
    QVERIFY(html.contains(f->tenant->oktaOrgUrl().host()));
    QVERIFY(html.contains(f->iruUrl()));
    for (const QString &secret : { iruToken, oktaToken }) {
        QVERIFY(!json.contains(secret));
        QVERIFY(!html.contains(secret));
    }
    QVERIFY(!shownAnywhere(f.get(), iruToken));

    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(!f->wizard->isVisible());
}

void TestIruPages::endToEndSetUpWithWarnings()
{
    auto f = open(QStringLiteral("manual-odt-present"));
    throughOktaPages(f.get(), /*checkOnly=*/false);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ApiServicePageId));
    QTest::mouseClick(f->next(), Qt::LeftButton); // not created now: allowed
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::IruConnectionPageId));
    connectIru(f.get(), f->iruUrl(), iruToken);
    toIruReadinessFinished(f.get());
    QCOMPARE(f->find<QLabel>("iruReadinessSummaryLabel")->text(),
             QStringLiteral("4 of 5 checks pass. Found warnings: 1."));
    QTest::mouseClick(f->next(), Qt::LeftButton);
    QCOMPARE(f->wizard->currentId(), int(SetupWizard::ReviewPageId));

    ReviewController *review = f->wizard->reviewController();
    QCOMPARE(review->blockerCount(), 0);
    QCOMPARE(review->couldNotCheckCount(), 0);
    QVERIFY(!f->find<QWidget>("blockerBanner")->isVisible());
    QStringList keys;
    for (const ReviewItem &item : review->items())
        keys.append(item.key);
    QVERIFY2(keys.contains(acknowledgementKey(iru::checkid::manualOdt, macs)),
             qPrintable(keys.join(u'\n')));
    QVERIFY2(keys.contains(acknowledgementKey(u"okta.adaptiveMfa"_qs)),
             qPrintable(keys.join(u'\n')));

    // The last step: Finish only once each warning has its own tick.
    QAbstractButton *finish = f->next();
    QCOMPARE(finish, f->wizard->button(QWizard::FinishButton));
    const QList<QCheckBox *> boxes
        = f->wizard->reviewPage()->findChildren<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
    QCOMPARE(boxes.size(), review->warningCount());
    QVERIFY(boxes.size() >= 2);
    for (QCheckBox *box : boxes) {
        QVERIFY(!finish->isEnabled());
        QVERIFY(box->isVisible());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(box->isChecked());
    }
    QVERIFY(finish->isEnabled());
    QCOMPARE(f->find<QLabel>("summaryLabel")->text(),
             QStringLiteral("0 blocker(s), %1 warning(s), %1 of %1 acknowledged. You can go on.")
                 .arg(boxes.size()));
    boxes.first()->click(); // changed their mind
    QVERIFY(!finish->isEnabled());
    boxes.first()->click();
    QVERIFY(finish->isEnabled());

    // The export works here too, with both sides in it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.json"));
    f->wizard->reviewPage()->setFileChooser(
        [&](const QString &, const QString &, const QString &,
            const std::function<void(const QString &)> &chosen) { chosen(path); });
    QTest::mouseClick(f->find<QPushButton>("exportJsonButton"), Qt::LeftButton);
    const QString json = readAll(path);
    QVERIFY(json.contains(u"\"okta.fastPass\""));
    QVERIFY(json.contains(u"\"iru.manualOdt\""));
    QVERIFY(!json.contains(iruToken));
}

ODT_TEST_WIDGETS_MAIN(TestIruPages)
#include "tst_irupages.moc"
