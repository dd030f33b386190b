#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace odt {

// The report contract (schemaVersion 1): these strings are what `check --format json` prints.
enum class CheckStatus { Pass, Warn, Fail, Error, Skipped };
// verified: an API said so; inferred: deduced from indirect data; confirmed: the admin said so.
enum class Confidence { Verified, Inferred, Confirmed };

QString statusKey(CheckStatus status);
QString confidenceKey(Confidence confidence);

// One Blueprint's (or other subject's) share of a check: Iru checks run per Blueprint and platform,
// so a report names exactly which Blueprint and which platforms need the fix.
struct Finding
{
    QString subjectId; // e.g. the Blueprint id
    QString subject; // what the admin sees, e.g. the Blueprint name
    QStringList platforms; // Mac, iPhone, iPad, … (empty when not platform-specific)
    CheckStatus status = CheckStatus::Skipped;
    QString detail;
    Confidence confidence = Confidence::Verified;

    QJsonObject toJson() const;
};

// The worst of the statuses (Error > Fail > Warn > Pass > Skipped), the check's overall status.
CheckStatus worstStatus(const QList<CheckStatus> &statuses);

struct CheckResult
{
    QString id;
    CheckStatus status = CheckStatus::Skipped;
    QString title;
    QString detail;
    QString remediation;
    Confidence confidence = Confidence::Verified;
    // What the service actually said (status line, fields read); shown as evidence, never secret.
    QStringList evidence;
    // Where in a console the admin fixes this (empty when nothing to fix).
    QString link;
    // Per-Blueprint (per-subject) detail; empty for org-wide checks.
    QList<Finding> findings;
    // Non-empty when no API can settle the question and the admin may confirm it (the sentence
    // they confirm). A confirmed result becomes Pass with confidence Confirmed.
    QString confirmationPrompt;
    // The title once confirmed, when the unconfirmed one asks a question ("… is not confirmed").
    QString confirmedTitle;

    QJsonObject toJson() const;
};

// The result after the admin confirmed what `result.confirmationPrompt` asks; results that cannot
// be confirmed, or that an API proved failing (Error), come back unchanged.
CheckResult confirmedByAdmin(const CheckResult &result);

} // namespace odt
