#pragma once

#include "core/check.h"
#include "core/report.h"

#include <QList>
#include <QObject>

namespace odt {

// Runs independent checks at the same time and hands back one report, in the order the checks
// were added (so reports are stable whatever order the answers arrive in).
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Takes ownership.
    void add(Check *check);
    void start();
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void resultReady(const odt::CheckResult &result);
    void finished(const odt::Report &report);

private:
    QList<Check *> m_checks;
    QList<CheckResult> m_results;
    int m_pending = 0;
};

} // namespace odt
