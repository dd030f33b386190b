#include "core/checkresult.h"

#include <QJsonArray>

namespace odt {

QString statusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Error:
        return QStringLiteral("error");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    }
    Q_UNREACHABLE();
    return {};
}

QString confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Verified:
        return QStringLiteral("verified");
    case Confidence::Inferred:
        return QStringLiteral("inferred");
    case Confidence::Confirmed:
        return QStringLiteral("confirmed");
    }
    Q_UNREACHABLE();
    return {};
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("status"), statusKey(status) },
        { QStringLiteral("title"), title },
        { QStringLiteral("detail"), detail },
        { QStringLiteral("remediation"), remediation },
        { QStringLiteral("confidence"), confidenceKey(confidence) },
    };
    if (!evidence.isEmpty())
        object.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(evidence));
    if (!link.isEmpty())
        object.insert(QStringLiteral("link"), link);
    return object;
}

} // namespace odt
