#include "deploy/deploygate.h"

#include "core/report.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::DeployGate)
};

} // namespace

QStringList DeployGate::refusals(const Report &report, const QSet<QString> &acceptedWarnings)
{
    QStringList reasons;
    for (const CheckResult &result : report.checks()) {
        switch (result.status) {
        case CheckStatus::Fail:
            reasons.append(Text::tr("%1 is a blocker: %2").arg(result.id, result.title));
            break;
        case CheckStatus::Warn:
            if (!acceptedWarnings.contains(result.id))
                reasons.append(Text::tr("%1 warns (%2): acknowledge it with --accept-warning %1")
                                   .arg(result.id, result.title));
            break;
        case CheckStatus::Error:
            if (!acceptedWarnings.contains(result.id))
                reasons.append(Text::tr("%1 could not run (%2): fix it, or acknowledge it with "
                                        "--accept-warning %1")
                                   .arg(result.id, result.title));
            break;
        default:
            break;
        }
    }
    return reasons;
}

QStringList DeployGate::acknowledged(const Report &report, const QSet<QString> &acceptedWarnings)
{
    QStringList ids;
    for (const CheckResult &result : report.checks()) {
        if ((result.status == CheckStatus::Warn || result.status == CheckStatus::Error)
            && acceptedWarnings.contains(result.id))
            ids.append(result.id);
    }
    return ids;
}

} // namespace odt::deploy
