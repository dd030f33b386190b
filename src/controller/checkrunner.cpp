#include "controller/checkrunner.h"

namespace odt {

void CheckRunner::add(Check *check)
{
    check->setParent(this);
    m_checks.append(check);
}

void CheckRunner::start()
{
    m_results = QList<CheckResult>(m_checks.size());
    m_pending = int(m_checks.size());
    if (m_pending == 0) {
        Q_EMIT finished(Report());
        return;
    }
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        connect(m_checks[i], &Check::finished, this, [this, i](const CheckResult &result) {
            m_results[i] = result;
            Q_EMIT resultReady(result);
            if (--m_pending == 0) {
                Report report;
                for (const CheckResult &r : std::as_const(m_results))
                    report.add(r);
                Q_EMIT finished(report);
            }
        });
    }
    for (Check *check : std::as_const(m_checks))
        check->start();
}

} // namespace odt
