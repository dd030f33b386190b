// odt-screenshots: drives the wizard through each page and state against the in-process sandbox
// and saves a PNG of the window for each, so a person can look at what admins will see.
#include "cli/sandboxlaunch.h"
#include "controller/orgcontroller.h"
#include "controller/session.h"
#include "sandbox/sandboxtenant.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
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

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);
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
    return ok ? 0 : 1;
}
