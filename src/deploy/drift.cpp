#include "deploy/drift.h"

namespace odt::deploy {

QJsonObject Drift::toJson() const
{
    QJsonObject object { { QStringLiteral("type"), type },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("profile"), profile } };
    if (!blueprint.isEmpty())
        object.insert(QStringLiteral("blueprint"), blueprint);
    if (!libraryItemId.isEmpty())
        object.insert(QStringLiteral("libraryItemId"), libraryItemId);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    return object;
}

QList<Drift> Drift::fromPlan(const DeployPlan &plan)
{
    QList<Drift> drift;
    for (const PlanStep &step : plan.steps) {
        QString type;
        switch (step.action) {
        case PlanStep::Action::Create:
            type = QStringLiteral("missing");
            break;
        case PlanStep::Action::Update:
            type = QStringLiteral("changed");
            break;
        case PlanStep::Action::Assign:
            type = QStringLiteral("unassigned");
            break;
        case PlanStep::Action::Delete:
            type = QStringLiteral("extra");
            break;
        default:
            continue; // deactivating manual items is an option, not drift
        }
        drift.append({ type, step.kind, step.profileName, step.blueprintName, step.libraryItemId,
                       step.reason });
    }
    return drift;
}

} // namespace odt::deploy
