#pragma once

#include "core/report.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace odt {

// What the HTML report says about where it came from. Names and addresses only: never a token,
// secret or anything read from the keychain.
struct ReportContext
{
    QString oktaOrg; // e.g. https://acme.okta.com
    QString iruTenant; // optional, e.g. https://acme.api.kandji.io
    QDateTime generatedAt;
    QString appVersion;
    // Warnings the admin acknowledged on the Review step, as acknowledgementKey() values.
    QSet<QString> acknowledged;
};

// The stable name of one reviewable item: a whole check (subjectId empty) or one subject's
// finding within it. The same key survives re-checks while the item still exists.
QString acknowledgementKey(const QString &checkId, const QString &subjectId = {});

// The admin-facing label of a status ("Pass", "Warning", "Blocker", "Could not check",
// "Not applicable"), so a report never relies on color alone.
QString statusLabel(CheckStatus status);

// A self-contained HTML document (inline CSS, no scripts, no external resources; the only links
// are the checks' own http(s) console links). Every text from the report is HTML-escaped.
QString reportToHtml(const Report &report, const ReportContext &context);

} // namespace odt
