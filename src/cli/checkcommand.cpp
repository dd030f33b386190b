#include "cli/checkcommand.h"

#include "cli/commandline.h"
#include "cli/commandoptions.h"
#include "cli/iruoptions.h"
#include "controller/checkrunner.h"
#include "controller/session.h"
#include "iru/checks/iruchecks.h"
#include "iru/connectioncheck.h"
#include "iru/inventory.h"
#include "iru/iruclient.h"
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
#include <QTimer>

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

// A result found before the runner started (the Iru connection and scope are settled first), so
// the report keeps one order whatever ran when.
class RecordedCheck : public Check
{
public:
    explicit RecordedCheck(const CheckResult &result)
        : m_result(result)
    { }
    QString id() const override { return m_result.id; }
    void start() override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_result); });
    }

private:
    CheckResult m_result;
};

// What the Iru side found before its readiness checks can run: whether the connection works and
// which Blueprints and devices there are.
struct IruPreflight
{
    CheckResult connection;
    bool loaded = false;
    iru::Inventory inventory;
    std::optional<CheckResult> scopeError;
};

// Runs iru.connection, then loads the inventory, in the command's own loop (nothing else runs in
// this process yet).
IruPreflight runIruPreflight(iru::IruClient *client)
{
    IruPreflight preflight;
    QEventLoop loop;
    iru::ConnectionCheck check(client);
    iru::InventoryLoader loader(client);
    QObject::connect(&check, &Check::finished, &loop, [&](const CheckResult &result) {
        preflight.connection = result;
        if (result.status != CheckStatus::Pass)
            return loop.quit();
        loader.start();
    });
    QObject::connect(&loader, &iru::InventoryLoader::finished, &loop,
                     [&](const iru::Inventory &inventory) {
                         preflight.loaded = true;
                         preflight.inventory = inventory;
                         loop.quit();
                     });
    QObject::connect(
        &loader, &iru::InventoryLoader::failed, &loop, [&](const iru::IruResult<int> &failure) {
            CheckResult r;
            r.id = QStringLiteral("iru.scope");
            r.status = CheckStatus::Error;
            r.title = Text::tr("Could not read the Iru Endpoint Blueprints and devices");
            r.detail = failure.error.message;
            r.evidence.append(QStringLiteral("%1: %2").arg(
                failure.operation,
                failure.error.httpStatus ? QStringLiteral("HTTP %1").arg(failure.error.httpStatus)
                                         : failure.error.technical));
            r.remediation = Text::tr("In the Iru Endpoint console open Access → API tokens, "
                                     "choose Configure on this token and allow reading "
                                     "Blueprints and devices, then run the check again.");
            preflight.scopeError = r;
            loop.quit();
        });
    check.start();
    loop.exec();
    return preflight;
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Checks that an Okta org and an Iru Endpoint tenant are ready for Okta Device "
                 "Trust and prints one report.\n"
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
    const IruOptions iruOptions;
    parser.addOptions(common.all() << tokenEnvOption << iruOptions.all());
    if (const auto stop = common.parse(parser, arguments))
        return *stop;
    const bool sandbox = parser.isSet(common.sandbox);
    if (const QString problem = iruOptions.usageProblem(parser, sandbox); !problem.isEmpty())
        return usageError(problem);

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

    // The Iru side first: a mistyped --blueprint should stop the command before anything runs.
    std::unique_ptr<iru::IruClient> iruClient;
    IruPreflight iruSide;
    QStringList blueprintScope;
    if (iruOptions.wanted(parser, sandbox)) {
        QUrl iruUrl;
        QByteArray iruToken;
        if (!iruOptions.resolve(parser, tenant.get(), &iruUrl, &iruToken, &error))
            return usageError(error);
        iruClient = std::make_unique<iru::IruClient>(session.http(), iruUrl, iruToken);
        iruSide = runIruPreflight(iruClient.get());
        if (iruSide.loaded) {
            const QStringList names = parser.values(iruOptions.blueprint);
            if (names.isEmpty()) {
                for (const iru::Blueprint &blueprint : std::as_const(iruSide.inventory.blueprints))
                    blueprintScope.append(blueprint.id);
            } else {
                blueprintScope = resolveBlueprints(names, iruSide.inventory, &error);
                if (blueprintScope.isEmpty())
                    return usageError(error);
            }
        }
    }

    // Declared before the runner: its checks use the client until they are destroyed.
    okta::OktaClient oktaClient(session.http(), org, okta::OktaCredential::apiToken(token));
    CheckRunner runner;
    runner.add(new okta::EngineCheck(session.orgMetadata(), org));
    if (!token.isEmpty()) {
        const QList<Check *> checks = okta::makeOktaChecks(&oktaClient, org);
        for (Check *check : checks)
            runner.add(check);
    }
    if (iruClient) {
        runner.add(new RecordedCheck(iruSide.connection));
        if (iruSide.scopeError)
            runner.add(new RecordedCheck(*iruSide.scopeError));
        if (iruSide.loaded) {
            const QList<Check *> checks
                = iru::makeIruChecks(iruClient.get(), iruSide.inventory, blueprintScope);
            for (Check *check : checks)
                runner.add(check);
        }
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
