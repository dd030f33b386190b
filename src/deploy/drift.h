#pragma once

#include "deploy/deployplan.h"

#include <QJsonObject>
#include <QList>

namespace odt::deploy {

// How the tenant differs from the desired state, read from the plan that would fix it: a create
// means missing, an update changed, an assign unassigned, a delete an extra copy or a stale kind.
struct Drift
{
    QString type; // "missing" | "changed" | "unassigned" | "extra"
    QString kind;
    QString profile;
    QString blueprint;
    QString libraryItemId;
    QString detail;

    QJsonObject toJson() const;
    static QList<Drift> fromPlan(const DeployPlan &plan);
};

} // namespace odt::deploy
