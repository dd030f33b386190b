#include "deploy/deployplan.h"

#include "deploy/deployjournal.h"
#include "deploy/desiredstate.h"
#include "deploy/profilematch.h"
#include "deploy/tenantstate.h"
#include "iru/checks/odtpayloads.h"

#include <QCoreApplication>
#include <QMap>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::DeployPlanner)
};

// Our profiles on the tenant by kind, the one to keep first: the id the journal recorded, else
// the tenant's first (the others are duplicates a lost answer may have left).
QMap<QString, QList<const iru::CustomProfile *>>
ourProfiles(const QString &orgHost, const TenantState &tenant, const DeployJournal &journal)
{
    QMap<QString, QList<const iru::CustomProfile *>> ours;
    for (const iru::CustomProfile &profile : tenant.customProfiles) {
        if (const auto kind = ProfileMatch::ourKind(profile.mobileconfig, orgHost))
            ours[*kind].append(&profile);
    }
    const QHash<QString, QString> recorded = journal.createdProfiles();
    for (auto it = ours.begin(); it != ours.end(); ++it) {
        const QString id = recorded.value(it.key());
        for (qsizetype i = 1; i < it.value().size(); ++i) {
            if (it.value().at(i)->id == id)
                it.value().move(i, 0);
        }
    }
    return ours;
}

bool flagsDiffer(const iru::CustomProfile &actual, const DesiredProfile &desired)
{
    return actual.runsOnMac != desired.runsOnMac || actual.runsOnIPhone != desired.runsOnIPhone
        || actual.runsOnIPad != desired.runsOnIPad;
}

} // namespace

QString PlanStep::actionName() const
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Assign:
        return QStringLiteral("assign");
    case Action::Unassign:
        return QStringLiteral("unassign");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Deactivate:
        return QStringLiteral("deactivate");
    case Action::Reactivate:
        return QStringLiteral("reactivate");
    }
    return {};
}

QJsonObject PlanStep::toJson() const
{
    QJsonObject object { { QStringLiteral("action"), actionName() },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("blueprint"), blueprintName },
                         { QStringLiteral("profile"), profileName } };
    if (!libraryItemId.isEmpty())
        object.insert(QStringLiteral("libraryItemId"), libraryItemId);
    if (!blueprintId.isEmpty())
        object.insert(QStringLiteral("blueprintId"), blueprintId);
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    return object;
}

QString PlanStep::describe() const
{
    QString line
        = actionName() + QLatin1Char(' ') + QLatin1Char('"') + profileName + QLatin1Char('"');
    if (!blueprintName.isEmpty())
        line += (action == Action::Unassign ? QStringLiteral(" from Blueprint \"")
                                            : QStringLiteral(" on Blueprint \""))
            + blueprintName + QLatin1Char('"');
    if (!reason.isEmpty())
        line += QStringLiteral(" (") + reason + QLatin1Char(')');
    return line;
}

DeployPlan DeployPlanner::apply(const DesiredState &desired, const TenantState &tenant,
                                const DeployJournal &journal, bool deactivateManualOdt)
{
    DeployPlan plan;
    plan.operation = QStringLiteral("apply");
    const auto ours = ourProfiles(desired.orgHost, tenant, journal);

    for (const DesiredProfile &want : desired.profiles) {
        const auto matches = ours.value(want.kind());
        const iru::CustomProfile *keep = matches.isEmpty() ? nullptr : matches.constFirst();
        PlanStep base;
        base.kind = want.kind();
        base.profileName = keep ? keep->name : want.libraryItemName;
        if (!keep) {
            PlanStep create = base;
            create.action = PlanStep::Action::Create;
            create.reason = Text::tr("not on the tenant");
            plan.steps.append(create);
        } else {
            base.libraryItemId = keep->id;
            QStringList why;
            if (!ProfileMatch::sameContent(keep->mobileconfig, want.profile.plist))
                why.append(Text::tr("content differs"));
            if (flagsDiffer(*keep, want))
                why.append(Text::tr("platforms differ"));
            if (!keep->active)
                why.append(Text::tr("inactive"));
            if (!why.isEmpty()) {
                PlanStep update = base;
                update.action = PlanStep::Action::Update;
                update.reason = why.join(QStringLiteral(", "));
                plan.steps.append(update);
            }
            for (qsizetype i = 1; i < matches.size(); ++i) {
                PlanStep duplicate = base;
                duplicate.action = PlanStep::Action::Delete;
                duplicate.libraryItemId = matches.at(i)->id;
                duplicate.profileName = matches.at(i)->name;
                duplicate.reason = Text::tr("duplicate of %1").arg(keep->id);
                plan.steps.append(duplicate);
            }
        }
        for (const ScopedBlueprint &blueprint : desired.blueprints) {
            if (keep && tenant.blueprintItems.value(blueprint.id).contains(keep->id))
                continue;
            PlanStep assign = base;
            assign.action = PlanStep::Action::Assign;
            assign.wave = 1;
            assign.blueprintId = blueprint.id;
            assign.blueprintName = blueprint.name;
            assign.assignmentNode = blueprint.assignmentNode;
            plan.steps.append(assign);
        }
    }
    // Ours, but no longer generated (a kind the inputs dropped, e.g. static → dynamic SCEP).
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        if (desired.profile(it.key()))
            continue;
        for (const iru::CustomProfile *stale : it.value()) {
            PlanStep remove;
            remove.action = PlanStep::Action::Delete;
            remove.kind = it.key();
            remove.profileName = stale->name;
            remove.libraryItemId = stale->id;
            remove.reason = Text::tr("no longer generated from these inputs");
            plan.steps.append(remove);
        }
    }

    for (const ScopedBlueprint &blueprint : desired.blueprints) {
        if (blueprint.isMap && blueprint.assignmentNode.isEmpty())
            plan.warnings.append(
                Text::tr("Blueprint \"%1\" is an Assignment Map and no --assignment-node was "
                         "given: the items go to its root node, which Iru Endpoint refuses when "
                         "the map has conditional logic. Hold ⌥ Option while viewing the map to "
                         "see node ids.")
                    .arg(blueprint.name));
        if (!desired.dynamicScep)
            continue;
        bool hasScep = false;
        for (const QString &id : tenant.blueprintItems.value(blueprint.id))
            hasScep = hasScep
                || tenant.itemNames.value(id).contains(QLatin1String("SCEP"), Qt::CaseInsensitive);
        if (!hasScep)
            plan.warnings.append(
                Text::tr("Blueprint \"%1\" has no SCEP library item (dynamic SCEP). Create one in "
                         "Iru Endpoint (Library → Add new → SCEP) from Okta's SCEP URL, challenge "
                         "URL, user name and password, and assign it here. The API cannot create "
                         "SCEP items; this tool recognises one by \"SCEP\" in its name.")
                    .arg(blueprint.name));
    }

    if (deactivateManualOdt) {
        for (const iru::CustomProfile &profile : tenant.customProfiles) {
            if (!profile.active || ProfileMatch::ourKind(profile.mobileconfig, desired.orgHost))
                continue;
            if (iru::odtPayloads(profile.mobileconfig).isEmpty())
                continue;
            bool inScope = false;
            for (const ScopedBlueprint &blueprint : desired.blueprints)
                inScope = inScope || tenant.blueprintItems.value(blueprint.id).contains(profile.id);
            if (!inScope)
                continue;
            PlanStep deactivate;
            deactivate.action = PlanStep::Action::Deactivate;
            deactivate.wave = 2;
            deactivate.profileName = profile.name;
            deactivate.libraryItemId = profile.id;
            deactivate.reason = Text::tr("manual ODT set-up replaced by this configuration");
            plan.steps.append(deactivate);
        }
    }
    return plan;
}

bool DeployPlanner::reconcileLedger(const QString &orgHost, const TenantState &tenant,
                                    DeployJournal *journal)
{
    bool changed = false;
    const auto ours = ourProfiles(orgHost, tenant, *journal);
    const QHash<QString, QString> recorded = journal->createdProfiles();
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!tenant.customProfile(it.value())) {
            journal->forgetCreated(it.key());
            changed = true;
        }
    }
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        if (recorded.value(it.key()) != it.value().constFirst()->id) {
            journal->recordCreated(it.key(), it.value().constFirst()->id);
            changed = true;
        }
    }
    return changed;
}

DeployPlan DeployPlanner::removal(const DesiredState &desired, const TenantState &tenant,
                                  const DeployJournal &journal)
{
    DeployPlan plan;
    plan.operation = QStringLiteral("remove");
    const auto ours = ourProfiles(desired.orgHost, tenant, journal);
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        for (const iru::CustomProfile *profile : it.value()) {
            for (const ScopedBlueprint &blueprint : desired.blueprints) {
                // A map's node is not readable; deleting the item takes it off every node.
                if (!tenant.blueprintItems.value(blueprint.id).contains(profile->id)
                    || (blueprint.isMap && blueprint.assignmentNode.isEmpty()))
                    continue;
                PlanStep unassign;
                unassign.action = PlanStep::Action::Unassign;
                unassign.kind = it.key();
                unassign.profileName = profile->name;
                unassign.libraryItemId = profile->id;
                unassign.blueprintId = blueprint.id;
                unassign.blueprintName = blueprint.name;
                unassign.assignmentNode = blueprint.assignmentNode;
                plan.steps.append(unassign);
            }
            PlanStep remove;
            remove.action = PlanStep::Action::Delete;
            remove.wave = 1;
            remove.kind = it.key();
            remove.profileName = profile->name;
            remove.libraryItemId = profile->id;
            plan.steps.append(remove);
        }
    }
    for (const QString &id : journal.deactivatedItems()) {
        const iru::CustomProfile *profile = tenant.customProfile(id);
        PlanStep reactivate;
        reactivate.action = PlanStep::Action::Reactivate;
        reactivate.wave = 2;
        reactivate.libraryItemId = id;
        reactivate.profileName = profile ? profile->name : id;
        reactivate.reason = profile ? Text::tr("deactivated by this tool")
                                    : Text::tr("deactivated by this tool; no longer on the tenant");
        if (profile && profile->active)
            reactivate.reason = Text::tr("already active again; forgets it");
        plan.steps.append(reactivate);
    }
    return plan;
}

} // namespace odt::deploy
