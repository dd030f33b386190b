#include "cli/readinessrun.h"

#include "controller/checkrunner.h"
#include "iru/checks/iruchecks.h"
#include "iru/connectioncheck.h"
#include "iru/iruclient.h"
#include "okta/checks/oktachecks.h"
#include "okta/enginecheck.h"
#include "okta/oktaclient.h"
#include "okta/signin/apitokencredential.h"
#include "sandbox/sandboxtenant.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::CheckCommand)
};

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
struct IruPreflightData
{
    CheckResult connection;
    bool loaded = false;
    iru::Inventory inventory;
    std::optional<CheckResult> scopeError;
};

// Runs iru.connection, then loads the inventory, in the command's own loop (nothing else runs in
// this process yet).
IruPreflightData runIruPreflight(iru::IruClient *client)
{
    IruPreflightData preflight;
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

struct ReadinessRun::IruPreflight : IruPreflightData
{
};

ReadinessRun::ReadinessRun(const QString &command, const QString &sandboxDescription)
    : common(command, sandboxDescription)
    , oktaTokenEnv(QStringLiteral("okta-token-env"),
                   Text::tr("Read an Okta API token (SSWS) from the environment variable NAME and "
                            "also run the checks that need one. Tokens are never taken from the "
                            "command line, where other users and shell history could see them."),
                   QStringLiteral("NAME"))
{ }

ReadinessRun::~ReadinessRun() = default;

QList<QCommandLineOption> ReadinessRun::options() const
{
    return common.all() << oktaTokenEnv << iruOptions.all();
}

bool ReadinessRun::inventoryLoaded() const
{
    return m_iruSide && m_iruSide->loaded;
}

const iru::Inventory &ReadinessRun::inventory() const
{
    static const iru::Inventory none;
    return m_iruSide ? m_iruSide->inventory : none;
}

std::optional<int> ReadinessRun::prepare(const QCommandLineParser &parser)
{
    m_sandbox = parser.isSet(common.sandbox);
    if (const QString problem = iruOptions.usageProblem(parser, m_sandbox); !problem.isEmpty())
        return common.usageError(problem);

    if (parser.isSet(oktaTokenEnv)) {
        QString tokenError;
        const auto credential
            = okta::ApiTokenCredential::fromEnvironment(parser.value(oktaTokenEnv), &tokenError);
        if (!credential)
            return common.usageError(tokenError);
        m_oktaToken = credential->token();
    }

    QString error;
    const QString orgInput = common.connect(parser, &m_session, &m_tenant, &error);
    if (!error.isEmpty()) // an empty --okta-org is OrgUrl's to explain, below
        return common.usageError(error);
    if (m_sandbox && !parser.isSet(oktaTokenEnv)) {
        // The scenario's super admin, so a sandbox run shows every check.
        m_oktaToken = m_tenant->credentials()
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
    m_org = OrgUrl::parse(orgInput);
    if (!m_org.isValid())
        return common.usageError(QStringLiteral("--okta-org: ") + m_org.errorMessage());

    // The Iru side first: a mistyped --blueprint should stop the command before anything runs.
    if (iruOptions.wanted(parser, m_sandbox)) {
        QUrl iruUrl;
        QByteArray iruToken;
        if (!iruOptions.resolve(parser, m_tenant.get(), &iruUrl, &iruToken, &error))
            return common.usageError(error);
        m_iruClient = std::make_unique<iru::IruClient>(m_session.http(), iruUrl, iruToken);
        m_iruSide = std::make_unique<IruPreflight>();
        static_cast<IruPreflightData &>(*m_iruSide) = runIruPreflight(m_iruClient.get());
        if (m_iruSide->loaded) {
            const QStringList names = parser.values(iruOptions.blueprint);
            if (names.isEmpty()) {
                for (const iru::Blueprint &blueprint :
                     std::as_const(m_iruSide->inventory.blueprints))
                    m_blueprintScope.append(blueprint.id);
            } else {
                m_blueprintScope = resolveBlueprints(names, m_iruSide->inventory, &error);
                if (m_blueprintScope.isEmpty())
                    return common.usageError(error);
            }
        }
    }
    return std::nullopt;
}

Report ReadinessRun::runChecks()
{
    // Declared before the runner: its checks use the client until they are destroyed.
    okta::OktaClient oktaClient(m_session.http(), m_org,
                                okta::OktaCredential::apiToken(m_oktaToken));
    CheckRunner runner;
    runner.add(new okta::EngineCheck(m_session.orgMetadata(), m_org));
    if (!m_oktaToken.isEmpty()) {
        const QList<Check *> checks = okta::makeOktaChecks(&oktaClient, m_org);
        for (Check *check : checks)
            runner.add(check);
    }
    if (m_iruClient) {
        runner.add(new RecordedCheck(m_iruSide->connection));
        if (m_iruSide->scopeError)
            runner.add(new RecordedCheck(*m_iruSide->scopeError));
        if (m_iruSide->loaded) {
            const QList<Check *> checks
                = iru::makeIruChecks(m_iruClient.get(), m_iruSide->inventory, m_blueprintScope);
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
    return report;
}

} // namespace odt::cli
