#include "iru/checks/evaluationtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace odt::iru::text {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::Readiness)
};

// "GET /api/v1/devices/{id}/library-items": permissions are per endpoint, not per object.
QString endpointOf(const QString &operation)
{
    static const QRegularExpression id(QStringLiteral("/[0-9A-Fa-f-]{8,}(?=/|$)"));
    return QString(operation).replace(id, QStringLiteral("/{id}"));
}

} // namespace

bool isOktaVerifyName(const QString &name)
{
    const QString simple = name.simplified();
    return simple.compare(QLatin1String("Okta Verify"), Qt::CaseInsensitive) == 0
        || simple.startsWith(QLatin1String("Okta Verify "), Qt::CaseInsensitive);
}

ItemState itemState(const QString &status)
{
    // Non-profile items report upper case, configuration profiles lower case.
    const QString s = status.toUpper();
    if (s == QLatin1String("PASS") || s == QLatin1String("SUCCESS"))
        return ItemState::Installed;
    if (s == QLatin1String("ERROR") || s == QLatin1String("FAILED")
        || s == QLatin1String("INCOMPATIBLE") || s == QLatin1String("EXCLUDED"))
        return ItemState::Failed;
    if (s == QLatin1String("AVAILABLE"))
        return ItemState::SelfServiceOnly;
    return ItemState::InProgress; // PENDING, CHANGE_PENDING, DOWNLOADING, INSTALLING, CACHED, …
}

QString platformNoun(const QString &platform, int count)
{
    if (platform == QLatin1String("Mac"))
        return count == 1 ? Text::tr("Mac") : Text::tr("Macs");
    if (platform == QLatin1String("iPhone"))
        return count == 1 ? Text::tr("iPhone") : Text::tr("iPhones");
    if (platform == QLatin1String("iPad"))
        return count == 1 ? Text::tr("iPad") : Text::tr("iPads");
    return platform;
}

QString oktaVerifyItemName(const QString &type)
{
    if (type == QLatin1String("automatic-app"))
        return Text::tr("the Okta Verify Auto App");
    if (type == QLatin1String("vpp-app"))
        return Text::tr("the Okta Verify App Store app");
    if (type == QLatin1String("custom-app"))
        return Text::tr("the Okta Verify downloadable package (custom app)");
    return Text::tr("an Okta Verify item of type %1").arg(type);
}

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

QString blueprintList(const QStringList &names)
{
    QStringList q;
    for (const QString &name : names)
        q.append(quoted(name));
    return q.join(QStringLiteral(", "));
}

QString oktaVerifyItemsEvidence(const SampledDevice &sampled)
{
    QStringList items;
    for (const DeviceLibraryItem &item : sampled.items) {
        if (isOktaVerifyName(item.name))
            items.append(QStringLiteral("%1 %2 %3").arg(item.itemId, item.type, item.status));
    }
    return QStringLiteral("%1/%2/library-items (%3, %4, %5): %6")
        .arg(QStringLiteral("GET /api/v1/devices"), sampled.device.id, sampled.device.name,
             sampled.device.platform, sampled.device.blueprintName,
             items.isEmpty()
                 ? QStringLiteral("%1 items, none named Okta Verify").arg(sampled.items.size())
                 : items.join(QStringLiteral("; ")));
}

QString failureEvidence(const FetchFailure &failure)
{
    const net::NetError &e = failure.error;
    QString line = e.httpStatus == 0
        ? QStringLiteral("%1: %2").arg(failure.operation,
                                       e.technical.isEmpty() ? e.message : e.technical)
        : QStringLiteral("%1: HTTP %2").arg(failure.operation).arg(e.httpStatus);
    if (e.httpStatus != 0 && !e.serviceSummary.isEmpty())
        line += QStringLiteral(" \"%1\"").arg(e.serviceSummary);
    if (e.httpStatus == 403 && !failure.permission.isEmpty())
        line += QStringLiteral(" (needs %1)").arg(failure.permission);
    return line;
}

QString failureSentence(const FetchFailure &failure)
{
    const net::NetError &e = failure.error;
    if (e.httpStatus == 401)
        return Text::tr("Iru Endpoint rejected the API token for %1 (HTTP 401): the token is "
                        "wrong, revoked or expired, so the result is unknown.")
            .arg(failure.operation);
    if (e.httpStatus == 403) {
        if (failure.permission.isEmpty())
            return Text::tr("Iru Endpoint refused %1 (HTTP 403): the API token has no "
                            "permission for %2, so the result is unknown.")
                .arg(failure.operation, endpointOf(failure.operation));
        return Text::tr("Iru Endpoint refused %1 (HTTP 403): the API token lacks the "
                        "permission “%2”, so the result is unknown.")
            .arg(failure.operation, failure.permission);
    }
    if (e.httpStatus >= 500)
        return Text::tr("Iru Endpoint could not answer %1 (HTTP %2, a server error), so the "
                        "result is unknown.")
            .arg(failure.operation)
            .arg(e.httpStatus);
    if (e.httpStatus != 0)
        return Text::tr("Iru Endpoint answered %1 with HTTP %2, so the result is unknown.")
            .arg(failure.operation)
            .arg(e.httpStatus);
    return Text::tr("%1 failed: %2").arg(failure.operation, e.message);
}

QString failureRemediation(const FetchFailure &failure)
{
    const net::NetError &e = failure.error;
    if (e.httpStatus == 401)
        return Text::tr("In the Iru Endpoint console open Access → API tokens → Add Token, "
                        "create a token, tick the permissions the checks need under "
                        "Configure, then run the check again with the new token.");
    if (e.httpStatus == 403) {
        const QString permission = failure.permission.isEmpty()
            ? Text::tr("the permission for %1").arg(endpointOf(failure.operation))
            : QStringLiteral("“%1”").arg(failure.permission);
        return Text::tr("In the Iru Endpoint console open Access → API tokens, choose this "
                        "token → Configure, tick %1, save, then run the check again.")
            .arg(permission);
    }
    if (e.httpStatus >= 500)
        return Text::tr("Run the check again in a few minutes; if Iru Endpoint keeps failing, "
                        "send the evidence to Iru support.");
    return Text::tr("Check the network connection and the API URL, then run the check again.");
}

CheckResult resultFrom(const QString &id, const QList<Finding> &findings)
{
    CheckResult result;
    result.id = id;
    QList<CheckStatus> statuses;
    for (const Finding &finding : findings)
        statuses.append(finding.status);
    result.status = worstStatus(statuses);
    result.confidence = Confidence::Verified;
    for (const Finding &finding : findings) {
        if (finding.status == result.status && finding.confidence == Confidence::Inferred)
            result.confidence = Confidence::Inferred;
    }
    result.findings = findings;
    return result;
}

void appendCapped(QStringList *evidence, const QStringList &lines, int cap)
{
    for (qsizetype i = 0; i < lines.size() && i < cap; ++i)
        evidence->append(lines.at(i));
    if (lines.size() > cap)
        evidence->append(Text::tr("… and %1 more like these").arg(lines.size() - cap));
}

QList<Finding> unknownBlueprintFindings(const ScopeSnapshot &snapshot)
{
    QList<Finding> findings;
    for (const QString &id : snapshot.unknownBlueprintIds) {
        Finding f;
        f.subjectId = id;
        f.subject = id;
        f.status = CheckStatus::Error;
        f.detail = Text::tr("The Blueprint %1 is in scope but not in the tenant's Blueprint "
                            "list (deleted, or another tenant's), so it was not checked.")
                       .arg(id);
        findings.append(f);
    }
    return findings;
}

QString samplingEvidence(const ScopeSnapshot &snapshot)
{
    int read = 0;
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        for (const SampledDevice &sampled : facts.sample)
            read += sampled.read ? 1 : 0;
    }
    return Text::tr("Sampling: up to %1 device(s) per Blueprint and platform (Mac, iPhone, "
                    "iPad); library items read for %2 of %3 sampled device(s) in %4 "
                    "Blueprint(s) (GET /api/v1/devices/{id}/library-items).")
        .arg(snapshot.perPlatform)
        .arg(read)
        .arg(snapshot.deviceReads)
        .arg(snapshot.blueprints.size());
}

const FetchFailure *firstFailure(const ScopeSnapshot &snapshot, bool devices)
{
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        if (facts.libraryItemsFailure.failed())
            return &facts.libraryItemsFailure;
        if (!devices)
            continue;
        for (const SampledDevice &sampled : facts.sample) {
            if (sampled.failure.failed())
                return &sampled.failure;
        }
    }
    return nullptr;
}

} // namespace odt::iru::text

namespace odt::iru::text {

QString statusSummary(const QList<Finding> &findings)
{
    const QList<QPair<CheckStatus, QString>> groups {
        { CheckStatus::Error, Text::tr("Could not check") },
        { CheckStatus::Fail, Text::tr("Missing") },
        { CheckStatus::Warn, Text::tr("Needs attention") },
        { CheckStatus::Pass, Text::tr("Ready") },
        { CheckStatus::Skipped, Text::tr("Not checked") },
    };
    QStringList parts;
    for (const auto &[status, label] : groups) {
        // One entry per Blueprint, its platforms merged: “ODT Pilot” (Mac, iPad).
        QStringList order;
        QHash<QString, QStringList> platforms;
        for (const Finding &finding : findings) {
            if (finding.status != status)
                continue;
            if (!order.contains(finding.subject))
                order.append(finding.subject);
            QStringList &merged = platforms[finding.subject];
            for (const QString &platform : finding.platforms) {
                if (!merged.contains(platform))
                    merged.append(platform);
            }
        }
        QStringList subjects;
        for (const QString &subject : std::as_const(order)) {
            const QStringList &merged = platforms[subject];
            subjects.append(merged.isEmpty()
                                ? quoted(subject)
                                : QStringLiteral("%1 (%2)").arg(quoted(subject),
                                                                merged.join(QStringLiteral(", "))));
        }
        if (!subjects.isEmpty())
            parts.append(QStringLiteral("%1: %2.").arg(label, subjects.join(QStringLiteral("; "))));
    }
    return parts.join(QLatin1Char(' '));
}

QString deviceSummary(const PlatformCounts &counts)
{
    QStringList parts;
    const QList<QPair<QString, int>> platforms { { QStringLiteral("Mac"), counts.macs },
                                                 { QStringLiteral("iPhone"), counts.iPhones },
                                                 { QStringLiteral("iPad"), counts.iPads } };
    for (const auto &[platform, count] : platforms) {
        if (count > 0)
            parts.append(QStringLiteral("%1 %2").arg(count).arg(platformNoun(platform, count)));
    }
    if (counts.others > 0)
        parts.append(Text::tr("%1 other").arg(counts.others));
    return parts.isEmpty() ? Text::tr("no devices") : parts.join(QStringLiteral(", "));
}

QStringList subjectsWith(const QList<Finding> &findings, CheckStatus status)
{
    QStringList subjects;
    for (const Finding &finding : findings) {
        if (finding.status == status && !subjects.contains(finding.subject))
            subjects.append(finding.subject);
    }
    return subjects;
}

} // namespace odt::iru::text
