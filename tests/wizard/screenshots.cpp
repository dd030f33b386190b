// odt-screenshots: drives the wizard through each page and state against the in-process sandbox
// and saves a PNG of the window for each, so a person can look at what admins will see.
#include "../support/fakesecretstore.h"
#include "../support/sandboxsignin.h"
#include "cli/sandboxlaunch.h"
#include "controller/apiservicecontroller.h"
#include "controller/iruconnectioncontroller.h"
#include "controller/irureadinesscontroller.h"
#include "controller/oktareadinesscontroller.h"
#include "controller/orgcontroller.h"
#include "controller/sandboxbrowser.h"
#include "controller/scopecontroller.h"
#include "controller/session.h"
#include "controller/signincontroller.h"
#include "iru/checks/readiness.h"
#include "sandbox/sandboxtenant.h"
#include "wizard/checkresultwidget.h"
#include "wizard/scopepage.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QtCrypto>

using namespace odt;

namespace {

// `settle` lets queued work run first; without it the window is captured as it is right now
// (for transient states such as a check in flight).
bool save(QWidget *window, const QString &dir, const QString &name, bool settle = true)
{
    if (settle)
        QTest::qWait(150);
    return window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool shootScenario(const QString &dir, const QString &scenario, OrgController::State expected,
                   const QString &resultName, bool includeWelcome)
{
    Session session;
    QString error;
    auto tenant = cli::startSandbox(&session, scenario, &error);
    if (!tenant) {
        qCritical("%s", qPrintable(error));
        return false;
    }
    wizard::SetupWizard wizard(&session);
    wizard.setSandboxScenario(scenario);
    wizard.resize(760, 560);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    if (includeWelcome && !save(&wizard, dir, QStringLiteral("01-welcome")))
        return false;
    wizard.next();
    auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("orgUrlEdit"));
    if (includeWelcome) {
        edit->setText(QStringLiteral("http://acme.okta.com"));
        save(&wizard, dir, QStringLiteral("02-org-invalid-http"));
        edit->setText(QStringLiteral("acme-admin.okta.com"));
        save(&wizard, dir, QStringLiteral("03-org-admin-host-folded"));
    }
    edit->setText(tenant->oktaOrgUrl().toString());
    wizard.orgController()->verify();
    if (includeWelcome)
        save(&wizard, dir, QStringLiteral("04-org-checking"), /*settle=*/false);
    if (!QTest::qWaitFor([&] { return wizard.orgController()->state() == expected; }, 15000))
        return false;
    return save(&wizard, dir, resultName);
}

// Stands in for the system browser, so shooting the sign-in page opens nothing.
class BrowserCatcher : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void open(const QUrl &) { }
};

// One wizard on its own sandbox tenant, walked to the sign-in page; the OIDC app lists a free
// loopback port, so the shots never race the test suites for 53682.
struct OktaPagesRun
{
    Session session;
    std::unique_ptr<sandbox::SandboxTenant> tenant;
    quint16 port = 0;
    FakeSecretStore store;
    std::unique_ptr<wizard::SetupWizard> wizard;

    template<typename T> T *find(const char *name) const
    {
        return wizard->findChild<T *>(QLatin1String(name));
    }
    bool open(const QString &scenario, bool hints, QSize size = QSize(760, 560))
    {
        QString error;
        tenant = startSandboxForSignIn(scenario, &port, &error);
        if (!tenant) {
            qCritical("%s", qPrintable(error));
            return false;
        }
        session.trustExtraCaCertificates({ tenant->caCertificate() });
        wizard = std::make_unique<wizard::SetupWizard>(&session);
        wizard->setSecretStore(&store);
        wizard->setSandboxScenario(scenario);
        if (hints)
            wizard->setSandboxHints(SandboxHints::fromCredentials(tenant->credentials()));
        wizard->resize(size);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return false;
        wizard->next();
        find<QLineEdit>("orgUrlEdit")->setText(tenant->oktaOrgUrl().toString());
        wizard->orgController()->verify();
        if (!QTest::qWaitFor(
                [this] {
                    return wizard->orgController()->state() == OrgController::State::IdentityEngine;
                },
                15000))
            return false;
        wizard->next();
        return wizard->currentId() == wizard::SetupWizard::SignInPageId;
    }
    bool signInWithToken(const QString &token)
    {
        find<QTabWidget>("methodTabs")->setCurrentWidget(find<QWidget>("tokenTab"));
        find<QLineEdit>("apiTokenEdit")->setText(token);
        find<QPushButton>("apiTokenButton")->click();
        SignInController *c = wizard->signInController();
        return QTest::qWaitFor([c] { return !c->isBusy(); }, 20000);
    }
    bool toReadinessFinished()
    {
        wizard->next();
        OktaReadinessController *c = wizard->oktaReadinessController();
        return QTest::qWaitFor(
            [c] { return c->state() == OktaReadinessController::State::Finished; }, 20000);
    }
    bool runApiService()
    {
        find<QPushButton>("runButton")->click();
        ApiServiceController *c = wizard->apiServiceController();
        return QTest::qWaitFor([c] { return c->state() != ApiServiceController::State::Working; },
                               20000);
    }
    void showEvidence(const QString &checkId)
    {
        auto *row = wizard->findChild<wizard::CheckResultWidget *>(checkId);
        row->findChild<QToolButton *>(QStringLiteral("evidenceToggle"))->setChecked(true);
        QTest::qWait(50); // let the layout settle before scrolling to it
        find<QScrollArea>("checksArea")->ensureWidgetVisible(row, 0, 0);
    }
};

const QString superToken = QStringLiteral("00sbxSuperAdminToken0000000000000000000000");

bool shootOktaPages(const QString &dir)
{
    BrowserCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    bool ok = true;
    const auto check = [&ok](bool step, const char *what) {
        if (!step)
            qCritical("screenshot step failed: %s", what);
        ok = ok && step;
        return step;
    };

    {
        OktaPagesRun run;
        if (check(run.open(QStringLiteral("ready"), false), "open ready")) {
            check(save(run.wizard.get(), dir, QStringLiteral("10-signin-browser")), "10");
            run.find<QLineEdit>("clientIdEdit")->setText(QStringLiteral("0oa1sbxodtsetup0x0h7"));
            run.wizard->signInController()->setClientId(QStringLiteral("0oa1sbxodtsetup0x0h7"));
            run.find<QSpinBox>("redirectPortSpin")->setValue(run.port);
            run.find<QPushButton>("browserButton")->click();
            check(save(run.wizard.get(), dir, QStringLiteral("11-signin-waiting-for-browser")),
                  "11");
            run.find<QPushButton>("cancelBrowserButton")->click();
            run.find<QTabWidget>("methodTabs")->setCurrentWidget(run.find<QWidget>("deviceTab"));
            run.find<QPushButton>("deviceButton")->click();
            SignInController *c = run.wizard->signInController();
            check(QTest::qWaitFor([c] { return !c->userCode().isEmpty(); }, 15000), "code");
            check(save(run.wizard.get(), dir, QStringLiteral("12-signin-device-code")), "12");
            run.find<QPushButton>("cancelDeviceButton")->click();
            check(
                run.signInWithToken(QStringLiteral("00wrongToken0000000000000000000000000000000")),
                "wrong token");
            check(save(run.wizard.get(), dir, QStringLiteral("13-signin-api-token-wrong")), "13");
            check(run.signInWithToken(superToken), "token");
            check(save(run.wizard.get(), dir, QStringLiteral("14-signin-super-admin")), "14");
            run.wizard->next();
            check(save(run.wizard.get(), dir, QStringLiteral("15-readiness-running"), false), "15");
            OktaReadinessController *r = run.wizard->oktaReadinessController();
            check(
                QTest::qWaitFor(
                    [r] { return r->state() == OktaReadinessController::State::Finished; }, 20000),
                "readiness");
            check(save(run.wizard.get(), dir, QStringLiteral("16-readiness-ready")), "16");
            r->confirm(QStringLiteral("okta.adaptiveMfa"));
            run.showEvidence(QStringLiteral("okta.adaptiveMfa"));
            check(
                save(run.wizard.get(), dir, QStringLiteral("17-readiness-adaptive-mfa-confirmed")),
                "17");
            run.wizard->next();
            check(save(run.wizard.get(), dir, QStringLiteral("18-apiservice-ready")), "18");
            check(run.runApiService(), "api service");
            check(save(run.wizard.get(), dir, QStringLiteral("19-apiservice-created")), "19");
            run.wizard->resize(640, 480);
            check(save(run.wizard.get(), dir, QStringLiteral("20-apiservice-created-640x480")),
                  "20");

            // Another computer's keychain: the integration exists, its secret is elsewhere.
            OktaPagesRun other;
            other.session.trustExtraCaCertificates({ run.tenant->caCertificate() });
            other.wizard = std::make_unique<wizard::SetupWizard>(&other.session);
            other.wizard->setSecretStore(&other.store);
            other.wizard->setSandboxScenario(QStringLiteral("ready"));
            other.wizard->resize(760, 560);
            other.wizard->show();
            check(QTest::qWaitForWindowExposed(other.wizard.get()), "expose");
            other.wizard->next();
            other.find<QLineEdit>("orgUrlEdit")->setText(run.tenant->oktaOrgUrl().toString());
            other.wizard->orgController()->verify();
            check(QTest::qWaitFor(
                      [&other] {
                          return other.wizard->orgController()->state()
                              == OrgController::State::IdentityEngine;
                      },
                      15000),
                  "other org");
            other.wizard->next();
            check(other.signInWithToken(superToken), "other token");
            check(other.toReadinessFinished(), "other readiness");
            other.wizard->next();
            check(other.runApiService(), "other api service");
            check(save(other.wizard.get(), dir, QStringLiteral("21-apiservice-secret-elsewhere")),
                  "21");
        }
    }
    {
        OktaPagesRun run;
        if (check(run.open(QStringLiteral("not-super-admin"), false), "open not-super-admin")) {
            check(run.signInWithToken(superToken), "token");
            check(save(run.wizard.get(), dir, QStringLiteral("22-signin-not-super-admin")), "22");
        }
    }
    {
        OktaPagesRun run;
        if (check(run.open(QStringLiteral("no-fastpass"), false), "open no-fastpass")) {
            check(run.signInWithToken(superToken), "token");
            check(run.toReadinessFinished(), "readiness");
            run.showEvidence(QStringLiteral("okta.fastPass"));
            check(save(run.wizard.get(), dir, QStringLiteral("23-readiness-no-fastpass")), "23");
            run.wizard->resize(640, 480);
            QTest::qWait(50);
            run.showEvidence(QStringLiteral("okta.fastPass"));
            check(save(run.wizard.get(), dir, QStringLiteral("24-readiness-no-fastpass-640x480")),
                  "24");
        }
    }
    {
        OktaPagesRun run;
        if (check(run.open(QStringLiteral("ready"), true, QSize(640, 480)), "open sandbox hints")) {
            check(save(run.wizard.get(), dir, QStringLiteral("25-signin-sandbox-640x480")), "25");
            run.find<QPushButton>("browserButton")->click();
            SignInController *c = run.wizard->signInController();
            check(QTest::qWaitFor([c] { return !c->isBusy(); }, 20000), "sandbox sign-in");
            check(save(run.wizard.get(), dir, QStringLiteral("26-signin-super-admin-640x480")),
                  "26");
        }
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    return ok;
}

const QString iruToken = QStringLiteral("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70");

// One wizard on its own sandbox tenant, started at the Iru Endpoint connection page.
struct IruPagesRun
{
    Session session;
    std::unique_ptr<sandbox::SandboxTenant> tenant;
    FakeSecretStore store;
    std::unique_ptr<wizard::SetupWizard> wizard;

    template<typename T> T *find(const char *name) const
    {
        return wizard->findChild<T *>(QLatin1String(name));
    }
    bool open(const QString &scenarioOrJson, QSize size = QSize(760, 560))
    {
        QString error;
        tenant = startSandbox(scenarioOrJson, &error);
        if (!tenant) {
            qCritical("%s", qPrintable(error));
            return false;
        }
        session.trustExtraCaCertificates({ tenant->caCertificate() });
        wizard = std::make_unique<wizard::SetupWizard>(&session);
        wizard->setSecretStore(&store);
        wizard->setSandboxScenario(tenant->scenario().name);
        wizard->setStartId(wizard::SetupWizard::IruConnectionPageId);
        wizard->resize(size);
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }
    void enter(const QString &url, const QString &token)
    {
        find<QLineEdit>("iruUrlEdit")->setText(url);
        find<QLineEdit>("iruTokenEdit")->setText(token);
    }
    bool connect()
    {
        IruConnectionController *c = wizard->iruConnectionController();
        c->connectToTenant();
        return QTest::qWaitFor(
            [c] { return c->state() != IruConnectionController::State::Checking; }, 15000);
    }
    bool toScopeLoaded()
    {
        wizard->next();
        ScopeController *s = wizard->scopeController();
        return QTest::qWaitFor([s] { return s->state() != ScopeController::State::Loading; },
                               15000);
    }
    bool toReadinessFinished()
    {
        wizard->next();
        IruReadinessController *c = wizard->iruReadinessController();
        return QTest::qWaitFor(
            [c] { return c->state() == IruReadinessController::State::Finished; }, 30000);
    }
    void showFindings(const QString &checkId)
    {
        auto *row = wizard->findChild<wizard::CheckResultWidget *>(checkId);
        row->findChild<QToolButton *>(QStringLiteral("findingsToggle"))->setChecked(true);
        QTest::qWait(50);
        find<QScrollArea>("iruChecksArea")->ensureWidgetVisible(row, 0, 0);
    }
};

bool shootIruPages(const QString &dir)
{
    bool ok = true;
    const auto check = [&ok](bool step, const char *what) {
        if (!step)
            qCritical("screenshot step failed: %s", what);
        ok = ok && step;
        return step;
    };
    {
        IruPagesRun run;
        if (check(run.open(QStringLiteral("ready")), "open ready")) {
            check(save(run.wizard.get(), dir, QStringLiteral("40-iru-connection-empty")), "40");
            run.enter(QStringLiteral("acme.eu.kandji.io/library"), iruToken);
            check(save(run.wizard.get(), dir, QStringLiteral("41-iru-connection-console-url")),
                  "41");
            run.enter(QStringLiteral("http://acme.kandji.io"), iruToken);
            check(save(run.wizard.get(), dir, QStringLiteral("42-iru-connection-plain-http")),
                  "42");
            run.enter(run.tenant->iruApiUrl().toString(),
                      QStringLiteral("0d1e2f30-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));
            run.wizard->iruConnectionController()->connectToTenant();
            check(save(run.wizard.get(), dir, QStringLiteral("43-iru-connection-checking"), false),
                  "43");
            IruConnectionController *c = run.wizard->iruConnectionController();
            check(
                QTest::qWaitFor(
                    [c] { return c->state() != IruConnectionController::State::Checking; }, 15000),
                "wrong token");
            check(save(run.wizard.get(), dir, QStringLiteral("44-iru-connection-wrong-token")),
                  "44");
            run.wizard->resize(640, 480);
            check(save(run.wizard.get(), dir,
                       QStringLiteral("45-iru-connection-wrong-token-640x480")),
                  "45");
            run.wizard->resize(760, 560);
            run.find<QLineEdit>("iruTokenEdit")->setText(iruToken);
            check(run.connect(), "connect");
            check(save(run.wizard.get(), dir, QStringLiteral("46-iru-connection-connected")), "46");
            run.wizard->next();
            check(save(run.wizard.get(), dir, QStringLiteral("47-scope-loading"), false), "47");
            ScopeController *s = run.wizard->scopeController();
            check(QTest::qWaitFor([s] { return s->state() == ScopeController::State::Loaded; },
                                  15000),
                  "scope");
            check(save(run.wizard.get(), dir, QStringLiteral("48-scope-all")), "48");
            auto *table = run.find<QTableWidget>("blueprintTable");
            table->item(1, wizard::ScopePage::NameColumn)->setCheckState(Qt::Unchecked);
            check(save(run.wizard.get(), dir, QStringLiteral("49-scope-chosen")), "49");
            for (int row = 0; row < table->rowCount(); ++row)
                table->item(row, wizard::ScopePage::NameColumn)->setCheckState(Qt::Unchecked);
            run.wizard->resize(640, 480);
            check(save(run.wizard.get(), dir, QStringLiteral("50-scope-none-640x480")), "50");
            run.find<QRadioButton>("allBlueprintsRadio")->click();
            run.wizard->next();
            check(save(run.wizard.get(), dir, QStringLiteral("51-iru-readiness-running-640x480"),
                       false),
                  "51");
            IruReadinessController *r = run.wizard->iruReadinessController();
            check(QTest::qWaitFor(
                      [r] { return r->state() == IruReadinessController::State::Finished; }, 30000),
                  "readiness");
            run.wizard->resize(760, 560);
            check(save(run.wizard.get(), dir, QStringLiteral("52-iru-readiness-ready")), "52");
        }
    }
    {
        IruPagesRun run;
        if (check(run.open(QStringLiteral("okta-verify-missing")), "open okta-verify-missing")) {
            run.wizard->setSandboxHints(SandboxHints::fromCredentials(run.tenant->credentials()));
            check(save(run.wizard.get(), dir, QStringLiteral("53-iru-connection-sandbox")), "53");
            check(run.connect() && run.toScopeLoaded() && run.toReadinessFinished(),
                  "missing readiness");
            check(save(run.wizard.get(), dir, QStringLiteral("54-iru-readiness-missing")), "54");
            run.showFindings(iru::checkid::macAutoApp);
            check(save(run.wizard.get(), dir, QStringLiteral("55-iru-readiness-missing-findings")),
                  "55");
            run.wizard->resize(640, 480);
            QTest::qWait(50);
            run.showFindings(iru::checkid::iosAppStoreApp);
            check(save(run.wizard.get(), dir, QStringLiteral("56-iru-readiness-missing-640x480")),
                  "56");
            // The classic Blueprints only: Apps and Books is inferred, with a confirmation.
            run.wizard->back();
            run.wizard->scopeController()->setSelectedIds(
                { QStringLiteral("b1a00000-0000-4000-8000-000000000001"),
                  QStringLiteral("b1a00000-0000-4000-8000-000000000002") });
            run.wizard->resize(760, 560);
            check(run.toReadinessFinished(), "classic readiness");
            check(save(run.wizard.get(), dir, QStringLiteral("57-iru-readiness-confirm")), "57");
            run.wizard->iruReadinessController()->confirm(iru::checkid::appsAndBooks);
            check(save(run.wizard.get(), dir, QStringLiteral("58-iru-readiness-confirmed")), "58");
        }
    }
    {
        IruPagesRun run;
        if (check(run.open(QStringLiteral(R"({"name":"devices-denied","extends":"ready",)"
                                          R"("iru":{"tokenDeniedPaths":["/api/v1/devices"]}})")),
                  "open devices-denied")) {
            run.enter(run.tenant->iruApiUrl().toString(), iruToken);
            check(run.connect() && run.toScopeLoaded(), "denied scope");
            check(save(run.wizard.get(), dir, QStringLiteral("59-scope-error")), "59");
        }
    }
    {
        // Both sides, up to the review: Okta with the sign-in, then the Iru pages.
        OktaPagesRun run;
        if (check(run.open(QStringLiteral("manual-odt-present"), true), "open manual-odt")) {
            check(run.signInWithToken(superToken), "token");
            check(run.toReadinessFinished(), "okta readiness");
            run.wizard->next(); // API service integration: not now
            run.wizard->next();
            IruConnectionController *c = run.wizard->iruConnectionController();
            c->connectToTenant();
            check(
                QTest::qWaitFor(
                    [c] { return c->state() == IruConnectionController::State::Connected; }, 15000),
                "connected");
            run.wizard->next();
            ScopeController *s = run.wizard->scopeController();
            check(QTest::qWaitFor([s] { return s->state() == ScopeController::State::Loaded; },
                                  15000),
                  "scope");
            run.wizard->next();
            IruReadinessController *r = run.wizard->iruReadinessController();
            check(QTest::qWaitFor(
                      [r] { return r->state() == IruReadinessController::State::Finished; }, 30000),
                  "readiness");
            check(save(run.wizard.get(), dir, QStringLiteral("60-iru-readiness-manual-odt")), "60");
            run.wizard->next();
            check(save(run.wizard.get(), dir, QStringLiteral("61-review-both-sides")), "61");
            run.wizard->resize(640, 480);
            check(save(run.wizard.get(), dir, QStringLiteral("62-review-both-sides-640x480")),
                  "62");
        }
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);
    // "odt-screenshots DIR iru": only the Iru Endpoint pages.
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == u"iru")
        return shootIruPages(dir) ? 0 : 1;
    bool ok = shootScenario(dir, QStringLiteral("ready"), OrgController::State::IdentityEngine,
                            QStringLiteral("05-org-identity-engine"), true);
    ok = shootScenario(dir, QStringLiteral("classic"), OrgController::State::Classic,
                       QStringLiteral("06-org-classic"), false)
        && ok;

    Session session;
    wizard::SetupWizard wizard(&session);
    wizard.resize(760, 560);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("orgUrlEdit"))
        ->setText(QStringLiteral("https://no-such-org.invalid"));
    wizard.orgController()->verify();
    ok = QTest::qWaitFor(
             [&] { return wizard.orgController()->state() == OrgController::State::Failed; }, 15000)
        && save(&wizard, dir, QStringLiteral("07-org-network-error")) && ok;
    ok = shootOktaPages(dir) && ok;
    ok = shootIruPages(dir) && ok;
    return ok ? 0 : 1;
}

#include "screenshots.moc"
