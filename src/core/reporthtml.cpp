#include "core/reporthtml.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace odt {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::core::ReportHtml)
};

// Dark enough for white badge text (WCAG AA); the label text carries the meaning anyway.
const char *const styleSheet = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
       background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .5rem; }
h2 { font-size: 1.15rem; margin: 0 0 .35rem; }
h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
dl.context { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; margin: 0; }
dl.context dt { font-weight: 600; }
dl.context dd { margin: 0; }
.summary { font-size: 1.05rem; padding: .7rem 1rem; border-radius: 6px; margin: 1.2rem 0;
           border: 2px solid; }
.verdict-ready { border-color: #1e7b34; background: #eef7f0; }
.verdict-warnings { border-color: #8a5a00; background: #fdf6e7; }
.verdict-blockers { border-color: #b3261e; background: #fcefee; }
.verdict-incomplete { border-color: #6b2fa0; background: #f5eefb; }
section.check { border: 1px solid #d0d0d0; border-left: 6px solid #5f6368; border-radius: 6px;
                padding: .8rem 1rem; margin: 0 0 1rem; }
section.status-pass { border-left-color: #1e7b34; }
section.status-warn { border-left-color: #8a5a00; }
section.status-fail { border-left-color: #b3261e; }
section.status-error { border-left-color: #6b2fa0; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; color: #fff;
         background: #5f6368; border-radius: 4px; padding: .05rem .45rem; margin-right: .4rem;
         vertical-align: middle; }
.badge.status-pass { background: #1e7b34; }
.badge.status-warn { background: #8a5a00; }
.badge.status-fail { background: #b3261e; }
.badge.status-error { background: #6b2fa0; }
.meta { color: #555; font-size: .85rem; margin: 0 0 .5rem; }
.ack { color: #1e7b34; font-weight: 600; }
.not-verified { color: #8a5a00; }
table.findings { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
table.findings th, table.findings td { border: 1px solid #d0d0d0; padding: .3rem .5rem;
                                       text-align: left; vertical-align: top; }
table.findings th { background: #f2f2f2; }
ul.evidence { margin: 0; padding-left: 1.2rem; font-size: .85rem; }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: .85em;
       overflow-wrap: anywhere; }
footer { color: #555; font-size: .8rem; border-top: 1px solid #d0d0d0; margin-top: 2rem;
         padding-top: .6rem; }
@media print { body { margin: 0; } section.check { break-inside: avoid; } }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Error:
        return 4;
    case CheckStatus::Fail:
        return 3;
    case CheckStatus::Warn:
        return 2;
    case CheckStatus::Pass:
        return 1;
    case CheckStatus::Skipped:
        return 0;
    }
    return 0;
}

QString statusClass(CheckStatus status)
{
    return QStringLiteral("status-") + statusKey(status);
}

QString badge(CheckStatus status)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>")
        .arg(statusClass(status), statusLabel(status).toHtmlEscaped());
}

QString confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Verified:
        return Text::tr("verified through the API");
    case Confidence::Inferred:
        return Text::tr("inferred from indirect data, not verified");
    case Confidence::Confirmed:
        return Text::tr("confirmed by the admin");
    }
    return {};
}

// Only web links become anchors: a link of any other scheme (javascript:, file:) is shown as
// text, so a hostile report cannot make the document run or open anything.
QString consoleLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty()) {
        return QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>")
            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.toHtmlEscaped());
    }
    return QStringLiteral("<code>%1</code>").arg(link.toHtmlEscaped());
}

QString verdict(const Report &report)
{
    const int blockers = report.blockers();
    const int warnings = report.warnings();
    const int errors = report.errors();
    const ExitCode code = report.exitCode();
    QString cssClass;
    QString headline;
    switch (code) {
    case ExitCode::Ready:
        cssClass = QStringLiteral("verdict-ready");
        headline = Text::tr("Ready: every prerequisite that was checked holds.");
        break;
    case ExitCode::WarningsOnly:
        cssClass = QStringLiteral("verdict-warnings");
        headline = Text::tr("Ready with warnings: nothing blocks the setup, but %n warning(s) "
                            "need a look.",
                            nullptr, warnings);
        break;
    case ExitCode::Blockers:
        cssClass = QStringLiteral("verdict-blockers");
        headline = Text::tr("Not ready: %n blocker(s) must be fixed before the setup.", nullptr,
                            blockers);
        break;
    case ExitCode::Incomplete:
        cssClass = QStringLiteral("verdict-incomplete");
        headline = report.checks().isEmpty()
            ? Text::tr("Incomplete: no check has run, so readiness is not known.")
            : Text::tr("Incomplete: %n check(s) could not run, so readiness is not known.", nullptr,
                       errors);
        break;
    }
    const QString counts = Text::tr("%1 blocker(s), %2 warning(s), %3 could not run, %4 check(s) "
                                    "in all. Exit code %5.")
                               .arg(blockers)
                               .arg(warnings)
                               .arg(errors)
                               .arg(report.checks().size())
                               .arg(int(code));
    return QStringLiteral("<p class=\"summary %1\"><strong>%2</strong><br>%3</p>\n")
        .arg(cssClass, headline.toHtmlEscaped(), counts.toHtmlEscaped());
}

QString findingsTable(const CheckResult &check, const ReportContext &context)
{
    QString html
        = QStringLiteral("<table class=\"findings\">\n<thead><tr><th scope=\"col\">%1</th>"
                         "<th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                         "<th scope=\"col\">%4</th></tr></thead>\n<tbody>\n")
              .arg(Text::tr("Blueprint").toHtmlEscaped(), Text::tr("Platforms").toHtmlEscaped(),
                   Text::tr("Status").toHtmlEscaped(), Text::tr("Detail").toHtmlEscaped());
    for (const Finding &finding : check.findings) {
        QString status = badge(finding.status);
        if (finding.confidence == Confidence::Inferred)
            status += QStringLiteral(" <span class=\"not-verified\">%1</span>")
                          .arg(Text::tr("(not verified)").toHtmlEscaped());
        if (context.acknowledged.contains(acknowledgementKey(check.id, finding.subjectId)))
            status += QStringLiteral("<br><span class=\"ack\">%1</span>")
                          .arg(Text::tr("Acknowledged").toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(escaped(finding.subject.isEmpty() ? finding.subjectId : finding.subject),
                         escaped(finding.platforms.join(QStringLiteral(", "))), status,
                         escaped(finding.detail));
    }
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QString checkSection(const CheckResult &check, const ReportContext &context)
{
    QString html = QStringLiteral("<section class=\"check %1\">\n<h2>%2%3</h2>\n")
                       .arg(statusClass(check.status), badge(check.status), escaped(check.title));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(Text::tr("Check %1 · %2")
                         .arg(QStringLiteral("<code>%1</code>").arg(check.id.toHtmlEscaped()),
                              confidenceText(check.confidence).toHtmlEscaped()));
    if (!check.detail.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(check.detail));
    if (!check.findings.isEmpty())
        html += findingsTable(check, context);
    if (!check.confirmationPrompt.isEmpty() && check.confidence == Confidence::Inferred)
        html += QStringLiteral("<p class=\"not-verified\"><strong>%1</strong> %2</p>\n")
                    .arg(Text::tr("Not verified:").toHtmlEscaped(),
                         Text::tr("no API can settle this. Make sure this is true: “%1”")
                             .arg(check.confirmationPrompt)
                             .toHtmlEscaped());
    if (!check.remediation.isEmpty())
        html += QStringLiteral("<p><strong>%1</strong> %2</p>\n")
                    .arg(Text::tr("How to fix:").toHtmlEscaped(), escaped(check.remediation));
    if (!check.link.isEmpty())
        html += QStringLiteral("<p><strong>%1</strong> %2</p>\n")
                    .arg(Text::tr("Where:").toHtmlEscaped(), consoleLink(check.link));
    if (context.acknowledged.contains(acknowledgementKey(check.id)))
        html += QStringLiteral("<p class=\"ack\">%1</p>\n")
                    .arg(Text::tr("Acknowledged by the admin on the Review step.").toHtmlEscaped());
    if (!check.evidence.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>\n<ul class=\"evidence\">\n")
                    .arg(Text::tr("Evidence").toHtmlEscaped());
        for (const QString &line : check.evidence)
            html += QStringLiteral("<li><code>%1</code></li>\n").arg(escaped(line));
        html += QStringLiteral("</ul>\n");
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace

QString acknowledgementKey(const QString &checkId, const QString &subjectId)
{
    return subjectId.isEmpty() ? checkId : checkId + QLatin1Char('/') + subjectId;
}

QString statusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Text::tr("Pass");
    case CheckStatus::Warn:
        return Text::tr("Warning");
    case CheckStatus::Fail:
        return Text::tr("Blocker");
    case CheckStatus::Error:
        return Text::tr("Could not check");
    case CheckStatus::Skipped:
        return Text::tr("Not applicable");
    }
    return {};
}

QString reportToHtml(const Report &report, const ReportContext &context)
{
    // Most urgent first; the report's own order (stable) within one status.
    QList<CheckResult> checks = report.checks();
    std::stable_sort(checks.begin(), checks.end(), [](const CheckResult &a, const CheckResult &b) {
        return severity(a.status) > severity(b.status);
    });

    const QString title = Text::tr("Okta Device Trust readiness report");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                                  "charset=\"utf-8\">\n<meta name=\"viewport\" "
                                  "content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<header>\n")
                .arg(escaped(title), QString::fromUtf8(styleSheet));
    html += QStringLiteral("<h1>%1</h1>\n<dl class=\"context\">\n").arg(escaped(title));
    const auto row = [&html](const QString &term, const QString &value) {
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(term), escaped(value));
    };
    row(Text::tr("Okta org"),
        context.oktaOrg.isEmpty() ? Text::tr("(not chosen yet)") : context.oktaOrg);
    if (!context.iruTenant.isEmpty())
        row(Text::tr("Iru Endpoint tenant"), context.iruTenant);
    if (context.generatedAt.isValid())
        row(Text::tr("Generated"), context.generatedAt.toString(Qt::ISODate));
    row(Text::tr("Generated by"),
        Text::tr("ODT Setup Assistant %1").arg(context.appVersion).trimmed());
    html += QStringLiteral("</dl>\n</header>\n<main>\n");
    html += verdict(report);
    for (const CheckResult &check : checks)
        html += checkSection(check, context);
    html += QStringLiteral("</main>\n<footer>%1</footer>\n</body>\n</html>\n")
                .arg(escaped(Text::tr("Statuses: Blocker (must be fixed), Could not check (the "
                                      "verdict is unknown until the check runs), Warning (review "
                                      "it), Pass, Not applicable. This report holds no "
                                      "credentials.")));
    return html;
}

} // namespace odt
