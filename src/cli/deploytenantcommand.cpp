#include "cli/deploytenantcommand.h"

#include "cli/deployinputoptions.h"
#include "cli/readinessrun.h"
#include "deploy/deploygate.h"
#include "deploy/deployjournal.h"
#include "deploy/deployplan.h"
#include "deploy/deployrunner.h"
#include "deploy/desiredstate.h"
#include "deploy/drift.h"
#include "deploy/profilematch.h"
#include "deploy/profileset.h"
#include "deploy/tenantstate.h"
#include "iru/iruclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define odt_isatty _isatty
#else
#include <unistd.h>
#define odt_isatty isatty
#endif

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::DeployTenantCommand)
};

enum Exit { Done = 0, DoneWithWarnings = 1, RefusedOrFailed = 2, CouldNotStart = 3 };

QString operationName(DeployTenantCommand::Operation operation)
{
    switch (operation) {
    case DeployTenantCommand::Operation::Plan:
        return QStringLiteral("plan");
    case DeployTenantCommand::Operation::Apply:
        return QStringLiteral("apply");
    case DeployTenantCommand::Operation::Verify:
        return QStringLiteral("verify");
    case DeployTenantCommand::Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

std::optional<deploy::TenantState> readTenant(iru::IruClient *client, const QStringList &blueprints,
                                              QString *error)
{
    deploy::TenantStateReader reader(client, blueprints);
    std::optional<deploy::TenantState> state;
    QEventLoop loop;
    QObject::connect(&reader, &deploy::TenantStateReader::finished, &loop,
                     [&](const deploy::TenantState &s) {
                         state = s;
                         loop.quit();
                     });
    QObject::connect(&reader, &deploy::TenantStateReader::failed, &loop,
                     [&](const QString &operation, const net::NetError &e) {
                         *error
                             = Text::tr("cannot read the tenant (%1): %2")
                                   .arg(operation, e.message.isEmpty() ? e.technical : e.message);
                         loop.quit();
                     });
    reader.start();
    loop.exec();
    return state;
}

// The device-level state of each of our items: how many devices per Blueprint report it
// installed, pending or failed.
QJsonArray readStatuses(iru::IruClient *client, const QHash<QString, QString> &items)
{
    QJsonArray statuses;
    QEventLoop loop;
    int pending = int(items.size());
    if (pending == 0)
        return statuses;
    QList<iru::IruRequest> requests;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        requests.append(client->libraryItemStatus(
            it.value(), &loop,
            [&, kind = it.key(),
             id = it.value()](const iru::IruResult<QList<iru::LibraryItemStatus>> &result) {
                QJsonObject entry { { QStringLiteral("kind"), kind },
                                    { QStringLiteral("libraryItemId"), id } };
                if (!result.ok()) {
                    entry.insert(QStringLiteral("error"), result.error.message);
                } else {
                    QMap<QString, QJsonObject> perBlueprint;
                    for (const iru::LibraryItemStatus &status : result.value) {
                        QJsonObject counts = perBlueprint.value(status.blueprintName);
                        const QString key = status.status.toLower();
                        counts.insert(key, counts.value(key).toInt() + 1);
                        perBlueprint.insert(status.blueprintName, counts);
                    }
                    QJsonObject blueprints;
                    for (auto b = perBlueprint.cbegin(); b != perBlueprint.cend(); ++b)
                        blueprints.insert(b.key(), b.value());
                    entry.insert(QStringLiteral("devices"), blueprints);
                }
                statuses.append(entry);
                if (--pending == 0)
                    loop.quit();
            }));
    }
    loop.exec();
    return statuses;
}

bool confirm(const QString &question)
{
    QTextStream(stdout) << question << " [y/N] " << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int DeployTenantCommand::run(Operation operation, const QStringList &arguments)
{
    const QString name = operationName(operation);
    const QString command = QStringLiteral("deploy ") + name;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("plan: shows the writes that make the Iru Endpoint tenant hold the ODT "
                 "configuration; apply: makes them, after the readiness gate; verify: compares "
                 "the tenant with it; remove: deletes what this tool created.\n"
                 "Exit codes: 0 done or nothing to do (verify: no drift), 1 done with warnings "
                 "(verify: drift), 2 refused or failed (the journal says where), 3 could not "
                 "start."));
    ReadinessRun readiness(command,
                           Text::tr("Work on the built-in sandbox tenant playing "
                                    "SCENARIO (default: ready) instead of a real org."));
    const DeployInputOptions inputs;
    const QCommandLineOption nodeOption(
        QStringLiteral("assignment-node"),
        Text::tr("For an Assignment Map: the node to assign to, as BLUEPRINT=NODE-ID (the API "
                 "cannot read a map's structure; hold ⌥ Option while viewing the map)."),
        QStringLiteral("BP=NODE"));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept-warning"),
        Text::tr("Acknowledge the readiness warning with this check id (repeatable)."),
        QStringLiteral("ID"));
    const QCommandLineOption deactivateOption(
        QStringLiteral("deactivate-manual-odt"),
        Text::tr("After the push, set the manual ODT custom profiles on the same Blueprints "
                 "inactive (remove turns them back on)."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       Text::tr("Apply or remove without asking."));
    parser.addOptions(readiness.options() << inputs.all() << nodeOption << acceptOption
                                          << deactivateOption << yesOption);
    if (const auto stop = readiness.common.parse(parser, arguments))
        return *stop;
    if (const auto stop = readiness.prepare(parser))
        return *stop;
    if (!readiness.iruClient())
        return readiness.common.usageError(
            Text::tr("give --iru-url URL and --iru-token-env VAR: the tenant to deploy to"));
    if (!readiness.inventoryLoaded())
        return readiness.common.usageError(
            Text::tr("cannot read the tenant's Blueprints; run odt-setup check for details"));

    // What the profiles are made from. `remove` needs only the org.
    deploy::EndpointManagementInput input;
    input.orgUrl = readiness.org().toString();
    QString error;
    if (!inputs.read(parser, &input, &error))
        return readiness.common.usageError(error);
    QList<deploy::InputProblem> problems;
    const auto settings = deploy::EndpointManagement::validate(input, &problems);
    if (!settings) {
        for (const deploy::InputProblem &problem : problems)
            readiness.common.usageError(QStringLiteral("--") + problem.field + QStringLiteral(": ")
                                        + problem.message);
        return CouldNotStart;
    }

    const iru::Inventory &inventory = readiness.inventory();
    QHash<QString, QString> nodes;
    for (const QString &value : parser.values(nodeOption)) {
        const qsizetype eq = value.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == value.size() - 1)
            return readiness.common.usageError(
                Text::tr("--assignment-node takes BLUEPRINT=NODE-ID, not \"%1\"").arg(value));
        const QStringList ids = resolveBlueprints({ value.left(eq) }, inventory, &error);
        if (ids.isEmpty())
            return readiness.common.usageError(QStringLiteral("--assignment-node: ") + error);
        for (const iru::Blueprint &blueprint : inventory.blueprints) {
            if (blueprint.id == ids.constFirst() && !blueprint.isMap())
                return readiness.common.usageError(
                    Text::tr("--assignment-node: \"%1\" is a classic Blueprint; only Assignment "
                             "Maps have nodes")
                        .arg(blueprint.name));
        }
        nodes.insert(ids.constFirst(), value.mid(eq + 1));
    }
    QList<iru::Blueprint> scope;
    const QStringList scopeIds = readiness.blueprintScope();
    for (const iru::Blueprint &blueprint : inventory.blueprints) {
        // remove looks everywhere: what this tool assigned may sit outside today's scope.
        if (operation == Operation::Remove || scopeIds.contains(blueprint.id))
            scope.append(blueprint);
    }
    QStringList blueprintIds;
    for (const iru::Blueprint &blueprint : std::as_const(scope))
        blueprintIds.append(blueprint.id);

    const deploy::ProfileSet set = deploy::ProfileSet::generate(*settings);
    const deploy::DesiredState desired = deploy::DesiredState::build(
        settings->orgHost(), settings->scepMode() == deploy::EndpointManagement::ScepMode::Dynamic,
        set, scope, nodes);

    deploy::DeployJournal journal(
        deploy::DeployJournal::defaultPath(readiness.iruClient()->host()));
    if (!journal.load(&error))
        return readiness.common.usageError(error);

    QJsonObject output { { QStringLiteral("schemaVersion"), 1 },
                         { QStringLiteral("operation"), name },
                         { QStringLiteral("journal"), QDir::toNativeSeparators(journal.path()) } };
    QTextStream out(stdout);
    const bool json = readiness.common.json(parser);
    if (journal.hasUnfinishedRun() && !json)
        out << Text::tr("An earlier %1 was interrupted; planning again from what the tenant holds "
                        "now (journal: %2).")
                   .arg(journal.lastRun().value(u"operation").toString(),
                        QDir::toNativeSeparators(journal.path()))
            << '\n';

    QStringList refusals;
    QStringList acknowledged;
    if (operation == Operation::Plan || operation == Operation::Apply) {
        const Report report = readiness.runChecks();
        QSet<QString> accepted;
        for (const QString &id : parser.values(acceptOption))
            accepted.insert(id);
        refusals = deploy::DeployGate::refusals(report, accepted);
        acknowledged = deploy::DeployGate::acknowledged(report, accepted);
        output.insert(QStringLiteral("refusals"), QJsonArray::fromStringList(refusals));
        output.insert(QStringLiteral("acceptedWarnings"), QJsonArray::fromStringList(acknowledged));
    }

    const auto tenant = readTenant(readiness.iruClient(), blueprintIds, &error);
    if (!tenant) {
        readiness.common.usageError(error);
        return CouldNotStart;
    }
    const deploy::DeployPlan plan = operation == Operation::Remove
        ? deploy::DeployPlanner::removal(desired, *tenant, journal)
        : deploy::DeployPlanner::apply(desired, *tenant, journal, parser.isSet(deactivateOption));
    output.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));

    auto printPlan = [&] {
        if (json)
            return;
        if (plan.isEmpty())
            out << Text::tr("Nothing to do: the tenant already holds this configuration.") << '\n';
        else
            out << Text::tr("Plan (%n step(s)):", nullptr, int(plan.steps.size())) << '\n';
        for (const deploy::PlanStep &step : plan.steps)
            out << "  " << step.describe() << '\n';
        for (const QString &warning : plan.warnings)
            out << Text::tr("warning: %1").arg(warning) << '\n';
        for (const QString &refusal : std::as_const(refusals))
            out << Text::tr("refused: %1").arg(refusal) << '\n';
        out.flush();
    };
    auto stepsJson = [&](const QList<deploy::DeployRunner::StepResult> *results) {
        QJsonArray steps;
        for (int i = 0; i < plan.steps.size(); ++i) {
            const deploy::PlanStep &step = plan.steps.at(i);
            QJsonObject object { { QStringLiteral("action"), step.actionName() },
                                 { QStringLiteral("kind"), step.kind },
                                 { QStringLiteral("blueprint"), step.blueprintName },
                                 { QStringLiteral("profile"), step.profileName } };
            if (results) {
                const auto &result = results->at(i);
                const bool ran = result.ok || !result.message.isEmpty();
                object.insert(QStringLiteral("result"),
                              result.ok
                                  ? QStringLiteral("done")
                                  : (ran ? QStringLiteral("failed") : QStringLiteral("not run")));
                if (!result.message.isEmpty())
                    object.insert(QStringLiteral("message"), result.message);
            }
            steps.append(object);
        }
        return steps;
    };
    auto finish = [&](int code) {
        if (json)
            out << QJsonDocument(output).toJson(QJsonDocument::Indented);
        out.flush();
        return code;
    };

    if (operation == Operation::Verify) {
        const QList<deploy::Drift> drift = deploy::Drift::fromPlan(plan);
        QJsonArray differences;
        for (const deploy::Drift &d : drift)
            differences.append(d.toJson());
        output.insert(QStringLiteral("drift"), differences);
        QHash<QString, QString> ours;
        for (const iru::CustomProfile &profile : tenant->customProfiles) {
            if (const auto kind
                = deploy::ProfileMatch::ourKind(profile.mobileconfig, desired.orgHost))
                ours.insert(*kind, profile.id);
        }
        const QJsonArray statuses = readStatuses(readiness.iruClient(), ours);
        output.insert(QStringLiteral("status"), statuses);
        if (!json) {
            if (drift.isEmpty())
                out << Text::tr("No drift: the tenant holds this configuration.") << '\n';
            for (const deploy::Drift &d : drift)
                out << d.type << ": " << d.profile
                    << (d.blueprint.isEmpty() ? QString() : QStringLiteral(" on ") + d.blueprint)
                    << (d.detail.isEmpty() ? QString() : QStringLiteral(" (") + d.detail + u')')
                    << '\n';
            for (const QJsonValue &status : statuses)
                out << status[u"kind"].toString() << ": "
                    << QString::fromUtf8(QJsonDocument(status[u"devices"].toObject())
                                             .toJson(QJsonDocument::Compact))
                    << '\n';
        }
        return finish(drift.isEmpty() ? Done : DoneWithWarnings);
    }

    output.insert(QStringLiteral("steps"), stepsJson(nullptr));
    printPlan();
    if (operation == Operation::Plan)
        return finish(!refusals.isEmpty() ? RefusedOrFailed
                                          : (plan.warnings.isEmpty() ? Done : DoneWithWarnings));
    if (!refusals.isEmpty()) {
        QTextStream(stderr) << Text::tr("odt-setup %1: refused: the readiness report has what "
                                        "must be fixed or acknowledged first; nothing was changed.")
                                   .arg(command)
                            << Qt::endl;
        return finish(RefusedOrFailed);
    }
    // A profile found by its identifiers (a create whose answer a killed run never saw) joins
    // the ledger, so `remove` takes it back too.
    bool journalChanged
        = deploy::DeployPlanner::reconcileLedger(desired.orgHost, *tenant, &journal);
    if (plan.isEmpty() && journal.hasUnfinishedRun()) {
        // The interrupted run's writes all reached the tenant: reconciled, nothing left to do.
        journal.endRun(true);
        journalChanged = true;
    }
    if (journalChanged && !journal.save(&error)) {
        QTextStream(stderr) << "odt-setup " << command << ": " << error << Qt::endl;
        return finish(RefusedOrFailed);
    }
    if (plan.isEmpty())
        return finish(plan.warnings.isEmpty() && acknowledged.isEmpty() ? Done : DoneWithWarnings);
    if (!parser.isSet(yesOption)) {
        if (!odt_isatty(fileno(stdin))) {
            readiness.common.usageError(
                Text::tr("without a terminal to ask on, %1 needs --yes").arg(name));
            return finish(CouldNotStart);
        }
        if (!confirm(Text::tr("Carry out these %n step(s) on %1?", nullptr, int(plan.steps.size()))
                         .arg(readiness.iruClient()->host()))) {
            out << Text::tr("Nothing was changed.") << '\n';
            return finish(RefusedOrFailed);
        }
    }

    deploy::DeployRunner runner(readiness.iruClient(), &journal, desired);
    bool succeeded = false;
    QString failure;
    QEventLoop loop;
    QObject::connect(
        &runner, &deploy::DeployRunner::stepFinished, &loop,
        [&](int index, const deploy::DeployRunner::StepResult &result) {
            if (json)
                return;
            out << (result.ok ? "done   " : "FAILED ") << plan.steps.at(index).describe()
                << (result.message.isEmpty() ? QString() : QStringLiteral(": ") + result.message)
                << '\n';
            out.flush();
        });
    QObject::connect(&runner, &deploy::DeployRunner::finished, &loop,
                     [&](bool ok, const QString &why) {
                         succeeded = ok;
                         failure = why;
                         loop.quit();
                     });
    runner.start(plan);
    loop.exec();
    output.insert(QStringLiteral("steps"), stepsJson(&runner.results()));
    if (!succeeded) {
        output.insert(QStringLiteral("error"), failure);
        QTextStream(stderr) << "odt-setup " << command << ": " << failure << '\n'
                            << Text::tr("The journal %1 records where it stopped. Run the same "
                                        "command again to resume from what the tenant holds, or "
                                        "odt-setup deploy remove to take back what this tool "
                                        "created.")
                                   .arg(QDir::toNativeSeparators(journal.path()))
                            << Qt::endl;
        return finish(RefusedOrFailed);
    }
    return finish(plan.warnings.isEmpty() && acknowledged.isEmpty() ? Done : DoneWithWarnings);
}

} // namespace odt::cli
