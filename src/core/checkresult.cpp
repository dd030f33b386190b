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

namespace {

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Skipped:
        return 0;
    case CheckStatus::Pass:
        return 1;
    case CheckStatus::Warn:
        return 2;
    case CheckStatus::Fail:
        return 3;
    case CheckStatus::Error:
        return 4;
    }
    return 0;
}

} // namespace

CheckStatus worstStatus(const QList<CheckStatus> &statuses)
{
    CheckStatus worst = CheckStatus::Skipped;
    for (CheckStatus status : statuses)
        if (severity(status) > severity(worst))
            worst = status;
    return worst;
}

QJsonObject Finding::toJson() const
{
    QJsonObject object {
        { QStringLiteral("subjectId"), subjectId },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("status"), statusKey(status) },
        { QStringLiteral("detail"), detail },
        { QStringLiteral("confidence"), confidenceKey(confidence) },
    };
    if (!platforms.isEmpty())
        object.insert(QStringLiteral("platforms"), QJsonArray::fromStringList(platforms));
    return object;
}

CheckResult confirmedByAdmin(const CheckResult &result)
{
    if (result.confirmationPrompt.isEmpty() || result.status == CheckStatus::Error)
        return result;
    CheckResult confirmed = result;
    confirmed.status = CheckStatus::Pass;
    confirmed.confidence = Confidence::Confirmed;
    if (!result.confirmedTitle.isEmpty())
        confirmed.title = result.confirmedTitle;
    confirmed.evidence.append(QStringLiteral("Confirmed by the admin: ")
                              + result.confirmationPrompt);
    for (Finding &finding : confirmed.findings) {
        if (finding.status == CheckStatus::Warn || finding.status == CheckStatus::Fail) {
            finding.status = CheckStatus::Pass;
            finding.confidence = Confidence::Confirmed;
        }
    }
    return confirmed;
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
    if (!findings.isEmpty()) {
        QJsonArray array;
        for (const Finding &finding : findings)
            array.append(finding.toJson());
        object.insert(QStringLiteral("findings"), array);
    }
    if (!confirmationPrompt.isEmpty())
        object.insert(QStringLiteral("confirmation"), confirmationPrompt);
    return object;
}

} // namespace odt
