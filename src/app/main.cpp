// odt-setup: the wizard, or `odt-setup check` headless. Everything but dispatch lives in libraries.
#include "cli/commandline.h"
#include "cli/sandboxlaunch.h"
#include "controller/networksettings.h"
#include "controller/sandboxbrowser.h"
#include "controller/session.h"
#include "crypto/cryptosupport.h"
#include "net/trust.h"
#include "sandbox/sandboxtenant.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QTranslator>
#include <QtCrypto>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ODT Setup Assistant"));
    QCoreApplication::setApplicationName(QStringLiteral("odt-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODT_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void installTranslators(QCoreApplication *app)
{
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(QLocale(), QStringLiteral("odt-setup"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

int failGui(const QString &message)
{
    QMessageBox::critical(nullptr, QObject::tr("ODT Setup Assistant"), message);
    return 3;
}

} // namespace

int main(int argc, char *argv[])
{
    // QCA must outlive the application object (QCA's own examples initialise it first).
    QCA::Initializer qcaInit;

    if (odt::cli::runsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslators(&app);
        return odt::cli::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QObject::tr("ODT Setup Assistant"));
    QGuiApplication::setDesktopFileName(QStringLiteral("odt-setup"));
    installTranslators(&app);

    odt::cli::GuiOptions options;
    QString error;
    if (!odt::cli::parseGuiOptions(QCoreApplication::arguments(), &options, &error))
        return failGui(error);
    if (const QString missing = odt::crypto::missingCryptoSupport(); !missing.isEmpty())
        return failGui(missing);

    odt::Session session;
    // --proxy applies to this run only; the wizard's own setting is what it remembers.
    session.setProxy(options.proxy.isEmpty()
                         ? odt::networksettings::savedProxy()
                         : odt::net::ProxySetting::parse(options.proxy, nullptr));
    if (!options.caFile.isEmpty()) {
        const auto certificates = odt::net::loadCaFile(options.caFile, &error);
        if (certificates.isEmpty())
            return failGui(error);
        session.trustExtraCaCertificates(certificates);
    }

    std::unique_ptr<odt::sandbox::SandboxTenant> tenant;
    if (options.sandbox) {
        tenant = odt::cli::startSandbox(&session, options.sandboxScenario, &error);
        if (!tenant)
            return failGui(error);
    }

    odt::wizard::SetupWizard wizard(&session);
    if (tenant) {
        wizard.setSandboxScenario(tenant->scenario().name);
        wizard.setSandboxHints(odt::SandboxHints::fromCredentials(tenant->credentials()));
        wizard.setInitialOktaOrg(tenant->oktaOrgUrl().toString());
    } else if (!options.oktaOrg.isEmpty()) {
        wizard.setInitialOktaOrg(options.oktaOrg);
    }
    wizard.show();
    return app.exec();
}
