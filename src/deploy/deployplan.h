#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace odt::deploy {

class DeployJournal;
struct DesiredState;
struct TenantState;

// One write to the tenant. Steps of one wave run concurrently; waves run in order (creates before
// the assignments that need their ids, manual items deactivated only after ours are assigned).
struct PlanStep
{
    enum class Action { Create, Update, Assign, Unassign, Delete, Deactivate, Reactivate };

    Action action = Action::Create;
    int wave = 0;
    QString kind; // our profile kind; empty for someone else's item (deactivate/reactivate)
    QString profileName; // the library item's name
    QString libraryItemId; // empty for a create, and for an assign of what a create makes
    QString blueprintId;
    QString blueprintName;
    QString assignmentNode;
    QString reason; // why this step: "not on the tenant", "content differs", …

    QString actionName() const; // "create", "update", …
    QJsonObject toJson() const; // {"action","kind","blueprint","profile"} (+ ids)
    QString describe() const; // one line for people
};

struct DeployPlan
{
    QString operation; // "apply" | "remove"
    QList<PlanStep> steps;
    QStringList warnings; // what the plan cannot do itself (dynamic SCEP items, maps)

    bool isEmpty() const { return steps.isEmpty(); }
};

class DeployPlanner
{
public:
    // What makes the tenant hold the desired state. `deactivateManualOdt`: also set inactive the
    // manual ODT custom profiles on the same Blueprints (opt-in).
    static DeployPlan apply(const DesiredState &desired, const TenantState &tenant,
                            const DeployJournal &journal, bool deactivateManualOdt);
    // Brings the journal's ledger in line with the tenant: our profile of each kind (found by its
    // payload identifiers, e.g. after a create whose answer was lost) is recorded, and a recorded
    // id the tenant no longer has is forgotten. True when the ledger changed.
    static bool reconcileLedger(const QString &orgHost, const TenantState &tenant,
                                DeployJournal *journal);
    // What returns the tenant to how it was before the first apply: only what this tool made.
    static DeployPlan removal(const DesiredState &desired, const TenantState &tenant,
                              const DeployJournal &journal);
};

} // namespace odt::deploy
