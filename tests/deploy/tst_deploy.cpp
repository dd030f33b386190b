#include "deploy/appconfiggenerator.h"
#include "deploy/edrpluginprofile.h"
#include "deploy/endpointmanagement.h"
#include "deploy/loginitemprofile.h"
#include "deploy/oktaverifysettingsprofile.h"
#include "deploy/profileset.h"
#include "deploy/scepprofile.h"
#include "deploy/ssoextensionprofile.h"
#include "profiles/plist.h"
#include "support/testmain.h"

#include <QFile>

using namespace odt::deploy;

namespace {

QByteArray testFile(const char *name)
{
    QFile file(QStringLiteral(ODT_TEST_DATA_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

EndpointManagementInput staticInput()
{
    EndpointManagementInput input;
    input.orgUrl = QStringLiteral("acme.okta.com");
    input.scepMode = EndpointManagementInput::ScepMode::Static;
    input.scepUrl = QStringLiteral("https://acme.okta.com/pki/scep/00abc");
    input.scepChallenge = QStringLiteral("static-secret");
    return input;
}

EndpointManagement valid(const EndpointManagementInput &input)
{
    QList<InputProblem> problems;
    const auto settings = EndpointManagement::validate(input, &problems);
    if (!settings)
        qFatal("unexpected problem: %s", qPrintable(problems.value(0).message));
    return *settings;
}

QVariantMap payload(const GeneratedProfile &profile, int index)
{
    return profile.plist.value(QStringLiteral("PayloadContent")).toList().value(index).toMap();
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInputHasASpecificMessage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("wantField");
        QTest::addColumn<QString>("wantMessage");
        QTest::newRow("plain http org") << "orgUrl"
                                        << "http://acme.okta.com"
                                        << "okta-org"
                                        << "Okta organizations are only served over HTTPS, and "
                                           "this tool never sends anything over plain http. Use "
                                           "https:// instead.";
        QTest::newRow("http scep url")
            << "scepUrl"
            << "http://acme.okta.com/pki/scep/1"
            << "scep-url"
            << "The SCEP URL must use https://, not \"http://\": Okta serves SCEP only over HTTPS.";
        QTest::newRow("scep url elsewhere")
            << "scepUrl"
            << "https://evil.example.com/pki/scep/1"
            << "scep-url"
            << "The SCEP URL is on evil.example.com, which is neither the Okta org "
               "(acme.okta.com) nor a declared custom domain. Copy it again from Okta, or add "
               "the domain with --custom-domain.";
        QTest::newRow("scep url with password")
            << "scepUrl"
            << "https://u:p@acme.okta.com/pki/scep/1"
            << "scep-url"
            << "The SCEP URL must not contain a user name or password.";
        QTest::newRow("empty scep url") << "scepUrl"
                                        << ""
                                        << "scep-url"
                                        << "Enter the SCEP URL shown in Okta's Admin Console.";
        QTest::newRow("empty challenge") << "scepChallenge"
                                         << "  "
                                         << "scep-challenge-env"
                                         << "The SCEP secret key (the static challenge) is empty.";
        QTest::newRow("custom domain over http")
            << "customDomain"
            << "http://login.acme.com"
            << "custom-domain"
            << "Custom domain \"http://login.acme.com\": Okta organizations are only served over "
               "HTTPS, and this tool never sends anything over plain http. Use https:// instead.";
        QTest::newRow("custom domain is the org")
            << "customDomain"
            << "acme.okta.com"
            << "custom-domain"
            << "Custom domain \"acme.okta.com\" must be a host name other than the org host, "
               "without a port, for example login.acme.com.";
        QTest::newRow("leaf as CA") << "ca"
                                    << "test-leaf.pem"
                                    << "okta-ca"
                                    << "The Okta CA certificate: the certificate \"ODT Test Leaf\" "
                                       "is not a CA certificate (no basicConstraints CA:TRUE)";
        QTest::newRow("garbage as CA") << "ca"
                                       << ""
                                       << "okta-ca"
                                       << "The Okta CA certificate: not an X.509 certificate "
                                          "(expected PEM or DER)";
        QTest::newRow("dynamic value in static mode")
            << "challengeUrl"
            << "https://acme.okta.com/pki/challenge"
            << "scep-mode"
            << "A challenge URL, user name or password belongs to dynamic SCEP; in static mode "
               "Okta gives only the SCEP URL and a secret key.";
    }

    void badInputHasASpecificMessage()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, wantField);
        QFETCH(QString, wantMessage);
        EndpointManagementInput input = staticInput();
        if (field == QLatin1String("orgUrl"))
            input.orgUrl = value;
        else if (field == QLatin1String("scepUrl"))
            input.scepUrl = value;
        else if (field == QLatin1String("scepChallenge"))
            input.scepChallenge = value;
        else if (field == QLatin1String("customDomain"))
            input.customDomains = { value };
        else if (field == QLatin1String("challengeUrl"))
            input.challengeUrl = value;
        else if (field == QLatin1String("ca"))
            input.oktaCaCertificate = value.isEmpty() ? QByteArray("not a certificate")
                                                      : testFile(value.toLatin1().constData());
        QList<InputProblem> problems;
        QVERIFY(!EndpointManagement::validate(input, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().field, wantField);
        QCOMPARE(problems.constFirst().message, wantMessage);
    }

    void everyProblemIsReportedAtOnce()
    {
        EndpointManagementInput input;
        input.orgUrl = QStringLiteral("https://acme.okta.com");
        input.scepUrl = QStringLiteral("https://acme.okta.com/pki/scep/1"); // dynamic, incomplete
        QList<InputProblem> problems;
        QVERIFY(!EndpointManagement::validate(input, &problems));
        QStringList fields;
        for (const InputProblem &problem : problems)
            fields.append(problem.field);
        QCOMPARE(
            fields,
            (QStringList { QStringLiteral("scep-challenge-url"), QStringLiteral("scep-username"),
                           QStringLiteral("scep-password-env") }));
    }

    void dynamicNeedsNoScepValues()
    {
        EndpointManagementInput input;
        input.orgUrl = QStringLiteral("https://acme-admin.okta.com/admin/dashboard");
        input.customDomains
            = { QStringLiteral("login.acme.com"), QStringLiteral("https://LOGIN.acme.com/") };
        const EndpointManagement settings = valid(input);
        QCOMPARE(settings.orgHost(), QStringLiteral("acme.okta.com"));
        QVERIFY(!settings.hasDynamicScepValues());
        QCOMPARE(
            settings.signInHosts(),
            (QStringList { QStringLiteral("acme.okta.com"), QStringLiteral("login.acme.com") }));
        QVERIFY(!ScepProfile::generate(settings));
        QVERIFY(!ScepProfile::generateCaOnly(settings)); // no CA given
    }

    void scepProfileCarriesOktasValues()
    {
        EndpointManagementInput input = staticInput();
        input.oktaCaCertificate = testFile("test-ca.pem");
        const auto profile = ScepProfile::generate(valid(input));
        QVERIFY(profile);
        QCOMPARE(profile->payloadTypes(),
                 (QStringList { QStringLiteral("com.apple.security.scep"),
                                QStringLiteral("com.apple.security.root") }));
        const QVariantMap scep
            = payload(*profile, 0).value(QStringLiteral("PayloadContent")).toMap();
        QCOMPARE(scep.value(QStringLiteral("URL")).toString(),
                 QStringLiteral("https://acme.okta.com/pki/scep/00abc"));
        QCOMPARE(scep.value(QStringLiteral("Challenge")).toString(),
                 QStringLiteral("static-secret"));
        QCOMPARE(scep.value(QStringLiteral("Keysize")).toInt(), 2048);
        QCOMPARE(scep.value(QStringLiteral("Key Usage")).toInt(), 1);
        QCOMPARE(scep.value(QStringLiteral("KeyIsExtractable")), QVariant(false));
        QCOMPARE(scep.value(QStringLiteral("AllowAllAppsAccess")), QVariant(true));
        const QVariantList subject = scep.value(QStringLiteral("Subject")).toList();
        QCOMPARE(subject.constFirst().toList().constFirst().toList(),
                 (QVariantList { QStringLiteral("CN"),
                                 QStringLiteral("$SERIAL_NUMBER managementAttestation") }));
        const QByteArray der
            = payload(*profile, 1).value(QStringLiteral("PayloadContent")).toByteArray();
        QCOMPARE(QSslCertificate(der, QSsl::Der).subjectInfo(QSslCertificate::CommonName),
                 QStringList { QStringLiteral("ODT Test Okta CA") });
        QCOMPARE(profile->plist.value(QStringLiteral("PayloadScope")).toString(),
                 QStringLiteral("System"));
    }

    void caOnlyProfileInDynamicMode()
    {
        EndpointManagementInput input;
        input.orgUrl = QStringLiteral("https://acme.okta.com");
        input.oktaCaCertificate = testFile("test-ca.pem");
        const auto profile = ScepProfile::generateCaOnly(valid(input));
        QVERIFY(profile);
        QCOMPARE(profile->kind, QStringLiteral("okta-ca-macos"));
        QCOMPARE(profile->payloadTypes(),
                 QStringList { QStringLiteral("com.apple.security.root") });
    }

    void oktaVerifySettingsInBothDomains()
    {
        const GeneratedProfile profile = OktaVerifySettingsProfile::generate(valid(staticInput()));
        QCOMPARE(profile.payloadTypes(),
                 (QStringList { QStringLiteral("com.okta.mobile"),
                                QStringLiteral("com.okta.mobile.auth-service-extension") }));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(payload(profile, i).value(QStringLiteral("OktaVerify.OrgUrl")).toString(),
                     QStringLiteral("acme.okta.com"));
            QCOMPARE(payload(profile, i)
                         .value(QStringLiteral("OktaVerify.EnrollmentOptions"))
                         .toString(),
                     QStringLiteral("SilentEnrollmentEnabled"));
        }
    }

    void loginItemAndManagedRule()
    {
        const GeneratedProfile profile = LoginItemProfile::generate(valid(staticInput()));
        const QVariantMap item
            = payload(profile, 0)
                  .value(QStringLiteral("AutoLaunchedApplicationDictionary-managed"))
                  .toList()
                  .constFirst()
                  .toMap();
        QCOMPARE(item.value(QStringLiteral("Path")).toString(),
                 QStringLiteral("/Applications/Okta Verify.app"));
        const QVariantMap rule
            = payload(profile, 1).value(QStringLiteral("Rules")).toList().constFirst().toMap();
        QCOMPARE(rule.value(QStringLiteral("RuleType")).toString(),
                 QStringLiteral("TeamIdentifier"));
        QCOMPARE(rule.value(QStringLiteral("RuleValue")).toString(), QStringLiteral("B7F62B65BN"));
    }

    void ssoExtensionPerPlatform()
    {
        EndpointManagementInput input = staticInput();
        input.customDomains = { QStringLiteral("login.acme.com") };
        QVERIFY(!SsoExtensionProfile::generateIos(valid(input))); // no iOS secret
        input.iosSecretKey = QStringLiteral("hint-123");
        const EndpointManagement settings = valid(input);
        const QVariantMap mac = payload(SsoExtensionProfile::generateMac(settings), 0);
        QCOMPARE(mac.value(QStringLiteral("ExtensionIdentifier")).toString(),
                 QStringLiteral("com.okta.mobile.auth-service-extension"));
        QCOMPARE(mac.value(QStringLiteral("TeamIdentifier")).toString(),
                 QStringLiteral("B7F62B65BN"));
        QCOMPARE(mac.value(QStringLiteral("Type")).toString(), QStringLiteral("Credential"));
        QCOMPARE(mac.value(QStringLiteral("Realm")).toString(), QStringLiteral("Okta Device"));
        QCOMPARE(
            mac.value(QStringLiteral("Hosts")).toStringList(),
            (QStringList { QStringLiteral("acme.okta.com"), QStringLiteral("login.acme.com") }));
        QVERIFY(!mac.contains(QStringLiteral("ExtensionData")));
        const auto ios = SsoExtensionProfile::generateIos(settings);
        QVERIFY(ios);
        QCOMPARE(ios->platforms, (QStringList { QStringLiteral("iOS"), QStringLiteral("iPadOS") }));
        QVERIFY(!payload(*ios, 0).contains(QStringLiteral("TeamIdentifier")));
        QCOMPARE(
            payload(*ios, 0).value(QStringLiteral("ExtensionData")).toMap(),
            (QVariantMap { { QStringLiteral("managementHint"), QStringLiteral("hint-123") } }));
        QVERIFY(!ios->plist.contains(QStringLiteral("PayloadScope")));
        const auto appConfig = AppConfigGenerator::generate(settings);
        QVERIFY(appConfig);
        QCOMPARE(
            appConfig->config,
            (QVariantMap { { QStringLiteral("OktaVerify.OrgUrl"), QStringLiteral("acme.okta.com") },
                           { QStringLiteral("managementHint"), QStringLiteral("hint-123") } }));
    }

    void edrPluginOnlyWhenAsked()
    {
        EndpointManagementInput input = staticInput();
        QVERIFY(!EdrPluginProfile::generate(valid(input)));
        input.edrPlugin = EndpointManagementInput::EdrPlugin::CrowdStrike;
        const auto profile = EdrPluginProfile::generate(valid(input));
        QVERIFY(profile);
        QCOMPARE(payload(*profile, 1).value(QStringLiteral("OktaVerify.Plugins")).toList(),
                 QVariantList { QStringLiteral("com.crowdstrike.zta") });
    }

    void identifiersAreDeterministicAndOurs()
    {
        const GeneratedProfile profile = SsoExtensionProfile::generateMac(valid(staticInput()));
        QCOMPARE(profile.payloadIdentifier(),
                 QStringLiteral("org.odt-setup-assistant.okta-sso-extension-macos.acme.okta.com"));
        // Name-based UUIDv5 values, computed independently with Python's uuid.uuid5.
        QCOMPARE(profile.payloadUuid(), QStringLiteral("B526B33B-1A91-5745-B3D6-059B097CEB65"));
        QCOMPARE(payload(profile, 0).value(QStringLiteral("PayloadUUID")).toString(),
                 QStringLiteral("C19323EA-6301-57B1-8230-BE9E70220A4C"));
        QCOMPARE(
            payload(profile, 0).value(QStringLiteral("PayloadIdentifier")).toString(),
            QStringLiteral("org.odt-setup-assistant.okta-sso-extension-macos.acme.okta.com.sso"));
        QCOMPARE(SsoExtensionProfile::generateMac(valid(staticInput())).bytes(), profile.bytes());

        EndpointManagementInput other = staticInput();
        other.orgUrl = QStringLiteral("https://globex.okta.com");
        other.scepUrl = QStringLiteral("https://globex.okta.com/pki/scep/1");
        QVERIFY(SsoExtensionProfile::generateMac(valid(other)).payloadUuid()
                != profile.payloadUuid());
    }

    void profileSetSaysWhatItLeftOut()
    {
        EndpointManagementInput input;
        input.orgUrl = QStringLiteral("https://acme.okta.com");
        const ProfileSet set = ProfileSet::generate(valid(input));
        QStringList kinds;
        for (const GeneratedProfile &profile : set.profiles)
            kinds.append(profile.kind);
        QCOMPARE(kinds,
                 (QStringList { QStringLiteral("okta-verify-settings-macos"),
                                QStringLiteral("okta-verify-login-item-macos"),
                                QStringLiteral("okta-sso-extension-macos") }));
        QVERIFY(set.appConfigs.isEmpty());
        QCOMPARE(set.omissions.size(), 3);
        QCOMPARE(set.omissions.at(0).what, QStringLiteral("macOS SCEP certificate profile"));
        for (const GeneratedProfile &profile : set.profiles)
            QVERIFY2(odt::profiles::parsePlist(profile.bytes()), qPrintable(profile.kind));
    }
};

ODT_TEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
