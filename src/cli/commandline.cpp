#include "cli/commandline.h"

#include "cli/checkcommand.h"
#include "cli/deploycommand.h"
#include "cli/signincommand.h"
#include "core/report.h"
#include "net/proxysetting.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace odt::cli {

namespace {

const QString sandboxName = QStringLiteral("sandbox");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli)
};

struct GuiParser
{
    QCommandLineParser parser;
    QCommandLineOption sandbox { sandboxName,
                                 Text::tr("Open the wizard on the built-in sandbox tenant playing "
                                          "SCENARIO (default: ready). Nothing real is contacted."),
                                 QStringLiteral("SCENARIO") };
    QCommandLineOption caFile { QStringLiteral("ca-file"),
                                Text::tr("Also trust the CA certificates in this PEM file (TLS "
                                         "inspection proxies)."),
                                QStringLiteral("PEM") };
    QCommandLineOption oktaOrg { QStringLiteral("okta-org"), Text::tr("Prefill the Okta org URL."),
                                 QStringLiteral("URL") };
    QCommandLineOption proxy { QStringLiteral("proxy"),
                               Text::tr("How to reach Okta and Iru Endpoint: system, none, "
                                        "http://HOST:PORT or socks5://HOST:PORT (default: as "
                                        "last set in the wizard, else system)."),
                               QStringLiteral("SPEC") };

    GuiParser()
    {
        parser.setApplicationDescription(Text::tr(
            "ODT Setup Assistant sets up Okta Device Trust between an Okta Identity Engine "
            "org and an Iru Endpoint tenant.\n\n"
            "Usage:\n"
            "  odt-setup [options]          open the wizard\n"
            "  odt-setup check [options]    check readiness without a window (see "
            "odt-setup check --help)\n"
            "  odt-setup signin [options]   test the sign-in of your OIDC app and show the "
            "admin's roles (see odt-setup signin --help)\n"
            "  odt-setup deploy export [options]  write the ODT profiles for any MDM, offline "
            "(see odt-setup deploy export --help)"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ sandbox, caFile, oktaOrg, proxy });
    }
};

} // namespace

bool runsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (i == 1
            && (std::strcmp(arg, "check") == 0 || std::strcmp(arg, "signin") == 0
                || std::strcmp(arg, "deploy") == 0))
            return true;
        for (const char *flag : { "-h", "--help", "-?", "--help-all", "-v", "--version" }) {
            if (std::strcmp(arg, flag) == 0)
                return true;
        }
    }
    return false;
}

QStringList expandOptionalValues(QStringList arguments)
{
    for (QString &argument : arguments) {
        if (argument == QLatin1String("--sandbox") || argument == QLatin1String("-sandbox"))
            argument = QStringLiteral("--sandbox=ready");
    }
    return arguments;
}

bool parseGuiOptions(const QStringList &arguments, GuiOptions *options, QString *error)
{
    GuiParser gui;
    if (!gui.parser.parse(expandOptionalValues(arguments))) {
        *error = gui.parser.errorText();
        return false;
    }
    if (!gui.parser.positionalArguments().isEmpty()) {
        *error = Text::tr("Unknown command \"%1\". Commands: check, signin, deploy.")
                     .arg(gui.parser.positionalArguments().constFirst());
        return false;
    }
    options->sandbox = gui.parser.isSet(gui.sandbox);
    options->sandboxScenario = gui.parser.value(gui.sandbox);
    options->caFile = gui.parser.value(gui.caFile);
    options->oktaOrg = gui.parser.value(gui.oktaOrg);
    options->proxy = gui.parser.value(gui.proxy);
    if (gui.parser.isSet(gui.proxy)) {
        QString proxyError;
        net::ProxySetting::parse(options->proxy, &proxyError);
        if (!proxyError.isEmpty()) {
            *error = QStringLiteral("--proxy: ") + proxyError;
            return false;
        }
    }
    return true;
}

int runHeadless(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("check"))
        return CheckCommand().run(arguments.mid(1));
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("signin"))
        return SigninCommand().run(arguments.mid(1));
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("deploy"))
        return DeployCommand().run(arguments.mid(1));

    GuiParser gui;
    // process() prints help or version and exits 0, or prints a usage error and exits 1; the
    // CLI contract wants 3 for usage errors, so errors are handled here first.
    if (!gui.parser.parse(expandOptionalValues(arguments))) {
        QTextStream(stderr) << "odt-setup: " << gui.parser.errorText() << Qt::endl;
        return int(ExitCode::Incomplete);
    }
    gui.parser.process(arguments);
    return 0;
}

} // namespace odt::cli
