// The Okta readiness checks against the sandbox tenant: built-in scenarios and inline variants,
// each compared field by field (status, title, evidence), so the report contract stays stable.
#include "controller/checkrunner.h"
#include "net/httpclient.h"
#include "okta/checks/accesspolicycheck.h"
#include "okta/checks/adaptivemfacheck.h"
#include "okta/checks/enrollmentpolicycheck.h"
#include "okta/checks/fastpasscheck.h"
#include "okta/checks/oktachecks.h"
#include "okta/checks/superadmincheck.h"
#include "okta/oktaclient.h"
#include "sandbox/oktaorgserver.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <map>

using namespace odt;

namespace {

const QString superAdminId = QStringLiteral("00u1sbxsuperadm0x0h7");
const QString oktaVerifyId = QStringLiteral("aut1sbxoktaverify0h7");
const QString meEvidence
    = QStringLiteral("GET /api/v1/users/me: id=00u1sbxsuperadm0x0h7 login=super.admin@example.com");
const QString accessPoliciesEvidence
    = QStringLiteral("GET /api/v1/policies?type=ACCESS_POLICY: \"Managed devices only\" ACTIVE");
const QString allScopes
    = QStringLiteral("okta.users.read okta.roles.read okta.authenticators.read okta.policies.read "
                     "okta.deviceIntegrations.read");

QString variant(const QString &patch)
{
    return QStringLiteral(R"({"name":"variant","extends":"ready","patch":[%1]})").arg(patch);
}

QString withoutScope(const QString &scope)
{
    QStringList scopes = allScopes.split(QLatin1Char(' '));
    scopes.removeAll(scope);
    return QStringLiteral("bearer:") + scopes.join(QLatin1Char(' '));
}

std::unique_ptr<Check> makeCheck(const QString &id, okta::OktaClient *client, const OrgUrl &org)
{
    if (id == okta::SuperAdminCheck::checkId)
        return std::make_unique<okta::SuperAdminCheck>(client, org);
    if (id == okta::FastPassCheck::checkId)
        return std::make_unique<okta::FastPassCheck>(client, org);
    if (id == okta::AdaptiveMfaCheck::checkId)
        return std::make_unique<okta::AdaptiveMfaCheck>(client, org);
    if (id == okta::EnrollmentPolicyCheck::checkId)
        return std::make_unique<okta::EnrollmentPolicyCheck>(client, org);
    if (id == okta::AccessPolicyCheck::checkId)
        return std::make_unique<okta::AccessPolicyCheck>(client, org);
    return nullptr;
}

} // namespace

class TestOktaChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checks_data();
    void checks();
    void registryRunsEveryCheckInOrder();
    void blockersInOneReport();
    void destroyedCheckSendsNothingMore();
    void cleanupTestCase() { m_tenants.clear(); }

private:
    sandbox::SandboxTenant *tenant(const QString &scenario);
    okta::OktaCredential credential(sandbox::SandboxTenant *tenant, const QString &spec);

    // One tenant per scenario: minting a certificate per row would only slow the suite down.
    std::map<QString, std::unique_ptr<sandbox::SandboxTenant>> m_tenants;
    QNetworkAccessManager m_manager;
    net::HttpClient m_http { &m_manager };
};

sandbox::SandboxTenant *TestOktaChecks::tenant(const QString &scenario)
{
    auto &slot = m_tenants[scenario];
    if (!slot) {
        QString error;
        slot = startSandbox(scenario, &error);
        if (!slot)
            qWarning() << "sandbox:" << error;
        else
            m_http.setExtraCaCertificates(m_http.extraCaCertificates() << slot->caCertificate());
    }
    return slot.get();
}

// "ssws" (the super admin's API token), "ssws:1" (users[1]'s), or "bearer:SCOPE …" (an access
// token of the super admin with exactly these scopes).
okta::OktaCredential TestOktaChecks::credential(sandbox::SandboxTenant *t, const QString &spec)
{
    if (spec.startsWith(u"bearer:")) {
        sandbox::OktaPrincipal principal;
        principal.userId = superAdminId;
        principal.clientId = QStringLiteral("0oa1sbxodtsetup0x0h7");
        const QStringList scopes = spec.mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        principal.scopes = QSet<QString>(scopes.begin(), scopes.end());
        return okta::OktaCredential::accessToken(
            t->okta()->auth().issueAccessToken(principal, 3600));
    }
    const int index = spec.section(QLatin1Char(':'), 1).toInt();
    const QJsonArray users = t->credentials().value(u"okta").toObject().value(u"users").toArray();
    return okta::OktaCredential::apiToken(
        users.at(index).toObject().value(u"apiToken").toString().toUtf8());
}

void TestOktaChecks::checks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("check");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("evidence");
    // Checked against the detail and the remediation together.
    QTest::addColumn<QString>("mentions");

    const QString rolesOp = QStringLiteral("GET /api/v1/users/00u1sbxsuperadm0x0h7/roles");
    const QString authenticatorsOv
        = QStringLiteral("GET /api/v1/authenticators: okta_verify ACTIVE (aut1sbxoktaverify0h7), "
                         "userVerification=PREFERRED");
    const QString signedNonce
        = QStringLiteral("GET /api/v1/authenticators/aut1sbxoktaverify0h7/methods/signed_nonce");
    const QString accessRules = QStringLiteral("GET /api/v1/policies/rst1sbxaccess0000x0h7/rules");
    const QString enrollOp = QStringLiteral("GET /api/v1/policies?type=MFA_ENROLL");

    // --- built-in scenarios ---
    QTest::newRow("ready superAdmin")
        << "ready"
        << "ssws"
        << "okta.superAdmin" << CheckStatus::Pass << "Signed in as a Super Administrator"
        << QStringList { meEvidence, rolesOp + u": SUPER_ADMIN ACTIVE" } << "assigned: user";
    QTest::newRow("ready fastPass")
        << "ready"
        << "ssws"
        << "okta.fastPass" << CheckStatus::Pass << "Okta FastPass is enabled"
        << QStringList { authenticatorsOv, signedNonce + u": ACTIVE" }
        << "User verification: Preferred.";
    QTest::newRow("ready adaptiveMfa")
        << "ready"
        << "ssws"
        << "okta.adaptiveMfa" << CheckStatus::Pass << "Okta Adaptive MFA is available"
        << QStringList { u"GET /api/v1/device-integrations: HTTP 200, 1 device integration(s)"_qs }
        << "inferred";
    QTest::newRow("ready enrollmentPolicy")
        << "ready"
        << "ssws"
        << "okta.enrollmentPolicy" << CheckStatus::Pass << "Users can enroll Okta Verify"
        << QStringList { enrollOp + u": \"Default Policy\" ACTIVE okta_verify=REQUIRED" }
        << "makes Okta Verify required";
    QTest::newRow("ready accessPolicy")
        << "ready"
        << "ssws"
        << "okta.accessPolicy" << CheckStatus::Pass
        << "An app sign-in policy requires managed devices"
        << QStringList { accessPoliciesEvidence,
                         accessRules
                             + u": \"Require a registered and managed device\" ACTIVE "
                               "registered=true managed=true, \"Catch-all Rule\" ACTIVE no "
                               "device condition" }
        << "\"Require a registered and managed device\"";
    QTest::newRow("not-super-admin")
        << "not-super-admin"
        << "ssws"
        << "okta.superAdmin" << CheckStatus::Fail << "Not a Super Administrator"
        << QStringList { meEvidence, rolesOp + u": ORG_ADMIN ACTIVE, SUPER_ADMIN INACTIVE" }
        << "Organization Administrator (ORG_ADMIN, active), Super Administrator (SUPER_ADMIN, "
           "inactive)";
    QTest::newRow("help desk admin token")
        << "ready"
        << "ssws:1"
        << "okta.superAdmin" << CheckStatus::Fail << "Not a Super Administrator"
        << QStringList { u"GET /api/v1/users/me: id=00u1sbxhelpdesk0x0h7 login=help.desk@example.com"_qs,
                         u"GET /api/v1/users/00u1sbxhelpdesk0x0h7/roles: HELP_DESK_ADMIN ACTIVE, "
                         "READ_ONLY_ADMIN ACTIVE"_qs }
        << "Security > Administrators";
    QTest::newRow("no-fastpass") << "no-fastpass"
                                 << "ssws"
                                 << "okta.fastPass" << CheckStatus::Fail
                                 << "Okta FastPass is not enabled"
                                 << QStringList { authenticatorsOv, signedNonce + u": INACTIVE" }
                                 << "User verification: Preferred.";
    QTest::newRow("no-adaptive-mfa")
        << "no-adaptive-mfa"
        << "ssws"
        << "okta.adaptiveMfa" << CheckStatus::Fail << "Okta Adaptive MFA is missing"
        << QStringList { u"GET /api/v1/device-integrations: HTTP 401 E0000015"_qs } << "E0000015";
    QTest::newRow("no-adaptive-mfa leaves the others")
        << "no-adaptive-mfa"
        << "ssws"
        << "okta.fastPass" << CheckStatus::Pass << "Okta FastPass is enabled"
        << QStringList { authenticatorsOv, signedNonce + u": ACTIVE" } << "Preferred";

    // --- FastPass variants ---
    const QString splitActive = QStringLiteral(
        R"({"op":"add","path":"/okta/authenticators/-","value":{"id":"aut1sbxfastpass00x0h7",)"
        R"("key":"okta_verify_fastpass","name":"Okta FastPass","type":"app","status":"%1",)"
        R"("settings":{"userVerification":"REQUIRED"}}})");
    QTest::newRow("split fastpass authenticator active") << variant(
        splitActive.arg(u"ACTIVE"_qs)
        + uR"(,{"op":"replace","path":"/okta/authenticators/0/methods/2/status","value":"INACTIVE"})"_qs)
                                                         << "ssws"
                                                         << "okta.fastPass" << CheckStatus::Pass
                                                         << "Okta FastPass is enabled"
                                                         << QStringList { authenticatorsOv
                                                                          + u"; "
                                                                            u"okta_verify_fastpass "
                                                                            u"ACTIVE "
                                                                            u"(aut1sbxfastpass00x0h"
                                                                            u"7), "
                                                                            "userVerification="
                                                                            "REQUIRED" }
                                                         << "User verification: Required.";
    QTest::newRow("split fastpass authenticator inactive")
        << variant(splitActive.arg(u"INACTIVE"_qs)) << "ssws"
        << "okta.fastPass" << CheckStatus::Fail << "Okta FastPass is not enabled"
        << QStringList { authenticatorsOv
                         + u"; okta_verify_fastpass INACTIVE (aut1sbxfastpass00x0h7), "
                           "userVerification=REQUIRED" }
        << "Actions > Activate";
    QTest::newRow("okta verify inactive")
        << variant(
               uR"({"op":"replace","path":"/okta/authenticators/0/status","value":"INACTIVE"})"_qs)
        << "ssws"
        << "okta.fastPass" << CheckStatus::Fail << "Okta Verify is not active"
        << QStringList { u"GET /api/v1/authenticators: okta_verify INACTIVE "
                         "(aut1sbxoktaverify0h7), userVerification=PREFERRED"_qs }
        << "inactive";
    QTest::newRow("okta verify absent")
        << variant(uR"({"op":"remove","path":"/okta/authenticators/0"})"_qs) << "ssws"
        << "okta.fastPass" << CheckStatus::Fail << "Okta Verify is not set up"
        << QStringList { u"GET /api/v1/authenticators: no okta_verify"_qs } << "no Okta Verify";

    // --- enrollment policy variants ---
    QTest::newRow("enrollment optional") << variant(
        uR"({"op":"replace","path":"/okta/policies/0/settings/authenticators/0/enroll/self","value":"OPTIONAL"})"_qs)
                                         << "ssws"
                                         << "okta.enrollmentPolicy" << CheckStatus::Pass
                                         << "Users can enroll Okta Verify"
                                         << QStringList { enrollOp
                                                          + u": \"Default Policy\" ACTIVE "
                                                            u"okta_verify=OPTIONAL" }
                                         << "makes Okta Verify optional";
    QTest::newRow("enrollment not allowed") << variant(
        uR"({"op":"replace","path":"/okta/policies/0/settings/authenticators/0/enroll/self","value":"NOT_ALLOWED"})"_qs)
                                            << "ssws"
                                            << "okta.enrollmentPolicy" << CheckStatus::Warn
                                            << "No enrollment policy offers Okta Verify"
                                            << QStringList { enrollOp
                                                             + u": \"Default Policy\" ACTIVE "
                                                               u"okta_verify=NOT_ALLOWED" }
                                            << "cannot enroll";
    QTest::newRow("enrollment absent")
        << variant(uR"({"op":"remove","path":"/okta/policies/0/settings/authenticators/0"})"_qs)
        << "ssws"
        << "okta.enrollmentPolicy" << CheckStatus::Warn << "No enrollment policy offers Okta Verify"
        << QStringList { enrollOp + u": \"Default Policy\" ACTIVE okta_verify=absent" }
        << "cannot enroll";
    QTest::newRow("enrollment policy inactive")
        << variant(uR"({"op":"replace","path":"/okta/policies/0/status","value":"INACTIVE"})"_qs)
        << "ssws"
        << "okta.enrollmentPolicy" << CheckStatus::Warn << "No enrollment policy offers Okta Verify"
        << QStringList { enrollOp + u": \"Default Policy\" INACTIVE okta_verify=REQUIRED" }
        << "No active authenticator enrollment policy";

    // --- access policy variants ---
    QTest::newRow("access policy without managed-device rule")
        << variant(uR"({"op":"remove","path":"/okta/policies/1/rules/0"})"_qs) << "ssws"
        << "okta.accessPolicy" << CheckStatus::Warn
        << "No app sign-in policy requires managed devices"
        << QStringList { accessPoliciesEvidence,
                         accessRules + u": \"Catch-all Rule\" ACTIVE no device condition" }
        << "unmanaged devices still sign in";
    QTest::newRow("access rule registered but not managed") << variant(
        uR"({"op":"replace","path":"/okta/policies/1/rules/0/conditions/device/managed","value":false})"_qs)
                                                            << "ssws"
                                                            << "okta.accessPolicy"
                                                            << CheckStatus::Warn
                                                            << "No app sign-in policy requires "
                                                               "managed devices"
                                                            << QStringList { accessPoliciesEvidence,
                                                                             accessRules
                                                                                 + u": \"Require a "
                                                                                   u"registered "
                                                                                   u"and managed "
                                                                                   u"device\" "
                                                                                   u"ACTIVE "
                                                                                   "registered="
                                                                                   "true "
                                                                                   "managed=false, "
                                                                                   "\"Catch-all "
                                                                                   "Rule\" ACTIVE "
                                                                                   "no "
                                                                                   "device "
                                                                                   "condition" }
                                                            << "Device management: Managed";
    QTest::newRow("access rule inactive") << variant(
        uR"({"op":"replace","path":"/okta/policies/1/rules/0/status","value":"INACTIVE"})"_qs)
                                          << "ssws"
                                          << "okta.accessPolicy" << CheckStatus::Warn
                                          << "No app sign-in policy requires managed devices"
                                          << QStringList { accessPoliciesEvidence,
                                                           accessRules
                                                               + u": \"Require a registered and "
                                                                 u"managed device\" INACTIVE "
                                                                 "registered=true managed=true, "
                                                                 "\"Catch-all Rule\" ACTIVE no "
                                                                 "device condition" }
                                          << "Security > Authentication Policies";

    // --- missing scopes: an error naming the scope, never a silent pass ---
    QTest::newRow("bearer with every scope")
        << "ready" << u"bearer:"_qs + allScopes << "okta.superAdmin" << CheckStatus::Pass
        << "Signed in as a Super Administrator"
        << QStringList { meEvidence, rolesOp + u": SUPER_ADMIN ACTIVE" } << "Super Administrator";
    QTest::newRow("no okta.roles.read")
        << "ready" << withoutScope(u"okta.roles.read"_qs) << "okta.superAdmin" << CheckStatus::Error
        << "Could not read the admin roles of super.admin@example.com"
        << QStringList { meEvidence, rolesOp + u": HTTP 403 E0000006 (needs okta.roles.read)" }
        << "did not grant the scope okta.roles.read";
    QTest::newRow("no okta.users.read")
        << "ready" << withoutScope(u"okta.users.read"_qs) << "okta.superAdmin" << CheckStatus::Error
        << "Could not tell who the credential belongs to"
        << QStringList { u"GET /api/v1/users/me: HTTP 403 E0000006 (needs okta.users.read)"_qs }
        << "okta.users.read";
    QTest::newRow("no okta.authenticators.read")
        << "ready" << withoutScope(u"okta.authenticators.read"_qs) << "okta.fastPass"
        << CheckStatus::Error << "Could not read the authenticators"
        << QStringList { u"GET /api/v1/authenticators: HTTP 403 E0000006 (needs okta.authenticators.read)"_qs }
        << "okta.authenticators.read";
    QTest::newRow("no okta.deviceIntegrations.read")
        << "ready" << withoutScope(u"okta.deviceIntegrations.read"_qs) << "okta.adaptiveMfa"
        << CheckStatus::Error << "Could not probe for Okta Adaptive MFA"
        << QStringList { u"GET /api/v1/device-integrations: HTTP 403 E0000006 (needs "
                         "okta.deviceIntegrations.read)"_qs }
        << "okta.deviceIntegrations.read";
    QTest::newRow("no okta.policies.read (enrollment)")
        << "ready" << withoutScope(u"okta.policies.read"_qs) << "okta.enrollmentPolicy"
        << CheckStatus::Error << "Could not read the authenticator enrollment policies"
        << QStringList { enrollOp + u": HTTP 403 E0000006 (needs okta.policies.read)" }
        << "okta.policies.read";
    QTest::newRow("no okta.policies.read (access)")
        << "ready" << withoutScope(u"okta.policies.read"_qs) << "okta.accessPolicy"
        << CheckStatus::Error << "Could not read the app sign-in policies"
        << QStringList { u"GET /api/v1/policies?type=ACCESS_POLICY: HTTP 403 E0000006 (needs "
                         "okta.policies.read)"_qs }
        << "okta.policies.read";
}

void TestOktaChecks::checks()
{
    QFETCH(QString, scenario);
    QFETCH(QString, credential);
    QFETCH(QString, check);
    QFETCH(CheckStatus, status);
    QFETCH(QString, title);
    QFETCH(QStringList, evidence);
    QFETCH(QString, mentions);

    sandbox::SandboxTenant *t = tenant(scenario);
    QVERIFY(t);
    const OrgUrl org = OrgUrl::parse(t->oktaOrgUrl().toString());
    okta::OktaClient client(&m_http, org, this->credential(t, credential));
    const auto instance = makeCheck(check, &client, org);
    QVERIFY(instance);
    QCOMPARE(instance->id(), check);
    QSignalSpy spy(instance.get(), &Check::finished);
    instance->start();
    QVERIFY(spy.wait(15000));
    QCOMPARE(spy.size(), 1);
    const auto result = spy.at(0).at(0).value<CheckResult>();

    QCOMPARE(result.id, check);
    QCOMPARE(result.title, title);
    QCOMPARE(result.status, status);
    QCOMPARE(result.evidence, evidence);
    const QString text = result.detail + QLatin1Char('\n') + result.remediation;
    QVERIFY2(text.contains(mentions), qPrintable(text));
    QCOMPARE(result.confidence,
             check == u"okta.adaptiveMfa" && status != CheckStatus::Error ? Confidence::Inferred
                                                                          : Confidence::Verified);
    // Whatever is not a pass says what to do, and where.
    if (status == CheckStatus::Pass)
        QVERIFY(result.remediation.isEmpty());
    else
        QVERIFY2(result.remediation.contains(u" > "), qPrintable(result.remediation));
    // The credential never appears in what the report shows.
    const QByteArray json = QJsonDocument(result.toJson()).toJson();
    QVERIFY(!json.contains("00sbx"));
    QVERIFY(!json.contains("SSWS"));
}

void TestOktaChecks::registryRunsEveryCheckInOrder()
{
    sandbox::SandboxTenant *t = tenant(u"ready"_qs);
    QVERIFY(t);
    const OrgUrl org = OrgUrl::parse(t->oktaOrgUrl().toString());
    okta::OktaClient client(&m_http, org, credential(t, u"ssws"_qs));
    CheckRunner runner;
    const QList<Check *> checks = okta::makeOktaChecks(&client, org);
    QStringList ids;
    for (Check *check : checks) {
        ids.append(check->id());
        runner.add(check);
    }
    QCOMPARE(ids,
             QStringList({ u"okta.superAdmin"_qs, u"okta.fastPass"_qs, u"okta.adaptiveMfa"_qs,
                           u"okta.enrollmentPolicy"_qs, u"okta.accessPolicy"_qs }));
    QSignalSpy spy(&runner, &CheckRunner::finished);
    runner.start();
    QVERIFY(spy.wait(30000));
    const auto report = spy.at(0).at(0).value<Report>();
    QCOMPARE(report.checks().size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(report.checks().at(i).id, ids.at(i));
        QCOMPARE(report.checks().at(i).status, CheckStatus::Pass);
    }
    QCOMPARE(report.exitCode(), ExitCode::Ready);
}

void TestOktaChecks::blockersInOneReport()
{
    // Two prerequisites missing at once: both show up, and the rest still pass.
    sandbox::SandboxTenant *t = tenant(variant(
        uR"({"op":"replace","path":"/okta/authenticators/0/methods/2/status","value":"INACTIVE"},)"
        uR"({"op":"replace","path":"/okta/features/adaptiveMfa","value":false},)"
        uR"({"op":"remove","path":"/okta/policies/1/rules/0"})"_qs));
    QVERIFY(t);
    const OrgUrl org = OrgUrl::parse(t->oktaOrgUrl().toString());
    okta::OktaClient client(&m_http, org, credential(t, u"ssws"_qs));
    CheckRunner runner;
    for (Check *check : okta::makeOktaChecks(&client, org))
        runner.add(check);
    QSignalSpy spy(&runner, &CheckRunner::finished);
    runner.start();
    QVERIFY(spy.wait(30000));
    const auto report = spy.at(0).at(0).value<Report>();
    QCOMPARE(report.find(u"okta.fastPass"_qs)->status, CheckStatus::Fail);
    QCOMPARE(report.find(u"okta.adaptiveMfa"_qs)->status, CheckStatus::Fail);
    QCOMPARE(report.find(u"okta.accessPolicy"_qs)->status, CheckStatus::Warn);
    QCOMPARE(report.find(u"okta.superAdmin"_qs)->status, CheckStatus::Pass);
    QCOMPARE(report.blockers(), 2);
    QCOMPARE(report.warnings(), 1);
    QCOMPARE(report.exitCode(), ExitCode::Blockers);
}

void TestOktaChecks::destroyedCheckSendsNothingMore()
{
    sandbox::SandboxTenant *t = tenant(u"ready"_qs);
    QVERIFY(t);
    const OrgUrl org = OrgUrl::parse(t->oktaOrgUrl().toString());
    okta::OktaClient client(&m_http, org, credential(t, u"ssws"_qs));
    bool reported = false;
    auto *check = new okta::AccessPolicyCheck(&client, org);
    connect(check, &Check::finished, this, [&] { reported = true; });
    check->start();
    delete check; // the wizard moved on before Okta answered
    QTRY_COMPARE(m_manager.findChildren<QNetworkReply *>().size(), 0);
    QVERIFY(!reported);
}

ODT_TEST_GUILESS_MAIN(TestOktaChecks)
#include "tst_oktachecks.moc"
