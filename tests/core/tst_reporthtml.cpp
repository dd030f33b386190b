#include "core/reporthtml.h"

#include <QRegularExpression>
#include <QTest>

using namespace odt;

namespace {

CheckResult check(const QString &id, CheckStatus status, const QString &title)
{
    CheckResult r;
    r.id = id;
    r.status = status;
    r.title = title;
    return r;
}

Finding finding(const QString &id, const QString &name, const QStringList &platforms,
                CheckStatus status, const QString &detail)
{
    Finding f;
    f.subjectId = id;
    f.subject = name;
    f.platforms = platforms;
    f.status = status;
    f.detail = detail;
    return f;
}

ReportContext context()
{
    ReportContext c;
    c.oktaOrg = QStringLiteral("https://acme.okta.com");
    c.iruTenant = QStringLiteral("https://acme.api.kandji.io");
    c.generatedAt = QDateTime(QDate(2025, 5, 6), QTime(7, 8, 9), Qt::UTC);
    c.appVersion = QStringLiteral("1.2.3");
    return c;
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapesEveryText();
    void contextAndSummary();
    void verdictPerExitCode_data();
    void verdictPerExitCode();
    void statusesAsText();
    void findingsTable();
    void evidenceListed();
    void acknowledgedWarningsMarked();
    void onlyWebLinksBecomeAnchors();
    void mostUrgentFirst();
};

void TestReportHtml::escapesEveryText()
{
    const QString hostile = QStringLiteral("<script>alert(1)</script> & \"quoted\"");
    CheckResult c = check(QStringLiteral("okta.<id>"), CheckStatus::Fail, hostile);
    c.detail = QStringLiteral("Tom & Jerry <script>x</script>");
    c.remediation = hostile;
    c.evidence = { hostile };
    c.confirmationPrompt = hostile;
    c.confidence = Confidence::Inferred;
    c.findings
        = { finding(QStringLiteral("bp<1>"), hostile, { hostile }, CheckStatus::Fail, hostile) };
    Report report;
    report.add(c);
    ReportContext ctx = context();
    ctx.oktaOrg = hostile;
    ctx.iruTenant = hostile;
    ctx.appVersion = hostile;

    const QString html = reportToHtml(report, ctx);
    QVERIFY(!html.contains(u"<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<id>"));
    QVERIFY(html.contains(u"Tom &amp; Jerry &lt;script&gt;x&lt;/script&gt;"));
    QVERIFY(html.contains(u"okta.&lt;id&gt;"));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    // No bare ampersand: every & starts an entity.
    static const QRegularExpression bareAmpersand(QStringLiteral("&(?![a-z]+;|#[0-9]+;)"));
    QVERIFY2(!bareAmpersand.match(html).hasMatch(),
             qPrintable(bareAmpersand.match(html).captured()));
}

void TestReportHtml::contextAndSummary()
{
    Report report;
    report.add(check(QStringLiteral("okta.engine"), CheckStatus::Pass, QStringLiteral("OIE")));
    const QString html = reportToHtml(report, context());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"));
    QVERIFY(html.contains(u"<style>"));
    QVERIFY(html.contains(u"<dt>Okta org</dt><dd>https://acme.okta.com</dd>"));
    QVERIFY(html.contains(u"<dt>Iru Endpoint tenant</dt><dd>https://acme.api.kandji.io</dd>"));
    QVERIFY(html.contains(u"<dt>Generated</dt><dd>2025-05-06T07:08:09Z</dd>"));
    QVERIFY(html.contains(u"<dd>ODT Setup Assistant 1.2.3</dd>"));
    // Self-contained: no external resources.
    QVERIFY(!html.contains(u"<link"));
    QVERIFY(!html.contains(u"src="));
    QVERIFY(!html.contains(u"@import"));
    QVERIFY(!html.contains(u"url("));

    ReportContext noTenant = context();
    noTenant.iruTenant.clear();
    QVERIFY(!reportToHtml(report, noTenant).contains(u"Iru Endpoint tenant"));
}

void TestReportHtml::verdictPerExitCode_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("expected");
    const auto s = [](CheckStatus status) {
        return int(status);
    };
    QTest::newRow("ready") << QList<int> { s(CheckStatus::Pass) }
                           << QStringLiteral("<p class=\"summary verdict-ready\"><strong>Ready: "
                                             "every prerequisite that was checked holds.</strong>"
                                             "<br>0 blocker(s), 0 warning(s), 0 could not run, 1 "
                                             "check(s) in all. Exit code 0.</p>");
    QTest::newRow("warnings") << QList<int> { s(CheckStatus::Pass), s(CheckStatus::Warn) }
                              << QStringLiteral("<p class=\"summary verdict-warnings\"><strong>"
                                                "Ready with warnings: nothing blocks the setup, "
                                                "but 1 warning(s) need a look.</strong><br>0 "
                                                "blocker(s), 1 warning(s), 0 could not run, 2 "
                                                "check(s) in all. Exit code 1.</p>");
    QTest::newRow("blockers") << QList<int> { s(CheckStatus::Fail), s(CheckStatus::Fail),
                                              s(CheckStatus::Warn) }
                              << QStringLiteral(
                                     "<p class=\"summary verdict-blockers\"><strong>"
                                     "Not ready: 2 blocker(s) must be fixed before the "
                                     "setup.</strong><br>2 blocker(s), 1 warning(s), 0 "
                                     "could not run, 3 check(s) in all. Exit code 2.</p>");
    QTest::newRow("incomplete") << QList<int> { s(CheckStatus::Fail), s(CheckStatus::Error) }
                                << QStringLiteral("<p class=\"summary verdict-incomplete\"><strong>"
                                                  "Incomplete: 1 check(s) could not run, so "
                                                  "readiness is not known.</strong><br>1 "
                                                  "blocker(s), 0 warning(s), 1 could not run, 2 "
                                                  "check(s) in all. Exit code 3.</p>");
    QTest::newRow("empty") << QList<int> {}
                           << QStringLiteral("<p class=\"summary verdict-incomplete\"><strong>"
                                             "Incomplete: no check has run, so readiness is not "
                                             "known.</strong><br>0 blocker(s), 0 warning(s), 0 "
                                             "could not run, 0 check(s) in all. Exit code 3.</p>");
}

void TestReportHtml::verdictPerExitCode()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, expected);
    Report report;
    int n = 0;
    for (int status : statuses)
        report.add(check(QStringLiteral("c%1").arg(n++), CheckStatus(status), QStringLiteral("T")));
    const QString html = reportToHtml(report, context());
    QVERIFY2(html.contains(expected), qPrintable(html));
    QCOMPARE(html.count(u"class=\"summary"), 1);
}

void TestReportHtml::statusesAsText()
{
    QCOMPARE(statusLabel(CheckStatus::Pass), QStringLiteral("Pass"));
    QCOMPARE(statusLabel(CheckStatus::Warn), QStringLiteral("Warning"));
    QCOMPARE(statusLabel(CheckStatus::Fail), QStringLiteral("Blocker"));
    QCOMPARE(statusLabel(CheckStatus::Error), QStringLiteral("Could not check"));
    QCOMPARE(statusLabel(CheckStatus::Skipped), QStringLiteral("Not applicable"));

    Report report;
    report.add(check(QStringLiteral("a"), CheckStatus::Pass, QStringLiteral("Engine")));
    report.add(check(QStringLiteral("b"), CheckStatus::Warn, QStringLiteral("MFA")));
    report.add(check(QStringLiteral("c"), CheckStatus::Fail, QStringLiteral("FastPass")));
    report.add(check(QStringLiteral("d"), CheckStatus::Error, QStringLiteral("Admin")));
    report.add(check(QStringLiteral("e"), CheckStatus::Skipped, QStringLiteral("Other")));
    const QString html = reportToHtml(report, context());
    // Color (the class) and the words, side by side.
    QVERIFY(html.contains(u"<h2><span class=\"badge status-pass\">Pass</span>Engine</h2>"));
    QVERIFY(html.contains(u"<h2><span class=\"badge status-warn\">Warning</span>MFA</h2>"));
    QVERIFY(html.contains(u"<h2><span class=\"badge status-fail\">Blocker</span>FastPass</h2>"));
    QVERIFY(
        html.contains(u"<h2><span class=\"badge status-error\">Could not check</span>Admin</h2>"));
    QVERIFY(
        html.contains(u"<h2><span class=\"badge status-skipped\">Not applicable</span>Other</h2>"));
}

void TestReportHtml::findingsTable()
{
    CheckResult c = check(QStringLiteral("iru.oktaVerify.macAutoApp"), CheckStatus::Fail,
                          QStringLiteral("Okta Verify Auto App"));
    c.findings = {
        finding(QStringLiteral("bp-1"), QStringLiteral("Macs"), { QStringLiteral("Mac") },
                CheckStatus::Fail, QStringLiteral("No Auto App assigned")),
        finding(QStringLiteral("bp-3"), QStringLiteral("ODT Pilot"),
                { QStringLiteral("Mac"), QStringLiteral("iPad") }, CheckStatus::Pass,
                QStringLiteral("Assigned")),
    };
    c.findings[1].confidence = Confidence::Inferred;
    Report report;
    report.add(c);
    const QString html = reportToHtml(report, context());
    QVERIFY(html.contains(u"<thead><tr><th scope=\"col\">Blueprint</th><th scope=\"col\">"
                          u"Platforms</th><th scope=\"col\">Status</th><th scope=\"col\">Detail"
                          u"</th></tr></thead>"));
    QVERIFY(html.contains(u"<tr><td>Macs</td><td>Mac</td><td><span class=\"badge status-fail\">"
                          u"Blocker</span></td><td>No Auto App assigned</td></tr>"));
    QVERIFY(html.contains(u"<tr><td>ODT Pilot</td><td>Mac, iPad</td><td><span class=\"badge "
                          u"status-pass\">Pass</span> <span class=\"not-verified\">(not "
                          u"verified)</span></td><td>Assigned</td></tr>"));
    QCOMPARE(html.count(u"<tr><td>"), 2);
}

void TestReportHtml::evidenceListed()
{
    CheckResult c = check(QStringLiteral("okta.fastPass"), CheckStatus::Fail,
                          QStringLiteral("FastPass is off"));
    c.evidence = { QStringLiteral("GET /api/v1/authenticators: HTTP 200"),
                   QStringLiteral("signed_nonce: INACTIVE") };
    c.remediation = QStringLiteral("Turn it on.");
    c.link = QStringLiteral("https://acme-admin.okta.com/admin/access/multifactor");
    Report report;
    report.add(c);
    const QString html = reportToHtml(report, context());
    QVERIFY(html.contains(u"<h3>Evidence</h3>\n<ul class=\"evidence\">\n"
                          u"<li><code>GET /api/v1/authenticators: HTTP 200</code></li>\n"
                          u"<li><code>signed_nonce: INACTIVE</code></li>\n</ul>"));
    QVERIFY(html.contains(u"<p><strong>How to fix:</strong> Turn it on.</p>"));
    QVERIFY(html.contains(u"<p><strong>Where:</strong> <a "
                          u"href=\"https://acme-admin.okta.com/admin/access/multifactor\" "
                          u"rel=\"noopener noreferrer\">"
                          u"https://acme-admin.okta.com/admin/access/multifactor</a></p>"));
    QVERIFY(html.contains(u"<code>okta.fastPass</code> · verified through the API"));
}

void TestReportHtml::acknowledgedWarningsMarked()
{
    CheckResult mfa = check(QStringLiteral("okta.adaptiveMfa"), CheckStatus::Pass,
                            QStringLiteral("Adaptive MFA is available"));
    mfa.confidence = Confidence::Inferred;
    mfa.confirmationPrompt = QStringLiteral("Our Okta contract includes Okta Adaptive MFA.");
    CheckResult books = check(QStringLiteral("iru.appsAndBooks"), CheckStatus::Warn,
                              QStringLiteral("Apps and Books"));
    books.findings = { finding(QStringLiteral("bp-1"), QStringLiteral("Macs"), {},
                               CheckStatus::Warn, QStringLiteral("VPP only")),
                       finding(QStringLiteral("bp-2"), QStringLiteral("Mobile"), {},
                               CheckStatus::Warn, QStringLiteral("VPP only")) };
    Report report;
    report.add(mfa);
    report.add(books);

    const QString plain = reportToHtml(report, context());
    QVERIFY(!plain.contains(u"Acknowledged"));
    QVERIFY(plain.contains(u"<p class=\"not-verified\"><strong>Not verified:</strong> no API can "
                           u"settle this. Make sure this is true: “Our Okta contract includes "
                           u"Okta Adaptive MFA.”</p>"));

    ReportContext ctx = context();
    ctx.acknowledged
        = { acknowledgementKey(QStringLiteral("okta.adaptiveMfa")),
            acknowledgementKey(QStringLiteral("iru.appsAndBooks"), QStringLiteral("bp-2")) };
    const QString html = reportToHtml(report, ctx);
    QVERIFY(html.contains(u"<p class=\"ack\">Acknowledged by the admin on the Review step.</p>"));
    QVERIFY(html.contains(u"<tr><td>Mobile</td><td></td><td><span class=\"badge status-warn\">"
                          u"Warning</span><br><span class=\"ack\">Acknowledged</span></td>"));
    QVERIFY(html.contains(u"<tr><td>Macs</td><td></td><td><span class=\"badge status-warn\">"
                          u"Warning</span></td>"));
    QCOMPARE(acknowledgementKey(QStringLiteral("a"), QStringLiteral("b")), QStringLiteral("a/b"));
    QCOMPARE(acknowledgementKey(QStringLiteral("a")), QStringLiteral("a"));
}

void TestReportHtml::onlyWebLinksBecomeAnchors()
{
    CheckResult c = check(QStringLiteral("x"), CheckStatus::Fail, QStringLiteral("X"));
    c.link = QStringLiteral("javascript:alert(1)");
    Report report;
    report.add(c);
    const QString html = reportToHtml(report, context());
    QVERIFY(!html.contains(u"<a "));
    QVERIFY(html.contains(u"<p><strong>Where:</strong> <code>javascript:alert(1)</code></p>"));
}

void TestReportHtml::mostUrgentFirst()
{
    Report report;
    report.add(check(QStringLiteral("p"), CheckStatus::Pass, QStringLiteral("P-title")));
    report.add(check(QStringLiteral("w"), CheckStatus::Warn, QStringLiteral("W-title")));
    report.add(check(QStringLiteral("f"), CheckStatus::Fail, QStringLiteral("F-title")));
    report.add(check(QStringLiteral("e"), CheckStatus::Error, QStringLiteral("E-title")));
    const QString html = reportToHtml(report, context());
    const qsizetype e = html.indexOf(u"E-title");
    const qsizetype f = html.indexOf(u"F-title");
    const qsizetype w = html.indexOf(u"W-title");
    const qsizetype p = html.indexOf(u"P-title");
    QVERIFY(e > 0 && e < f && f < w && w < p);
}

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
