#include "controller/reviewcontroller.h"
#include "controller/session.h"
#include "core/reporthtml.h"
#include "iru/iruclient.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace odt;

namespace {

CheckResult check(const QString &id, CheckStatus status,
                  Confidence confidence = Confidence::Verified)
{
    CheckResult r;
    r.id = id;
    r.status = status;
    r.confidence = confidence;
    r.title = id + QStringLiteral(" title");
    r.detail = id + QStringLiteral(" detail");
    r.remediation = id + QStringLiteral(" fix");
    r.link = QStringLiteral("https://acme-admin.okta.com/admin/") + id;
    return r;
}

CheckResult withPrompt(CheckResult r)
{
    r.confirmationPrompt = QStringLiteral("It is true.");
    return r;
}

Finding finding(const QString &subjectId, CheckStatus status,
                Confidence confidence = Confidence::Verified)
{
    Finding f;
    f.subjectId = subjectId;
    f.subject = QStringLiteral("Blueprint ") + subjectId;
    f.platforms = { QStringLiteral("Mac"), QStringLiteral("iPad") };
    f.status = status;
    f.confidence = confidence;
    f.detail = subjectId + QStringLiteral(" finding detail");
    return f;
}

CheckResult withFindings(CheckResult r, const QList<Finding> &findings)
{
    r.findings = findings;
    return r;
}

QString describe(const ReviewItem &item)
{
    static const char *const kinds[] = { "Blocker", "CouldNotCheck", "Warning" };
    QString text = QString::fromLatin1(kinds[int(item.kind)]) + u' ' + item.key;
    if (item.notVerified)
        text += QStringLiteral(" notVerified");
    return text;
}

QStringList describe(const QList<ReviewItem> &items)
{
    QStringList lines;
    for (const ReviewItem &item : items)
        lines << describe(item);
    return lines;
}

} // namespace

class TestReviewController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void items_data();
    void items();
    void findingItemCarriesSubjectAndWhy();
    void notVerifiedIsPhrasedAsSuch();
    void couldNotCheckSaysRerun();
    void acknowledgementGatesProceeding();
    void blockersCannotBeAcknowledged();
    void acknowledgementKeptAcrossRefresh();
    void acknowledgementDroppedWhenItemDisappears();
    void confirmationRemovesNotVerifiedWarning();
    void checkOnlyModeCanAlwaysContinue();
    void exportJsonWritesTheContract();
    void exportHtmlWritesTheReport();
    void htmlNamesTheConnectedIruTenant();
    void exportToUnwritablePathExplains();
    void suggestedFileNameNamesTheOrg();
};

void TestReviewController::items_data()
{
    QTest::addColumn<QList<CheckResult>>("checks");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("canProceed");

    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    const QString c = QStringLiteral("c");
    QTest::newRow("nothing") << QList<CheckResult> {} << QStringList {} << true;
    QTest::newRow("pass and skipped")
        << QList<CheckResult> { check(a, CheckStatus::Pass), check(b, CheckStatus::Skipped) }
        << QStringList {} << true;
    QTest::newRow("warn") << QList<CheckResult> { check(a, CheckStatus::Warn) }
                          << QStringList { QStringLiteral("Warning a") } << false;
    QTest::newRow("fail") << QList<CheckResult> { check(a, CheckStatus::Fail) }
                          << QStringList { QStringLiteral("Blocker a") } << false;
    QTest::newRow("error") << QList<CheckResult> { check(a, CheckStatus::Error) }
                           << QStringList { QStringLiteral("CouldNotCheck a") } << false;
    QTest::newRow("blocking first, report order within")
        << QList<CheckResult> { check(a, CheckStatus::Warn), check(b, CheckStatus::Error),
                                check(c, CheckStatus::Fail),
                                check(QStringLiteral("d"), CheckStatus::Fail) }
        << QStringList { QStringLiteral("Blocker c"), QStringLiteral("Blocker d"),
                         QStringLiteral("CouldNotCheck b"), QStringLiteral("Warning a") }
        << false;
    QTest::newRow("findings: one item per non-passing finding")
        << QList<CheckResult> { withFindings(
               check(c, CheckStatus::Fail),
               { finding(QStringLiteral("bp-1"), CheckStatus::Fail),
                 finding(QStringLiteral("bp-2"), CheckStatus::Pass),
                 finding(QStringLiteral("bp-3"), CheckStatus::Warn),
                 finding(QStringLiteral("bp-4"), CheckStatus::Skipped) }) }
        << QStringList { QStringLiteral("Blocker c/bp-1"), QStringLiteral("Warning c/bp-3") }
        << false;
    QTest::newRow("findings: a check error beyond its findings")
        << QList<CheckResult> { withFindings(
               check(c, CheckStatus::Error),
               { finding(QStringLiteral("bp-1"), CheckStatus::Fail) }) }
        << QStringList { QStringLiteral("Blocker c/bp-1"), QStringLiteral("CouldNotCheck c") }
        << false;
    QTest::newRow("findings: failing check whose findings all pass") << QList<CheckResult> {
        withFindings(check(c, CheckStatus::Fail),
                     { finding(QStringLiteral("bp-1"), CheckStatus::Pass) })
    } << QStringList { QStringLiteral("Blocker c") } << false;
    QTest::newRow("findings: all pass") << QList<CheckResult> { withFindings(
        check(c, CheckStatus::Pass), { finding(QStringLiteral("bp-1"), CheckStatus::Pass) }) }
                                        << QStringList {} << true;
    QTest::newRow("findings: same subject twice gets distinct keys")
        << QList<CheckResult> { withFindings(
               check(c, CheckStatus::Warn),
               { finding(QStringLiteral("bp-1"), CheckStatus::Warn),
                 finding(QStringLiteral("bp-1"), CheckStatus::Warn) }) }
        << QStringList { QStringLiteral("Warning c/bp-1"), QStringLiteral("Warning c/bp-1#2") }
        << false;
    QTest::newRow("inferred pass with prompt")
        << QList<CheckResult> { withPrompt(check(a, CheckStatus::Pass, Confidence::Inferred)) }
        << QStringList { QStringLiteral("Warning a notVerified") } << false;
    QTest::newRow("inferred pass without prompt")
        << QList<CheckResult> { check(a, CheckStatus::Pass, Confidence::Inferred) }
        << QStringList {} << true;
    QTest::newRow("verified pass with prompt")
        << QList<CheckResult> { withPrompt(check(a, CheckStatus::Pass)) } << QStringList {} << true;
    QTest::newRow("confirmed pass")
        << QList<CheckResult> { withPrompt(check(a, CheckStatus::Pass, Confidence::Confirmed)) }
        << QStringList {} << true;
    QTest::newRow("inferred warn with prompt")
        << QList<CheckResult> { withPrompt(check(a, CheckStatus::Warn, Confidence::Inferred)) }
        << QStringList { QStringLiteral("Warning a notVerified") } << false;
    QTest::newRow("inferred fail with prompt stays a blocker")
        << QList<CheckResult> { withPrompt(check(a, CheckStatus::Fail, Confidence::Inferred)) }
        << QStringList { QStringLiteral("Blocker a") } << false;
    QTest::newRow("inferred findings with prompt")
        << QList<CheckResult> { withFindings(
               withPrompt(check(c, CheckStatus::Warn, Confidence::Inferred)),
               { finding(QStringLiteral("bp-1"), CheckStatus::Warn, Confidence::Inferred),
                 finding(QStringLiteral("bp-2"), CheckStatus::Warn) }) }
        << QStringList { QStringLiteral("Warning c/bp-1 notVerified"),
                         QStringLiteral("Warning c/bp-2") }
        << false;
}

void TestReviewController::items()
{
    QFETCH(QList<CheckResult>, checks);
    QFETCH(QStringList, expected);
    QFETCH(bool, canProceed);
    Session session;
    for (const CheckResult &r : checks)
        session.recordResult(r);
    ReviewController controller(&session);
    QSignalSpy itemsChanged(&controller, &ReviewController::itemsChanged);
    controller.refresh();
    QCOMPARE(itemsChanged.size(), 1);
    QCOMPARE(describe(controller.items()), expected);
    QCOMPARE(controller.canProceed(), canProceed);
    QCOMPARE(controller.blockerCount() + controller.couldNotCheckCount()
                 + controller.warningCount(),
             expected.size());
    QCOMPARE(controller.acknowledgedCount(), 0);
}

void TestReviewController::findingItemCarriesSubjectAndWhy()
{
    Session session;
    CheckResult r = withFindings(check(QStringLiteral("iru.autoApp"), CheckStatus::Fail),
                                 { finding(QStringLiteral("bp-1"), CheckStatus::Fail) });
    r.evidence = { QStringLiteral("GET /api/v1/blueprints: HTTP 200") };
    session.recordResult(r);
    ReviewController controller(&session);
    controller.refresh();
    QCOMPARE(controller.items().size(), 1);
    const ReviewItem &item = controller.items().at(0);
    QCOMPARE(item.kind, ReviewItem::Kind::Blocker);
    QCOMPARE(item.checkId, QStringLiteral("iru.autoApp"));
    QCOMPARE(item.key, QStringLiteral("iru.autoApp/bp-1"));
    QCOMPARE(item.status, CheckStatus::Fail);
    QCOMPARE(item.title, QStringLiteral("iru.autoApp title"));
    QCOMPARE(item.detail, QStringLiteral("bp-1 finding detail"));
    QCOMPARE(item.remediation, QStringLiteral("iru.autoApp fix"));
    QCOMPARE(item.link, QStringLiteral("https://acme-admin.okta.com/admin/iru.autoApp"));
    QCOMPARE(item.subjectId, QStringLiteral("bp-1"));
    QCOMPARE(item.subject, QStringLiteral("Blueprint bp-1"));
    QCOMPARE(item.platforms, QStringList({ QStringLiteral("Mac"), QStringLiteral("iPad") }));
    QCOMPARE(item.evidence, r.evidence);
    QVERIFY(item.blocks());
    QVERIFY(!item.notVerified);
}

void TestReviewController::notVerifiedIsPhrasedAsSuch()
{
    Session session;
    CheckResult r = withPrompt(
        check(QStringLiteral("okta.adaptiveMfa"), CheckStatus::Pass, Confidence::Inferred));
    r.remediation.clear();
    session.recordResult(r);
    ReviewController controller(&session);
    controller.refresh();
    const ReviewItem &item = controller.items().at(0);
    QCOMPARE(item.title, QStringLiteral("Not verified: okta.adaptiveMfa title"));
    QCOMPARE(item.confirmationPrompt, QStringLiteral("It is true."));
    QCOMPARE(item.detail, QStringLiteral("okta.adaptiveMfa detail"));
    QCOMPARE(item.remediation,
             QStringLiteral("No API can settle this. Check it yourself, and go on only if this "
                            "is true: “It is true.”"));
    QVERIFY(!item.blocks());
}

void TestReviewController::couldNotCheckSaysRerun()
{
    Session session;
    session.recordResult(check(QStringLiteral("okta.superAdmin"), CheckStatus::Error));
    CheckResult bare = check(QStringLiteral("iru.token"), CheckStatus::Error);
    bare.remediation.clear();
    session.recordResult(bare);
    ReviewController controller(&session);
    controller.refresh();
    const QString rerun = QStringLiteral("Then run the check again (go Back to the step that ran "
                                         "it): until it runs, nobody knows whether this "
                                         "prerequisite holds.");
    QCOMPARE(controller.items().at(0).remediation, QStringLiteral("okta.superAdmin fix ") + rerun);
    QCOMPARE(controller.items().at(1).remediation, rerun);
    QCOMPARE(controller.couldNotCheckCount(), 2);
    QVERIFY(controller.items().at(0).blocks());
}

void TestReviewController::acknowledgementGatesProceeding()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Warn));
    session.recordResult(check(QStringLiteral("b"), CheckStatus::Warn));
    ReviewController controller(&session);
    controller.refresh();
    QSignalSpy state(&controller, &ReviewController::stateChanged);
    QSignalSpy acknowledged(&controller, &ReviewController::acknowledgementChanged);
    QVERIFY(!controller.canProceed());

    controller.acknowledge(0, true);
    QVERIFY(!controller.canProceed());
    QCOMPARE(controller.acknowledgedCount(), 1);
    QCOMPARE(acknowledged.size(), 1);
    QCOMPARE(acknowledged.at(0).at(0).toInt(), 0);
    QCOMPARE(acknowledged.at(0).at(1).toBool(), true);

    controller.acknowledge(0, true); // no change, no signal
    QCOMPARE(acknowledged.size(), 1);

    controller.acknowledge(1, true);
    QVERIFY(controller.canProceed());
    QCOMPARE(controller.acknowledgedCount(), 2);

    controller.acknowledge(0, false);
    QVERIFY(!controller.canProceed());
    QCOMPARE(acknowledged.size(), 3);
    QCOMPARE(acknowledged.at(2).at(1).toBool(), false);
    QCOMPARE(state.size(), 3);

    controller.acknowledge(-1, true);
    controller.acknowledge(2, true);
    QCOMPARE(acknowledged.size(), 3);
}

void TestReviewController::blockersCannotBeAcknowledged()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Fail));
    session.recordResult(check(QStringLiteral("b"), CheckStatus::Error));
    session.recordResult(check(QStringLiteral("c"), CheckStatus::Warn));
    ReviewController controller(&session);
    controller.refresh();
    QSignalSpy acknowledged(&controller, &ReviewController::acknowledgementChanged);
    controller.acknowledge(0, true);
    controller.acknowledge(1, true);
    QCOMPARE(acknowledged.size(), 0);
    QVERIFY(!controller.items().at(0).acknowledged);
    controller.acknowledge(2, true);
    QCOMPARE(controller.acknowledgedCount(), 1);
    QVERIFY(!controller.canProceed()); // the blockers still stand

    session.recordResult(check(QStringLiteral("a"), CheckStatus::Pass));
    session.recordResult(check(QStringLiteral("b"), CheckStatus::Pass));
    controller.refresh();
    QVERIFY(controller.canProceed());
}

void TestReviewController::acknowledgementKeptAcrossRefresh()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Warn));
    session.recordResult(withFindings(check(QStringLiteral("b"), CheckStatus::Warn),
                                      { finding(QStringLiteral("bp-1"), CheckStatus::Warn),
                                        finding(QStringLiteral("bp-2"), CheckStatus::Warn) }));
    ReviewController controller(&session);
    controller.refresh();
    controller.acknowledge(0, true); // a
    controller.acknowledge(2, true); // b/bp-2

    // A re-check puts a blocker on top, so indexes move; the keys stay.
    session.recordResult(check(QStringLiteral("z"), CheckStatus::Fail));
    controller.refresh();
    QCOMPARE(describe(controller.items()),
             QStringList({ QStringLiteral("Blocker z"), QStringLiteral("Warning a"),
                           QStringLiteral("Warning b/bp-1"), QStringLiteral("Warning b/bp-2") }));
    QVERIFY(controller.items().at(1).acknowledged);
    QVERIFY(!controller.items().at(2).acknowledged);
    QVERIFY(controller.items().at(3).acknowledged);
    QCOMPARE(controller.acknowledgedCount(), 2);

    session.recordResult(check(QStringLiteral("z"), CheckStatus::Pass));
    controller.refresh();
    QVERIFY(!controller.canProceed());
    controller.acknowledge(1, true); // b/bp-1
    QVERIFY(controller.canProceed());
    QCOMPARE(
        controller.reportContext().acknowledged,
        QSet<QString>({ QStringLiteral("a"), QStringLiteral("b/bp-1"), QStringLiteral("b/bp-2") }));
}

void TestReviewController::acknowledgementDroppedWhenItemDisappears()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Warn));
    ReviewController controller(&session);
    controller.refresh();
    controller.acknowledge(0, true);
    QVERIFY(controller.canProceed());

    session.recordResult(check(QStringLiteral("a"), CheckStatus::Pass));
    controller.refresh();
    QVERIFY(controller.items().isEmpty());
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Warn));
    controller.refresh();
    QVERIFY(!controller.items().at(0).acknowledged);
    QVERIFY(!controller.canProceed());

    // A warning that turns into a blocker loses its acknowledgement too.
    controller.acknowledge(0, true);
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Fail));
    controller.refresh();
    QVERIFY(!controller.items().at(0).acknowledged);
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Warn));
    controller.refresh();
    QVERIFY(!controller.items().at(0).acknowledged);
    QVERIFY(controller.reportContext().acknowledged.isEmpty());
}

void TestReviewController::confirmationRemovesNotVerifiedWarning()
{
    Session session;
    session.recordResult(withPrompt(
        check(QStringLiteral("okta.adaptiveMfa"), CheckStatus::Pass, Confidence::Inferred)));
    ReviewController controller(&session);
    controller.refresh();
    QCOMPARE(controller.warningCount(), 1);
    session.confirm(QStringLiteral("okta.adaptiveMfa"));
    controller.refresh();
    QCOMPARE(controller.warningCount(), 0);
    QVERIFY(controller.canProceed());
}

void TestReviewController::checkOnlyModeCanAlwaysContinue()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Fail));
    ReviewController controller(&session);
    controller.refresh();
    QVERIFY(!controller.isCheckOnly());
    QVERIFY(!controller.canContinue());
    session.setMode(Session::Mode::CheckOnly);
    QVERIFY(controller.isCheckOnly());
    QVERIFY(!controller.canProceed());
    QVERIFY(controller.canContinue());
}

void TestReviewController::exportJsonWritesTheContract()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Warn));
    session.recordResult(withFindings(check(QStringLiteral("b"), CheckStatus::Fail),
                                      { finding(QStringLiteral("bp-1"), CheckStatus::Fail) }));
    ReviewController controller(&session);
    controller.refresh();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("old contents that are longer than nothing");
    stale.close();

    QString error;
    QVERIFY2(controller.exportJson(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), session.report().toJson());
}

void TestReviewController::exportHtmlWritesTheReport()
{
    Session session;
    session.setOktaOrg(OrgUrl::parse(QStringLiteral("https://acme.okta.com")));
    CheckResult warn = check(QStringLiteral("a"), CheckStatus::Warn);
    warn.detail = QStringLiteral("Tom & Jerry <script>alert(1)</script>");
    session.recordResult(warn);
    ReviewController controller(&session);
    controller.setIruTenant(QStringLiteral("https://acme.api.kandji.io"));
    controller.refresh();
    controller.acknowledge(0, true);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(controller.exportHtml(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(html.contains(u"<dd>https://acme.okta.com</dd>"));
    QVERIFY(html.contains(u"<dd>https://acme.api.kandji.io</dd>"));
    QVERIFY(html.contains(u"<dd>ODT Setup Assistant " ODT_VERSION "</dd>"));
    QVERIFY(html.contains(u"Tom &amp; Jerry &lt;script&gt;"));
    QVERIFY(!html.contains(u"<script"));
    QVERIFY(html.contains(u"Acknowledged by the admin on the Review step."));
    const QDateTime generated = controller.reportContext().generatedAt;
    QVERIFY(generated.isValid());
    QVERIFY(html.contains(generated.date().toString(Qt::ISODate)));
}

void TestReviewController::htmlNamesTheConnectedIruTenant()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Pass));
    ReviewController controller(&session);
    QCOMPARE(controller.reportContext().iruTenant, QString());
    const QByteArray token = "5b7f0c1e-not-a-real-token";
    session.setIruClient(new iru::IruClient(
        session.http(), QUrl(QStringLiteral("https://acme.api.kandji.io")), token));
    QCOMPARE(controller.reportContext().iruTenant, QStringLiteral("https://acme.api.kandji.io"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(controller.exportHtml(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.contains("<dt>Iru Endpoint tenant</dt><dd>https://acme.api.kandji.io</dd>"));
    QVERIFY(!html.contains(token));

    controller.setIruTenant(QStringLiteral("Acme production"));
    QCOMPARE(controller.reportContext().iruTenant, QStringLiteral("Acme production"));
}

void TestReviewController::exportToUnwritablePathExplains()
{
    Session session;
    session.recordResult(check(QStringLiteral("a"), CheckStatus::Pass));
    ReviewController controller(&session);
    QTemporaryDir dir;
    // A regular file where a folder should be: fails even for root, unlike permission bits.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/report.json");

    QString error;
    QVERIFY(!controller.exportJson(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not save the report to %1: ").arg(path)),
             qPrintable(error));
    QVERIFY(error.endsWith(u"Choose another folder (for example your Documents folder) and "
                           u"export again."));
    error.clear();
    QVERIFY(!controller.exportHtml(path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));

    error.clear();
    QVERIFY(!controller.exportJson(QString(), &error));
    QCOMPARE(error,
             QStringLiteral("Could not save the report: no file name was given. Choose a "
                            "file and export again."));
}

void TestReviewController::suggestedFileNameNamesTheOrg()
{
    Session session;
    ReviewController controller(&session);
    static const QRegularExpression noOrg(QStringLiteral("^odt-readiness-\\d{8}-\\d{4}\\.json$"));
    QVERIFY2(noOrg.match(controller.suggestedFileName(QStringLiteral("json"))).hasMatch(),
             qPrintable(controller.suggestedFileName(QStringLiteral("json"))));
    session.setOktaOrg(OrgUrl::parse(QStringLiteral("acme-admin.okta.com")));
    static const QRegularExpression withOrg(
        QStringLiteral("^odt-readiness-acme\\.okta\\.com-\\d{8}-\\d{4}\\.html$"));
    QVERIFY2(withOrg.match(controller.suggestedFileName(QStringLiteral("html"))).hasMatch(),
             qPrintable(controller.suggestedFileName(QStringLiteral("html"))));
}

QTEST_GUILESS_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"
