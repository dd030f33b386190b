// Drives the real odt-setup and odt-sandbox executables, as an admin's script would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary(const char *name)
{
    return qEnvironmentVariable("ODT_BIN_DIR") + QLatin1Char('/') + QLatin1String(name);
}

Run runSetup(const QStringList &arguments,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary("odt-setup"), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject findCheck(const QByteArray &json, const QString &id)
{
    const QJsonArray checks = QJsonDocument::fromJson(json).object().value(u"checks").toArray();
    for (const QJsonValue &check : checks) {
        if (check.toObject().value(u"id").toString() == id)
            return check.toObject();
    }
    return {};
}

QJsonObject engineCheck(const QByteArray &json)
{
    return findCheck(json, QStringLiteral("okta.engine"));
}

QStringList checkIds(const QByteArray &json)
{
    QStringList ids;
    const QJsonArray checks = QJsonDocument::fromJson(json).object().value(u"checks").toArray();
    for (const QJsonValue &check : checks)
        ids.append(check.toObject().value(u"id").toString());
    return ids;
}

const QStringList allCheckIds {
    QStringLiteral("okta.engine"),           QStringLiteral("okta.superAdmin"),
    QStringLiteral("okta.fastPass"),         QStringLiteral("okta.adaptiveMfa"),
    QStringLiteral("okta.enrollmentPolicy"), QStringLiteral("okta.accessPolicy")
};

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void classicIsABlocker();
    void readyPasses();
    void textReport();
    void usageErrors_data();
    void usageErrors();
    void standaloneSandboxWithCaFile();
    void untrustedWithoutCaFile();
    void helpAndVersion();
    void sandboxScenarioReportsOktaChecks();
    void tokenEnvMissingIsIncomplete();
    void tokenIsNeverTakenFromArgv();
    void standaloneSandboxWithTokenEnv();
    void requestsGoThroughTheManualProxy();
    void iruSandboxConnectionPasses();
    void iruTokenEnvProblemsAreIncomplete();
    void iruRefusedTokenIsABlocker();
    void unknownBlueprintIsIncomplete();
    void blueprintNarrowsTheScope();
};

void TestCheckCommand::initTestCase()
{
    QVERIFY2(QFile::exists(binary("odt-setup")), "set ODT_BIN_DIR to the build's bin folder");
}

void TestCheckCommand::classicIsABlocker()
{
    const Run run = runSetup({ u"check"_qs, u"--sandbox=classic"_qs, u"--format"_qs, u"json"_qs });
    QCOMPARE(run.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"schemaVersion").toInt(), 1);
    const QJsonObject engine = engineCheck(run.out);
    QCOMPARE(engine.value(u"status").toString(), QStringLiteral("fail"));
    QCOMPARE(engine.value(u"confidence").toString(), QStringLiteral("verified"));
    QCOMPARE(engine.value(u"title").toString(),
             QStringLiteral("Classic Engine: migrate to Identity Engine first"));
    QVERIFY(!engine.value(u"remediation").toString().isEmpty());
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"ready").toBool(true), false);
    QCOMPARE(summary.value(u"blockers").toInt(), 1);
    QCOMPARE(summary.value(u"warnings").toInt(), 0);
}

void TestCheckCommand::readyPasses()
{
    const Run run = runSetup({ u"check"_qs, u"--sandbox=ready"_qs, u"--format=json"_qs });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(engineCheck(run.out).value(u"status").toString(), QStringLiteral("pass"));
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .object()
                 .value(u"summary")
                 .toObject()
                 .value(u"ready")
                 .toBool(),
             true);
    // --sandbox alone plays the ready scenario.
    QCOMPARE(runSetup({ u"check"_qs, u"--sandbox"_qs }).exitCode, 0);
}

void TestCheckCommand::textReport()
{
    const Run run = runSetup({ u"check"_qs, u"--sandbox=classic"_qs });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(
        run.out.contains("[FAIL] okta.engine: Classic Engine: migrate to Identity Engine first"));
    QVERIFY(run.out.contains("NOT READY: 1 blocker(s)"));
}

void TestCheckCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain http") << QStringList { u"check"_qs, u"--okta-org"_qs, u"http://x"_qs }
                                << "only served over HTTPS";
    QTest::newRow("malformed") << QStringList { u"check"_qs, u"--okta-org=not a url"_qs }
                               << "contains spaces";
    QTest::newRow("no org") << QStringList { u"check"_qs } << "--okta-org URL or --sandbox";
    QTest::newRow("both") << QStringList { u"check"_qs, u"--sandbox"_qs,
                                           u"--okta-org=a.okta.com"_qs }
                          << "either --okta-org";
    QTest::newRow("bad format") << QStringList { u"check"_qs, u"--sandbox"_qs, u"--format=xml"_qs }
                                << "text or json";
    QTest::newRow("unknown option")
        << QStringList { u"check"_qs, u"--frobnicate"_qs } << "frobnicate";
    QTest::newRow("unknown scenario")
        << QStringList { u"check"_qs, u"--sandbox=nope"_qs } << "no built-in scenario \"nope\"";
    QTest::newRow("missing ca file")
        << QStringList { u"check"_qs, u"--sandbox"_qs, u"--ca-file=/nonexistent/ca.pem"_qs }
        << "Cannot read the CA file";
    QTest::newRow("bad proxy") << QStringList { u"check"_qs, u"--sandbox"_qs,
                                                u"--proxy=proxy.corp:3128"_qs }
                               << "--proxy: \"proxy.corp:3128\" is not a proxy";
    QTest::newRow("proxy with password")
        << QStringList { u"check"_qs, u"--sandbox"_qs, u"--proxy=http://u:hunter2@p:3128"_qs }
        << "--proxy: Leave the user name and password out";
    QTest::newRow("iru url without token")
        << QStringList { u"check"_qs, u"--okta-org=a.okta.com"_qs, u"--iru-url=acme"_qs }
        << "--iru-url needs --iru-token-env NAME";
    QTest::newRow("iru token without url")
        << QStringList { u"check"_qs, u"--okta-org=a.okta.com"_qs, u"--iru-token-env=IRU"_qs }
        << "--iru-token-env needs --iru-url";
    QTest::newRow("blueprint without iru")
        << QStringList { u"check"_qs, u"--okta-org=a.okta.com"_qs, u"--blueprint=Macs"_qs }
        << "--blueprint needs the Iru Endpoint tenant";
    QTest::newRow("iru plain http")
        << QStringList { u"check"_qs, u"--sandbox"_qs, u"--iru-url=http://acme.api.kandji.io"_qs }
        << "--iru-url: The Iru Endpoint API is only served over HTTPS";
    QTest::newRow("iru okta url") << QStringList { u"check"_qs, u"--sandbox"_qs,
                                                   u"--iru-url=https://acme.okta.com"_qs }
                                  << "--iru-url: acme.okta.com is an Okta address";
}

void TestCheckCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runSetup(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCheckCommand::standaloneSandboxWithCaFile()
{
    QTemporaryDir dir;
    const QString caFile = dir.filePath(u"ca.pem"_qs);
    QProcess sandbox;
    sandbox.start(binary("odt-sandbox"),
                  { u"--scenario"_qs, u"classic"_qs, u"--print-ca"_qs, caFile });
    QVERIFY(sandbox.waitForStarted());
    QString org;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString out = QString::fromUtf8(sandbox.readAllStandardOutput());
            const auto match = QRegularExpression(u"okta-org: (\\S+)"_qs).match(out);
            if (match.hasMatch())
                org = match.captured(1);
            return !org.isEmpty();
        }(),
        15000);
    QVERIFY(QFile::exists(caFile));

    const Run run = runSetup(
        { u"check"_qs, u"--okta-org"_qs, org, u"--ca-file"_qs, caFile, u"--format=json"_qs });
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(engineCheck(run.out).value(u"status").toString(), QStringLiteral("fail"));
}

void TestCheckCommand::untrustedWithoutCaFile()
{
    QProcess sandbox;
    sandbox.start(binary("odt-sandbox"), { u"--scenario=ready"_qs });
    QVERIFY(sandbox.waitForStarted());
    QString org;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto match = QRegularExpression(u"okta-org: (\\S+)"_qs)
                                   .match(QString::fromUtf8(sandbox.readAllStandardOutput()));
            if (match.hasMatch())
                org = match.captured(1);
            return !org.isEmpty();
        }(),
        15000);
    const Run run = runSetup({ u"check"_qs, u"--okta-org"_qs, org, u"--format=json"_qs });
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    QCOMPARE(run.exitCode, 3);
    const QJsonObject engine = engineCheck(run.out);
    QCOMPARE(engine.value(u"status").toString(), QStringLiteral("error"));
    QVERIFY(engine.value(u"detail").toString().contains(u"could not be verified"));
}

void TestCheckCommand::helpAndVersion()
{
    const Run help = runSetup({ u"--help"_qs });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("odt-setup check [options]"));
    const Run checkHelp = runSetup({ u"check"_qs, u"--help"_qs });
    QCOMPARE(checkHelp.exitCode, 0);
    QVERIFY(checkHelp.out.contains("--okta-org"));
    QVERIFY(checkHelp.out.contains("3 could not complete"));
    const Run version = runSetup({ u"--version"_qs });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(ODT_VERSION));
}

void TestCheckCommand::sandboxScenarioReportsOktaChecks()
{
    const Run run
        = runSetup({ u"check"_qs, u"--sandbox=no-fastpass"_qs, u"--format"_qs, u"json"_qs });
    QCOMPARE(run.exitCode, 2);
    // The Okta checks, then the sandbox's Iru Endpoint side in the same report.
    QCOMPARE(checkIds(run.out).mid(0, allCheckIds.size()), allCheckIds);
    QCOMPARE(checkIds(run.out).value(allCheckIds.size()), u"iru.connection"_qs);
    const QJsonObject fastPass = findCheck(run.out, u"okta.fastPass"_qs);
    QCOMPARE(fastPass.value(u"status").toString(), u"fail"_qs);
    QCOMPARE(fastPass.value(u"title").toString(), u"Okta FastPass is not enabled"_qs);
    QVERIFY(fastPass.value(u"remediation")
                .toString()
                .contains(u"Security > Authenticators > Okta Verify > Edit > Okta FastPass"));
    QCOMPARE(findCheck(run.out, u"okta.superAdmin"_qs).value(u"status").toString(), u"pass"_qs);
    const QJsonObject summary
        = QJsonDocument::fromJson(run.out).object().value(u"summary").toObject();
    QCOMPARE(summary.value(u"blockers").toInt(), 1);
    QCOMPARE(summary.value(u"errors").toInt(), 0);
    // The sandbox's token stands in for the admin's and never shows up in the report.
    QVERIFY(!run.out.contains("00sbx"));

    const Run text = runSetup({ u"check"_qs, u"--sandbox=not-super-admin"_qs });
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.out.contains("[FAIL] okta.superAdmin: Not a Super Administrator"));
    QVERIFY(text.out.contains("ORG_ADMIN ACTIVE, SUPER_ADMIN INACTIVE"));
}

void TestCheckCommand::tokenEnvMissingIsIncomplete()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ODT_TEST_NO_SUCH_TOKEN"_qs);
    environment.insert(u"ODT_TEST_EMPTY_TOKEN"_qs, QString());
    for (const QString &name : { u"ODT_TEST_NO_SUCH_TOKEN"_qs, u"ODT_TEST_EMPTY_TOKEN"_qs }) {
        const Run run = runSetup(
            { u"check"_qs, u"--sandbox"_qs, u"--okta-token-env"_qs, name, u"--format=json"_qs },
            environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(name.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("not set or is empty"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
}

void TestCheckCommand::tokenIsNeverTakenFromArgv()
{
    // An admin pasting the token where the variable's name belongs gets told, without an echo.
    const Run run
        = runSetup({ u"check"_qs, u"--sandbox"_qs,
                     u"--okta-token-env=00sbxSuperAdminToken0000000000000000000000-x"_qs });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("NAME of an environment variable"), run.err.constData());
    QVERIFY(!run.err.contains("00sbxSuperAdminToken"));
}

void TestCheckCommand::requestsGoThroughTheManualProxy()
{
    // Nothing listens on the discard port: every request fails at the proxy, so the report says
    // the checks could not run and names the proxy, rather than reaching the sandbox directly.
    const Run run = runSetup({ u"check"_qs, u"--sandbox=ready"_qs, u"--proxy=http://127.0.0.1:9"_qs,
                               u"--format=json"_qs });
    QCOMPARE(run.exitCode, 3);
    const QJsonObject engine = findCheck(run.out, u"okta.engine"_qs);
    QCOMPARE(engine.value(u"status").toString(), u"error"_qs);
    QVERIFY2(engine.value(u"detail").toString().contains(u"through the proxy 127.0.0.1:9"),
             run.out.constData());

    const Run direct
        = runSetup({ u"check"_qs, u"--sandbox=ready"_qs, u"--proxy=none"_qs, u"--format=json"_qs });
    QCOMPARE(findCheck(direct.out, u"okta.engine"_qs).value(u"status").toString(), u"pass"_qs);
}

void TestCheckCommand::standaloneSandboxWithTokenEnv()
{
    QTemporaryDir dir;
    const QString caFile = dir.filePath(u"ca.pem"_qs);
    const QString credentialsFile = dir.filePath(u"credentials.json"_qs);
    QProcess sandbox;
    sandbox.start(binary("odt-sandbox"),
                  { u"--scenario=no-adaptive-mfa"_qs, u"--print-ca"_qs, caFile,
                    u"--print-credentials"_qs, credentialsFile });
    QVERIFY(sandbox.waitForStarted());
    QString org;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto match = QRegularExpression(u"okta-org: (\\S+)"_qs)
                                   .match(QString::fromUtf8(sandbox.readAllStandardOutput()));
            if (match.hasMatch())
                org = match.captured(1);
            return !org.isEmpty();
        }(),
        15000);
    QFile file(credentialsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString token = QJsonDocument::fromJson(file.readAll())
                              .object()
                              .value(u"okta")
                              .toObject()
                              .value(u"users")
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(u"apiToken")
                              .toString();
    QVERIFY(!token.isEmpty());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ODT_TEST_OKTA_TOKEN"_qs, token);
    const Run run
        = runSetup({ u"check"_qs, u"--okta-org"_qs, org, u"--ca-file"_qs, caFile,
                     u"--okta-token-env"_qs, u"ODT_TEST_OKTA_TOKEN"_qs, u"--format=json"_qs },
                   environment);
    // Without a token the same org reports the engine check only.
    const Run engineOnly = runSetup(
        { u"check"_qs, u"--okta-org"_qs, org, u"--ca-file"_qs, caFile, u"--format=json"_qs });
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(checkIds(run.out), allCheckIds);
    const QJsonObject amfa = findCheck(run.out, u"okta.adaptiveMfa"_qs);
    QCOMPARE(amfa.value(u"status").toString(), u"fail"_qs);
    QCOMPARE(amfa.value(u"confidence").toString(), u"inferred"_qs);
    QVERIFY(!run.out.contains(token.toUtf8()));
    QVERIFY(!run.err.contains(token.toUtf8()));
    QCOMPARE(engineOnly.exitCode, 0);
    QCOMPARE(checkIds(engineOnly.out), QStringList { u"okta.engine"_qs });
}

void TestCheckCommand::iruSandboxConnectionPasses()
{
    const Run run = runSetup({ u"check"_qs, u"--sandbox=ready"_qs, u"--format=json"_qs });
    QCOMPARE(run.exitCode, 0);
    const QStringList ids = checkIds(run.out);
    QCOMPARE(ids.mid(0, allCheckIds.size()), allCheckIds);
    QCOMPARE(ids.value(allCheckIds.size()), u"iru.connection"_qs);
    QVERIFY2(ids.size() > allCheckIds.size() + 1, run.out.constData()); // the readiness checks
    const QJsonObject connection = findCheck(run.out, u"iru.connection"_qs);
    QCOMPARE(connection.value(u"status").toString(), u"pass"_qs);
    QCOMPARE(connection.value(u"title").toString(), u"Connected to Iru Endpoint"_qs);
    const QJsonArray evidence = connection.value(u"evidence").toArray();
    QCOMPARE(evidence.size(), 2);
    QCOMPARE(evidence.at(0).toString(), u"host: 127.0.0.1"_qs);
    QCOMPARE(evidence.at(1).toString(), u"GET /api/v1/blueprints?limit=1: HTTP 200, count=3"_qs);
    // The sandbox's Iru token never shows up in the report.
    QVERIFY(!run.out.contains("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"));
    QVERIFY(!run.err.contains("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"));
}

void TestCheckCommand::iruTokenEnvProblemsAreIncomplete()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ODT_TEST_NO_IRU_TOKEN"_qs);
    environment.insert(u"ODT_TEST_BAD_IRU_TOKEN"_qs, u"not-a-token-at-all"_qs);
    environment.insert(u"ODT_TEST_OKTA_IN_IRU"_qs,
                       u"00sbxSuperAdminToken0000000000000000000000"_qs);
    const QList<QPair<QString, QByteArray>> cases {
        { u"ODT_TEST_NO_IRU_TOKEN"_qs, "is not set or is empty" },
        { u"ODT_TEST_BAD_IRU_TOKEN"_qs, "does not hold an Iru Endpoint API token" },
        { u"ODT_TEST_OKTA_IN_IRU"_qs, "looks like an Okta API token" },
    };
    for (const auto &[name, message] : cases) {
        const Run run = runSetup(
            { u"check"_qs, u"--sandbox"_qs, u"--iru-token-env"_qs, name, u"--format=json"_qs },
            environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(name.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(!run.err.contains("not-a-token-at-all"));
        QVERIFY(!run.err.contains("00sbxSuperAdminToken"));
        QVERIFY(run.out.isEmpty());
    }
    // The token itself where the variable's name belongs: told, not echoed.
    const Run pasted = runSetup({ u"check"_qs, u"--sandbox"_qs,
                                  u"--iru-token-env=5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"_qs });
    QCOMPARE(pasted.exitCode, 3);
    QVERIFY2(pasted.err.contains("NAME of an environment variable"), pasted.err.constData());
    QVERIFY(!pasted.err.contains("5b7f0c1e"));
}

void TestCheckCommand::iruRefusedTokenIsABlocker()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ODT_TEST_WRONG_IRU_TOKEN"_qs, u"00000000-0000-4000-8000-000000000000"_qs);
    const Run run = runSetup({ u"check"_qs, u"--sandbox"_qs, u"--iru-token-env"_qs,
                               u"ODT_TEST_WRONG_IRU_TOKEN"_qs, u"--format=json"_qs },
                             environment);
    QCOMPARE(run.exitCode, 2);
    const QJsonObject connection = findCheck(run.out, u"iru.connection"_qs);
    QCOMPARE(connection.value(u"status").toString(), u"fail"_qs);
    QCOMPARE(connection.value(u"title").toString(), u"The Iru Endpoint API token was refused"_qs);
    QVERIFY(connection.value(u"remediation").toString().contains(u"Access → API tokens"));
    // Without a connection the readiness checks have nothing to read: only iru.connection.
    QCOMPARE(checkIds(run.out).mid(allCheckIds.size()), QStringList { u"iru.connection"_qs });
    QVERIFY(!run.out.contains("00000000-0000-4000-8000-000000000000"));
}

void TestCheckCommand::unknownBlueprintIsIncomplete()
{
    const Run run = runSetup({ u"check"_qs, u"--sandbox"_qs, u"--blueprint=Macs"_qs,
                               u"--blueprint"_qs, u"Pilot"_qs, u"--format=json"_qs });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QString::fromUtf8(run.err).trimmed(),
             u"odt-setup check: --blueprint: the tenant has no Blueprint named \"Pilot\". Its "
             "Blueprints: \"Macs\", \"Mobile\", \"ODT Pilot\"."_qs);
}

void TestCheckCommand::blueprintNarrowsTheScope()
{
    const Run run = runSetup(
        { u"check"_qs, u"--sandbox"_qs, u"--blueprint=odt pilot"_qs, u"--format=json"_qs });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray findings
        = findCheck(run.out, u"iru.manualOdt"_qs).value(u"findings").toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(u"subject").toString(), u"ODT Pilot"_qs);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
