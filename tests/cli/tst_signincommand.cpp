// Drives the real odt-setup signin as an admin's script would. The device-code sign-in runs
// against a standalone odt-sandbox, and the test approves the code as the admin would on another
// device.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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

Run finished(QProcess &process)
{
    Run run;
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run runSetup(const QStringList &arguments)
{
    QProcess process;
    process.start(binary("odt-setup"), arguments);
    return finished(process);
}

} // namespace

class TestSigninCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void redirectPortInUse();
    void deviceCodeSignIn_data();
    void deviceCodeSignIn();

private:
    // Approves `userCode` at the sandbox's /activate page over HTTPS, trusting only its CA.
    int approve(const QString &userCode, const QString &username, const QString &password);

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_org;
    QString m_caFile;
};

void TestSigninCommand::initTestCase()
{
    QVERIFY2(QFile::exists(binary("odt-setup")), "set ODT_BIN_DIR to the build's bin folder");
    QVERIFY(m_dir.isValid());
    m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    const QString scenario = m_dir.filePath(QStringLiteral("fast-device.json"));
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"name":"fast-device","extends":"ready","okta":{"deviceCodeIntervalSeconds":1}})");
    file.close();
    m_sandbox.start(
        binary("odt-sandbox"),
        { QStringLiteral("--scenario"), scenario, QStringLiteral("--print-ca"), m_caFile });
    QVERIFY(m_sandbox.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            out += m_sandbox.readAllStandardOutput();
            const auto match = QRegularExpression(QStringLiteral("okta-org: (\\S+)"))
                                   .match(QString::fromUtf8(out));
            if (match.hasMatch())
                m_org = match.captured(1);
            return !m_org.isEmpty();
        }(),
        15000);
    QVERIFY(QFile::exists(m_caFile));
}

void TestSigninCommand::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }
}

void TestSigninCommand::help()
{
    const Run run = runSetup({ QStringLiteral("signin"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("signin [options]"));
    for (const char *option : { "--okta-org", "--client-id", "--redirect-port", "--device-code",
                                "--ca-file", "--format", "--sandbox" })
        QVERIFY2(run.out.contains(option), option);
    QVERIFY(run.out.contains("0 signed in"));
}

void TestSigninCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString org = QStringLiteral("--okta-org=https://acme.okta.com");
    const QString client = QStringLiteral("--client-id=0oa1");
    QTest::newRow("no org") << QStringList { u"signin"_qs, client }
                            << "--okta-org URL or --sandbox";
    QTest::newRow("both") << QStringList { u"signin"_qs, u"--sandbox"_qs, org, client }
                          << "either --okta-org";
    QTest::newRow("no client id") << QStringList { u"signin"_qs, org } << "--client-id ID";
    QTest::newRow("plain http") << QStringList { u"signin"_qs, u"--okta-org=http://x.okta.com"_qs,
                                                 client }
                                << "only served over HTTPS";
    QTest::newRow("bad format") << QStringList { u"signin"_qs, org, client, u"--format=xml"_qs }
                                << "text or json";
    QTest::newRow("port and device")
        << QStringList { u"signin"_qs, org, client, u"--device-code"_qs,
                         u"--redirect-port=53683"_qs }
        << "needs no redirect";
    QTest::newRow("bad port") << QStringList { u"signin"_qs, org, client,
                                               u"--redirect-port=70000"_qs }
                              << "from 1 to 65535";
    QTest::newRow("unknown option")
        << QStringList { u"signin"_qs, u"--frobnicate"_qs } << "frobnicate";
    QTest::newRow("token on the command line")
        << QStringList { u"signin"_qs, org, client, u"--okta-token=00abc"_qs } << "okta-token";
    QTest::newRow("unknown scenario")
        << QStringList { u"signin"_qs, u"--sandbox=nope"_qs } << "no built-in scenario \"nope\"";
    QTest::newRow("missing ca file")
        << QStringList { u"signin"_qs, org, client, u"--ca-file=/nonexistent/ca.pem"_qs }
        << "Cannot read the CA file";
    QTest::newRow("positional") << QStringList { u"signin"_qs, org, client, u"extra"_qs }
                                << "unexpected argument \"extra\"";
}

void TestSigninCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runSetup(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestSigninCommand::redirectPortInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(squatter.serverPort());
    // The listener is bound before anything is sent, so no org needs to answer.
    QProcess process;
    process.start(binary("odt-setup"),
                  { u"signin"_qs, u"--okta-org=https://acme.okta.com"_qs, u"--client-id=0oa1"_qs,
                    u"--redirect-port"_qs, port });
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    const Run run = finished(process);
    QCOMPARE(run.exitCode, 3);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("Port %1").arg(port)), run.err.constData());
    QVERIFY2(err.contains(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
}

int TestSigninCommand::approve(const QString &userCode, const QString &username,
                               const QString &password)
{
    QNetworkAccessManager manager;
    QUrl url(m_org);
    url.setPath(QStringLiteral("/activate"));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user_code"), userCode);
    form.addQueryItem(QStringLiteral("username"), username);
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("approve"), QStringLiteral("1"));
    QNetworkReply *reply
        = manager.post(request, form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

void TestSigninCommand::deviceCodeSignIn_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("json, super admin") << "json"
                                       << "super.admin@example.com"
                                       << "Sandbox-Super-1";
    QTest::newRow("text, help desk") << "text"
                                     << "help.desk@example.com"
                                     << "Sandbox-Help-1";
}

void TestSigninCommand::deviceCodeSignIn()
{
    QFETCH(QString, format);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QProcess process;
    process.start(binary("odt-setup"),
                  { u"signin"_qs, u"--okta-org"_qs, m_org, u"--ca-file"_qs, m_caFile,
                    u"--client-id"_qs, u"0oa1sbxodtsetup0x0h7"_qs, u"--device-code"_qs,
                    u"--format"_qs, format });
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QString userCode;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            err += process.readAllStandardError();
            const auto match = QRegularExpression(QStringLiteral("user_code=([A-Z]+)"))
                                   .match(QString::fromUtf8(err));
            if (match.hasMatch())
                userCode = match.captured(1);
            return !userCode.isEmpty() || process.state() == QProcess::NotRunning;
        }(),
        30000);
    QVERIFY2(!userCode.isEmpty(), err.constData());
    QVERIFY(err.contains("/activate"));
    QVERIFY2(err.contains(QByteArray("    " + userCode.toLatin1())), err.constData());

    QCOMPARE(approve(userCode, username, password), 200);
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    const Run run = finished(process);
    QVERIFY2(run.exitCode == 0, QByteArray(err + run.err).constData());
    // Nothing secret reaches the output.
    QVERIFY(!run.out.contains("access_token"));
    QVERIFY(!run.out.contains("Bearer"));

    if (format == u"json") {
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonObject user = root.value(u"user").toObject();
        QCOMPARE(user.value(u"id").toString(), QStringLiteral("00u1sbxsuperadm0x0h7"));
        QCOMPARE(user.value(u"login").toString(), username);
        QCOMPARE(user.value(u"name").toString(), QStringLiteral("Sam Super"));
        const QJsonArray roles = root.value(u"roles").toArray();
        QCOMPARE(roles.size(), 1);
        const QJsonObject role = roles.first().toObject();
        QCOMPARE(role.value(u"type").toString(), QStringLiteral("SUPER_ADMIN"));
        QCOMPARE(role.value(u"status").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(role.value(u"assignmentType").toString(), QStringLiteral("USER"));
        QCOMPARE(root.value(u"superAdmin").toBool(false), true);
    } else {
        QVERIFY2(run.out.contains("Signed in as Hana Helpdesk (help.desk@example.com"),
                 run.out.constData());
        QVERIFY(run.out.contains("HELP_DESK_ADMIN"));
        QVERIFY(run.out.contains("assigned through a group"));
        QVERIFY(run.out.contains("Super Administrator: no."));
    }
}

QTEST_GUILESS_MAIN(TestSigninCommand)
#include "tst_signincommand.moc"
