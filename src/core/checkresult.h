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

    QJsonObject toJson() const;
};

} // namespace odt
