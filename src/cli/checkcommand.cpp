#include "cli/checkcommand.h"

#include "cli/commandline.h"
#include "cli/sandboxlaunch.h"
#include "controller/checkrunner.h"
#include "controller/session.h"
#include "net/trust.h"
#include "okta/checks/oktachecks.h"
#include "okta/enginecheck.h"
#include "okta/oktaclient.h"
#include "okta/signin/apitokencredential.h"
#include "sandbox/sandboxtenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::CheckCommand)
};

int usageError(const QString &message)
{
    QTextStream(stderr) << "odt-setup check: " << message << Qt::endl;
    return int(ExitCode::Incomplete);
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Checks that an Okta org is ready for Okta Device Trust and prints a report.\n"
                 "Exit codes: 0 ready, 1 warnings only, 2 blockers, 3 could not complete."));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
                                        Text::tr("Show this help."));
    const QCommandLineOption orgOption(QStringLiteral("okta-org"),
                                       Text::tr("The Okta org URL, e.g. https://acme.okta.com."),
                                       QStringLiteral("URL"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      Text::tr("Also trust the CA certificates in this PEM file."),
                                      QStringLiteral("PEM"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("Report format: text (default) or json."),
                                          QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        Text::tr("Check the built-in sandbox tenant playing "
                 "SCENARIO (default: ready) instead of a real org."),
        QStringLiteral("SCENARIO"));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("okta-token-env"),
        Text::tr("Read an Okta API token (SSWS) from the environment variable NAME and also run "
                 "the checks that need one. Tokens are never taken from the command line, "
                 "where other users and shell history could see them."),
        QStringLiteral("NAME"));
    parser.addOptions(
        { helpOption, orgOption, caOption, formatOption, sandboxOption, tokenEnvOption });

    // The parser skips the first argument as the program name: here that is "check".
    const QStringList args = expandOptionalValues(arguments);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("[options]"),
                                                         QLatin1String("check [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Text::tr("--format must be text or json, not \"%1\"").arg(format));
    const bool sandbox = parser.isSet(sandboxOption);
    if (sandbox == parser.isSet(orgOption))
        return usageError(Text::tr("give either --okta-org URL or --sandbox[=SCENARIO]"));

    QByteArray token;
    if (parser.isSet(tokenEnvOption)) {
        QString tokenError;
        const auto credential
            = okta::ApiTokenCredential::fromEnvironment(parser.value(tokenEnvOption), &tokenError);
        if (!credential)
            return usageError(tokenError);
        token = credential->token();
    }

    Session session;
    QString error;
    if (parser.isSet(caOption)) {
        const auto certificates = net::loadCaFile(parser.value(caOption), &error);
        if (certificates.isEmpty())
            return usageError(error);
        session.trustExtraCaCertificates(certificates);
    }

    std::unique_ptr<sandbox::SandboxTenant> tenant;
    QString orgInput = parser.value(orgOption);
    if (sandbox) {
        tenant = startSandbox(&session, parser.value(sandboxOption), &error);
        if (!tenant)
            return usageError(error);
        orgInput = tenant->oktaOrgUrl().toString();
        // The scenario's super admin, so `check --sandbox=SCENARIO` shows every check.
        if (!parser.isSet(tokenEnvOption))
            token = tenant->credentials()
                        .value(u"okta")
                        .toObject()
                        .value(u"users")
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(u"apiToken")
                        .toString()
                        .toUtf8();
    }
    const OrgUrl org = OrgUrl::parse(orgInput);
    if (!org.isValid())
        return usageError(QStringLiteral("--okta-org: ") + org.errorMessage());

    // Declared before the runner: its checks use the client until they are destroyed.
    okta::OktaClient oktaClient(session.http(), org, okta::OktaCredential::apiToken(token));
    CheckRunner runner;
    runner.add(new okta::EngineCheck(session.orgMetadata(), org));
    if (!token.isEmpty()) {
        const QList<Check *> checks = okta::makeOktaChecks(&oktaClient, org);
        for (Check *check : checks)
            runner.add(check);
    }
    Report report;
    QEventLoop loop; // the command's own top-level loop: nothing else runs in this process
    QObject::connect(&runner, &CheckRunner::finished, &loop, [&](const Report &r) {
        report = r;
        loop.quit();
    });
    runner.start();
    if (runner.isRunning())
        loop.exec();

    QTextStream out(stdout);
    if (format == QLatin1String("json"))
        out << report.toJson();
    else
        out << report.toText();
    out.flush();
    return int(report.exitCode());
}

} // namespace odt::cli
