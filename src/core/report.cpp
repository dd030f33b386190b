#include "core/report.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace odt {

void Report::add(const CheckResult &result)
{
    m_checks.append(result);
}

const CheckResult *Report::find(const QString &id) const
{
    const auto it = std::find_if(m_checks.cbegin(), m_checks.cend(),
                                 [&id](const CheckResult &check) { return check.id == id; });
    return it == m_checks.cend() ? nullptr : &*it;
}

int Report::count(CheckStatus status) const
{
    return int(
        std::count_if(m_checks.cbegin(), m_checks.cend(),
                      [status](const CheckResult &check) { return check.status == status; }));
}

ExitCode Report::exitCode() const
{
    if (errors() > 0 || m_checks.isEmpty())
        return ExitCode::Incomplete;
    if (blockers() > 0)
        return ExitCode::Blockers;
    if (warnings() > 0)
        return ExitCode::WarningsOnly;
    return ExitCode::Ready;
}

QByteArray Report::toJson() const
{
    QJsonArray checks;
    for (const CheckResult &check : m_checks)
        checks.append(check.toJson());
    const QJsonObject summary {
        { QStringLiteral("ready"), ready() },
        { QStringLiteral("blockers"), blockers() },
        { QStringLiteral("warnings"), warnings() },
        { QStringLiteral("errors"), errors() },
    };
    const QJsonObject root {
        { QStringLiteral("schemaVersion"), schemaVersion },
        { QStringLiteral("checks"), checks },
        { QStringLiteral("summary"), summary },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Report::toText() const
{
    QString text;
    for (const CheckResult &check : m_checks) {
        text += QStringLiteral("[%1] %2: %3\n")
                    .arg(statusKey(check.status).toUpper(), check.id, check.title);
        if (!check.detail.isEmpty())
            text += QStringLiteral("    %1\n").arg(check.detail);
        for (const Finding &finding : check.findings) {
            const QString platforms = finding.platforms.isEmpty()
                ? QString()
                : QStringLiteral(" (%1)").arg(finding.platforms.join(QStringLiteral(", ")));
            text += QStringLiteral("    - [%1] %2%3: %4\n")
                        .arg(statusKey(finding.status).toUpper(), finding.subject, platforms,
                             finding.detail);
        }
        for (const QString &line : check.evidence)
            text += QStringLiteral("    evidence: %1\n").arg(line);
        if (!check.remediation.isEmpty())
            text += QStringLiteral("    fix: %1\n").arg(check.remediation);
        if (!check.link.isEmpty())
            text += QStringLiteral("    see: %1\n").arg(check.link);
    }
    text += QStringLiteral("\n%1: %2 blocker(s), %3 warning(s), %4 check(s) could not run\n")
                .arg(ready() ? QStringLiteral("READY") : QStringLiteral("NOT READY"))
                .arg(blockers())
                .arg(warnings())
                .arg(errors());
    return text;
}

} // namespace odt
