#include "controller/session.h"
#include "core/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace odt;

namespace {
CheckResult result(const QString &id, CheckStatus status)
{
    CheckResult r;
    r.id = id;
    r.status = status;
    r.title = id + QStringLiteral(" title");
    return r;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonContract();
    void exitCodes_data();
    void exitCodes();
    void textNamesEveryCheck();
    void sessionReplacesRecheckedResult();
    void findingsInJsonAndText();
    void worstStatus_data();
    void worstStatus();
    void confirmationTurnsWarningIntoConfirmedPass();
    void confirmationSurvivesRecheckButNotError();
};

void TestReport::jsonContract()
{
    Report report;
    CheckResult engine = result(QStringLiteral("okta.engine"), CheckStatus::Fail);
    engine.detail = QStringLiteral("Classic");
    engine.remediation = QStringLiteral("Upgrade");
    engine.evidence = { QStringLiteral("pipeline=v1") };
    engine.link = QStringLiteral("https://help.okta.com/x");
    report.add(engine);
    CheckResult mfa = result(QStringLiteral("okta.adaptiveMfa"), CheckStatus::Warn);
    mfa.confidence = Confidence::Inferred;
    report.add(mfa);

    const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(root.value(u"schemaVersion").toInt(), 1);
    const QJsonArray checks = root.value(u"checks").toArray();
    QCOMPARE(checks.size(), 2);
    const QJsonObject first = checks.at(0).toObject();
    QCOMPARE(first.value(u"id").toString(), QStringLiteral("okta.engine"));
    QCOMPARE(first.value(u"status").toString(), QStringLiteral("fail"));
    QCOMPARE(first.value(u"title").toString(), QStringLiteral("okta.engine title"));
    QCOMPARE(first.value(u"detail").toString(), QStringLiteral("Classic"));
    QCOMPARE(first.value(u"remediation").toString(), QStringLiteral("Upgrade"));
    QCOMPARE(first.value(u"confidence").toString(), QStringLiteral("verified"));
    QCOMPARE(first.value(u"evidence").toArray().at(0).toString(), QStringLiteral("pipeline=v1"));
    QCOMPARE(checks.at(1).toObject().value(u"confidence").toString(), QStringLiteral("inferred"));
    QCOMPARE(checks.at(1).toObject().value(u"status").toString(), QStringLiteral("warn"));
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"ready").toBool(true), false);
    QCOMPARE(summary.value(u"blockers").toInt(), 1);
    QCOMPARE(summary.value(u"warnings").toInt(), 1);
    QCOMPARE(summary.value(u"errors").toInt(), 0);
}

void TestReport::exitCodes_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("ready");
    const auto s = [](CheckStatus status) {
        return int(status);
    };

    QTest::newRow("no checks") << QList<int> {} << 3 << true;
    QTest::newRow("all pass") << QList<int> { s(CheckStatus::Pass), s(CheckStatus::Pass) } << 0
                              << true;
    QTest::newRow("skipped only") << QList<int> { s(CheckStatus::Skipped) } << 0 << true;
    QTest::newRow("warning") << QList<int> { s(CheckStatus::Pass), s(CheckStatus::Warn) } << 1
                             << true;
    QTest::newRow("blocker") << QList<int> { s(CheckStatus::Warn), s(CheckStatus::Fail) } << 2
                             << false;
    QTest::newRow("error outranks blocker")
        << QList<int> { s(CheckStatus::Fail), s(CheckStatus::Error) } << 3 << false;
}

void TestReport::exitCodes()
{
    QFETCH(QList<int>, statuses);
    QFETCH(int, exitCode);
    QFETCH(bool, ready);
    Report report;
    int n = 0;
    for (int status : statuses)
        report.add(result(QStringLiteral("c%1").arg(n++), CheckStatus(status)));
    QCOMPARE(int(report.exitCode()), exitCode);
    QCOMPARE(report.ready(), ready);
}

void TestReport::textNamesEveryCheck()
{
    Report report;
    CheckResult fail = result(QStringLiteral("okta.engine"), CheckStatus::Fail);
    fail.remediation = QStringLiteral("Upgrade the org.");
    report.add(fail);
    const QString text = report.toText();
    QVERIFY(text.contains(u"[FAIL] okta.engine: okta.engine title"));
    QVERIFY(text.contains(u"fix: Upgrade the org."));
    QVERIFY(text.contains(u"NOT READY: 1 blocker(s), 0 warning(s)"));
}

void TestReport::sessionReplacesRecheckedResult()
{
    Session session;
    session.recordResult(result(QStringLiteral("a"), CheckStatus::Error));
    session.recordResult(result(QStringLiteral("b"), CheckStatus::Pass));
    session.recordResult(result(QStringLiteral("a"), CheckStatus::Pass));
    QCOMPARE(session.report().checks().size(), 2);
    QCOMPARE(session.report().checks().at(0).id, QStringLiteral("a"));
    QCOMPARE(session.report().checks().at(0).status, CheckStatus::Pass);
    QCOMPARE(int(session.report().exitCode()), 0);
}

void TestReport::findingsInJsonAndText()
{
    CheckResult check = result(QStringLiteral("iru.oktaVerify.macAutoApp"), CheckStatus::Fail);
    Finding macs;
    macs.subjectId = QStringLiteral("bp-1");
    macs.subject = QStringLiteral("Macs");
    macs.platforms = { QStringLiteral("Mac") };
    macs.status = CheckStatus::Fail;
    macs.detail = QStringLiteral("No Okta Verify Auto App");
    macs.confidence = Confidence::Inferred;
    check.findings = { macs };
    Report report;
    report.add(check);

    const QJsonObject json = QJsonDocument::fromJson(report.toJson())
                                 .object()
                                 .value(u"checks")
                                 .toArray()
                                 .at(0)
                                 .toObject();
    const QJsonObject finding = json.value(u"findings").toArray().at(0).toObject();
    QCOMPARE(finding.value(u"subjectId").toString(), QStringLiteral("bp-1"));
    QCOMPARE(finding.value(u"subject").toString(), QStringLiteral("Macs"));
    QCOMPARE(finding.value(u"platforms").toArray().at(0).toString(), QStringLiteral("Mac"));
    QCOMPARE(finding.value(u"status").toString(), QStringLiteral("fail"));
    QCOMPARE(finding.value(u"confidence").toString(), QStringLiteral("inferred"));
    QVERIFY(!json.contains(u"confirmation"));
    QVERIFY(report.toText().contains(u"    - [FAIL] Macs (Mac): No Okta Verify Auto App\n"));
}

void TestReport::worstStatus_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("worst");
    const auto s = [](CheckStatus status) {
        return int(status);
    };
    QTest::newRow("none") << QList<int> {} << s(CheckStatus::Skipped);
    QTest::newRow("pass beats skipped")
        << QList<int> { s(CheckStatus::Skipped), s(CheckStatus::Pass) } << s(CheckStatus::Pass);
    QTest::newRow("fail beats warn")
        << QList<int> { s(CheckStatus::Warn), s(CheckStatus::Fail), s(CheckStatus::Pass) }
        << s(CheckStatus::Fail);
    QTest::newRow("error beats fail")
        << QList<int> { s(CheckStatus::Fail), s(CheckStatus::Error) } << s(CheckStatus::Error);
}

void TestReport::worstStatus()
{
    QFETCH(QList<int>, statuses);
    QFETCH(int, worst);
    QList<CheckStatus> list;
    for (int status : statuses)
        list.append(CheckStatus(status));
    QCOMPARE(int(odt::worstStatus(list)), worst);
}

void TestReport::confirmationTurnsWarningIntoConfirmedPass()
{
    CheckResult check = result(QStringLiteral("iru.oktaVerify.appsAndBooks"), CheckStatus::Warn);
    check.confidence = Confidence::Inferred;
    Finding finding;
    finding.status = CheckStatus::Warn;
    check.findings = { finding };
    QCOMPARE(confirmedByAdmin(check).status, CheckStatus::Warn); // nothing to confirm

    check.confirmationPrompt = QStringLiteral("Okta Verify is in Apps and Books.");
    QCOMPARE(confirmedByAdmin(check).title, check.title); // no confirmed title: kept
    check.confirmedTitle = QStringLiteral("Okta Verify is in Apps and Books (confirmed)");
    const CheckResult confirmed = confirmedByAdmin(check);
    QCOMPARE(confirmed.title, QStringLiteral("Okta Verify is in Apps and Books (confirmed)"));
    QCOMPARE(confirmed.status, CheckStatus::Pass);
    QCOMPARE(confirmed.confidence, Confidence::Confirmed);
    QCOMPARE(confirmed.findings.at(0).status, CheckStatus::Pass);
    QCOMPARE(confirmed.findings.at(0).confidence, Confidence::Confirmed);
    QCOMPARE(confirmed.evidence.last(),
             QStringLiteral("Confirmed by the admin: Okta Verify is in Apps and Books."));
    QCOMPARE(QJsonValue(check.toJson().value(u"confirmation")).toString(),
             QStringLiteral("Okta Verify is in Apps and Books."));
}

void TestReport::confirmationSurvivesRecheckButNotError()
{
    Session session;
    CheckResult inferred = result(QStringLiteral("okta.adaptiveMfa"), CheckStatus::Pass);
    inferred.confidence = Confidence::Inferred;
    inferred.confirmationPrompt = QStringLiteral("We have Adaptive MFA.");
    session.recordResult(inferred);
    QVERIFY(!session.isConfirmed(QStringLiteral("okta.adaptiveMfa")));
    session.confirm(QStringLiteral("okta.adaptiveMfa"));
    QCOMPARE(session.report().checks().at(0).confidence, Confidence::Confirmed);

    session.recordResult(inferred); // re-check
    QCOMPARE(session.report().checks().at(0).confidence, Confidence::Confirmed);
    QCOMPARE(session.report().checks().at(0).status, CheckStatus::Pass);

    CheckResult failedToRun = result(QStringLiteral("okta.adaptiveMfa"), CheckStatus::Error);
    failedToRun.confirmationPrompt = inferred.confirmationPrompt;
    session.recordResult(failedToRun);
    QCOMPARE(session.report().checks().at(0).status, CheckStatus::Error);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
