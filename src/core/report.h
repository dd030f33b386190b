#pragma once

#include "core/checkresult.h"

#include <QList>

namespace odt {

// Exit codes of `odt-setup check`, part of the CLI contract.
enum class ExitCode : int {
    Ready = 0,
    WarningsOnly = 1,
    Blockers = 2,
    Incomplete = 3, // usage, network or auth problems: the verdict is not known
};

class Report
{
public:
    static constexpr int schemaVersion = 1;

    void add(const CheckResult &result);
    const QList<CheckResult> &checks() const { return m_checks; }
    const CheckResult *find(const QString &id) const;

    int blockers() const { return count(CheckStatus::Fail); }
    int warnings() const { return count(CheckStatus::Warn); }
    int errors() const { return count(CheckStatus::Error); }
    // Ready means every prerequisite is known to hold: no blocker and no check left unanswered.
    bool ready() const { return blockers() == 0 && errors() == 0; }
    // A check that could not run makes the whole verdict unknown, so it outranks blockers.
    ExitCode exitCode() const;

    QByteArray toJson() const;
    QString toText() const;

private:
    int count(CheckStatus status) const;
    QList<CheckResult> m_checks;
};

} // namespace odt
