#include "cli/checkcommand.h"

#include "cli/commandline.h"
#include "cli/commandoptions.h"
#include "controller/checkrunner.h"
#include "controller/session.h"
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
    const CommandOptions common(QStringLiteral("check"),
                                Text::tr("Check the built-in sandbox tenant playing SCENARIO "
                                         "(default: ready) instead of a real org."));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("okta-token-env"),
        Text::tr("Read an Okta API token (SSWS) from the environment variable NAME and also run "
                 "the checks that need one. Tokens are never taken from the command line, "
                 "where other users and shell history could see them."),
        QStringLiteral("NAME"));
    parser.addOptions(common.all() << tokenEnvOption);
    if (const auto stop = common.parse(parser, arguments))
        return *stop;
    const bool sandbox = parser.isSet(common.sandbox);

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

    std::unique_ptr<sandbox::SandboxTenant> tenant;
    const QString orgInput = common.connect(parser, &session, &tenant, &error);
    if (!error.isEmpty()) // an empty --okta-org is OrgUrl's to explain, below
        return usageError(error);
    if (sandbox) {
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
    if (common.json(parser))
        out << report.toJson();
    else
        out << report.toText();
    out.flush();
    return int(report.exitCode());
}

} // namespace odt::cli
