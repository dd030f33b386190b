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

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
