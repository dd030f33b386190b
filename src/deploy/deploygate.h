#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace odt {
class Report;
}

namespace odt::deploy {

// Nothing is pushed while the readiness report has a blocker, or a warning (or a check that could
// not run) the admin has not acknowledged by its id (--accept-warning, or "I understand" in the
// wizard).
class DeployGate
{
public:
    // One sentence per reason to refuse; empty: apply may go ahead.
    static QStringList refusals(const Report &report, const QSet<QString> &acceptedWarnings);
    // Checks that warned and were acknowledged: "done with warnings".
    static QStringList acknowledged(const Report &report, const QSet<QString> &acceptedWarnings);
};

} // namespace odt::deploy
