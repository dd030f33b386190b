#include "deploy/deployjournal.h"
#include "deploy/deployplan.h"
#include "deploy/desiredstate.h"
#include "deploy/endpointmanagement.h"
#include "deploy/profilematch.h"
#include "deploy/profileset.h"
#include "deploy/tenantstate.h"
#include "profiles/plist.h"
#include "profiles/plistwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace odt;
using namespace odt::deploy;

namespace {

EndpointManagement settingsFor(const QString &org)
{
    EndpointManagementInput input;
    input.orgUrl = org;
    QList<InputProblem> problems;
    return *EndpointManagement::validate(input, &problems);
}

iru::Blueprint blueprint(const QString &id, const QString &name,
                         const QString &type = QStringLiteral("classic"))
{
    iru::Blueprint b;
    b.id = id;
    b.name = name;
    b.type = type;
    return b;
}

// What the tenant stores: the generated XML with its own identity written in.
QByteArray asStored(const GeneratedProfile &profile, const QString &itemId)
{
    QVariantMap top = profile.plist;
    top.insert(QStringLiteral("PayloadIdentifier"),
               QString(QStringLiteral("com.kandji.profile.custom.") + itemId));
    top.insert(QStringLiteral("PayloadUUID"),
               QStringLiteral("11111111-2222-3333-4444-555555555555"));
    top.insert(QStringLiteral("PayloadDisplayName"), QStringLiteral("renamed in the console"));
    return profiles::writePlist(top);
}

iru::CustomProfile stored(const DesiredProfile &desired, const QString &id)
{
    iru::CustomProfile p;
    p.id = id;
    p.name = desired.libraryItemName;
    p.active = true;
    p.mobileconfig = asStored(desired.profile, id);
    p.runsOnMac = desired.runsOnMac;
    p.runsOnIPhone = desired.runsOnIPhone;
    p.runsOnIPad = desired.runsOnIPad;
    return p;
}

QStringList summary(const DeployPlan &plan)
{
    QStringList lines;
    for (const PlanStep &step : plan.steps)
        lines.append(QStringLiteral("%1 %2 %3 %4 w%5")
                         .arg(step.actionName(), step.kind, step.blueprintId, step.libraryItemId)
                         .arg(step.wave)
                         .simplified());
    return lines;
}

} // namespace

class TestDeployPlan : public QObject
{
    Q_OBJECT

private:
    DesiredState desired(const QList<iru::Blueprint> &scope = {},
                         const QHash<QString, QString> &nodes = {})
    {
        const EndpointManagement settings = settingsFor(QStringLiteral("https://acme.okta.com"));
        return DesiredState::build(
            settings.orgHost(), true, ProfileSet::generate(settings),
            scope.isEmpty() ? QList<iru::Blueprint> { blueprint(u"bp1"_qs, u"Macs"_qs) } : scope,
            nodes);
    }
    QTemporaryDir m_dir;
    DeployJournal journal() { return DeployJournal(m_dir.filePath(QStringLiteral("j.json"))); }

private Q_SLOTS:
    void recognisesOnlyOurProfilesOfThisOrg()
    {
        const DesiredState state = desired();
        const QByteArray xml = asStored(state.profiles.at(0).profile, u"x"_qs);
        QCOMPARE(ProfileMatch::ourKind(xml, u"acme.okta.com"_qs),
                 std::optional<QString>(u"okta-verify-settings-macos"_qs));
        QCOMPARE(ProfileMatch::ourKind(xml, u"globex.okta.com"_qs), std::nullopt);
        QCOMPARE(ProfileMatch::ourKind(xml, u"okta.com"_qs), std::nullopt); // not a parent domain
        QCOMPARE(ProfileMatch::ourKind("<plist><dict/></plist>", u"acme.okta.com"_qs),
                 std::nullopt);
        QCOMPARE(ProfileMatch::ourKind("not xml", u"acme.okta.com"_qs), std::nullopt);
    }

    void contentComparisonIgnoresOnlyWhatTheTenantRewrites()
    {
        const GeneratedProfile profile = desired().profiles.at(2).profile;
        QVERIFY(ProfileMatch::sameContent(asStored(profile, u"x"_qs), profile.plist));
        QVariantMap edited = profile.plist;
        edited.insert(QStringLiteral("PayloadDescription"), QStringLiteral("changed"));
        QVERIFY(!ProfileMatch::sameContent(asStored(profile, u"x"_qs), edited));
        QVariantMap payload = edited.value(u"PayloadContent"_qs).toList().at(0).toMap();
        payload.insert(QStringLiteral("Hosts"), QStringList { u"other.okta.com"_qs });
        QVariantMap hosts = profile.plist;
        hosts.insert(QStringLiteral("PayloadContent"), QVariantList { payload });
        QVERIFY(!ProfileMatch::sameContent(asStored(profile, u"x"_qs), hosts));
    }

    void emptyTenantGetsCreatesThenAssignments()
    {
        const DesiredState state
            = desired({ blueprint(u"bp1"_qs, u"Macs"_qs), blueprint(u"bp2"_qs, u"Mobile"_qs) });
        const DeployPlan plan = DeployPlanner::apply(state, TenantState {}, journal(), false);
        QCOMPARE(summary(plan),
                 (QStringList { u"create okta-verify-settings-macos w0"_qs,
                                u"assign okta-verify-settings-macos bp1 w1"_qs,
                                u"assign okta-verify-settings-macos bp2 w1"_qs,
                                u"create okta-verify-login-item-macos w0"_qs,
                                u"assign okta-verify-login-item-macos bp1 w1"_qs,
                                u"assign okta-verify-login-item-macos bp2 w1"_qs,
                                u"create okta-sso-extension-macos w0"_qs,
                                u"assign okta-sso-extension-macos bp1 w1"_qs,
                                u"assign okta-sso-extension-macos bp2 w1"_qs }));
        QCOMPARE(plan.warnings.size(), 2); // no SCEP item on either Blueprint (dynamic SCEP)
    }

    void convergedTenantGivesAnEmptyPlan()
    {
        const DesiredState state = desired();
        TenantState tenant;
        QStringList ids;
        for (int i = 0; i < state.profiles.size(); ++i) {
            tenant.customProfiles.append(stored(state.profiles.at(i), QString::number(i)));
            ids.append(QString::number(i));
        }
        ids.append(u"scep-item"_qs);
        tenant.itemNames.insert(u"scep-item"_qs, u"Okta SCEP (dynamic)"_qs);
        tenant.blueprintItems.insert(u"bp1"_qs, ids);
        const DeployPlan plan = DeployPlanner::apply(state, tenant, journal(), false);
        QVERIFY2(plan.isEmpty(), qPrintable(summary(plan).join(u'\n')));
        QVERIFY(plan.warnings.isEmpty());
    }

    void duplicatesStaleAndInactiveAreRepaired()
    {
        const DesiredState state = desired();
        TenantState tenant;
        tenant.customProfiles.append(stored(state.profiles.at(0), u"first"_qs));
        tenant.customProfiles.append(stored(state.profiles.at(0), u"recorded"_qs));
        iru::CustomProfile inactive = stored(state.profiles.at(1), u"login"_qs);
        inactive.active = false;
        inactive.runsOnIPad = true;
        tenant.customProfiles.append(inactive);
        // A static SCEP profile from an earlier run with other inputs.
        EndpointManagementInput input;
        input.orgUrl = u"https://acme.okta.com"_qs;
        input.scepMode = EndpointManagementInput::ScepMode::Static;
        input.scepUrl = u"https://acme.okta.com/pki/scep/1"_qs;
        input.scepChallenge = u"s"_qs;
        QList<InputProblem> problems;
        const auto staticSettings = EndpointManagement::validate(input, &problems);
        const DesiredState old
            = DesiredState::build(u"acme.okta.com"_qs, false, ProfileSet::generate(*staticSettings),
                                  { blueprint(u"bp1"_qs, u"Macs"_qs) }, {});
        tenant.customProfiles.append(stored(old.profiles.at(0), u"stale-scep"_qs));
        tenant.blueprintItems.insert(u"bp1"_qs, { u"recorded"_qs, u"login"_qs });

        DeployJournal j = journal();
        j.recordCreated(u"okta-verify-settings-macos"_qs, u"recorded"_qs);
        const DeployPlan plan = DeployPlanner::apply(state, tenant, j, false);
        QCOMPARE(summary(plan),
                 (QStringList { u"delete okta-verify-settings-macos first w0"_qs,
                                u"update okta-verify-login-item-macos login w0"_qs,
                                u"create okta-sso-extension-macos w0"_qs,
                                u"assign okta-sso-extension-macos bp1 w1"_qs,
                                u"delete okta-scep-macos stale-scep w0"_qs }));
        QCOMPARE(plan.steps.at(1).reason, u"platforms differ, inactive"_qs);
        QCOMPARE(plan.steps.at(0).reason, u"duplicate of recorded"_qs);
    }

    void manualOdtIsDeactivatedOnlyWhenAskedAndInScope()
    {
        const DesiredState state = desired();
        TenantState tenant;
        iru::CustomProfile manual;
        manual.id = u"manual"_qs;
        manual.name = u"Okta SSO (by hand)"_qs;
        manual.active = true;
        manual.mobileconfig = profiles::writePlist(QVariantMap {
            { u"PayloadType"_qs, u"Configuration"_qs },
            { u"PayloadContent"_qs,
              QVariantList { QVariantMap {
                  { u"PayloadType"_qs, u"com.apple.extensiblesso"_qs },
                  { u"PayloadIdentifier"_qs, u"com.example.sso"_qs },
                  { u"ExtensionIdentifier"_qs, u"com.okta.mobile.auth-service-extension"_qs },
                  { u"Type"_qs, u"Credential"_qs } } } } });
        iru::CustomProfile elsewhere = manual;
        elsewhere.id = u"elsewhere"_qs;
        tenant.customProfiles = { manual, elsewhere };
        tenant.blueprintItems.insert(u"bp1"_qs, { u"manual"_qs });
        QVERIFY(!summary(DeployPlanner::apply(state, tenant, journal(), false))
                     .join(u' ')
                     .contains(u"deactivate"));
        const QStringList steps = summary(DeployPlanner::apply(state, tenant, journal(), true));
        QCOMPARE(steps.filter(u"deactivate"_qs), QStringList { u"deactivate manual w2"_qs });
    }

    void removalTakesBackOnlyOurs()
    {
        const DesiredState state = desired(
            { blueprint(u"bp1"_qs, u"Macs"_qs), blueprint(u"map"_qs, u"Pilot"_qs, u"map"_qs) });
        TenantState tenant;
        tenant.customProfiles.append(stored(state.profiles.at(0), u"ours"_qs));
        iru::CustomProfile foreign;
        foreign.id = u"foreign"_qs;
        foreign.mobileconfig = "<?xml version=\"1.0\"?><plist><dict/></plist>";
        foreign.active = false;
        tenant.customProfiles.append(foreign);
        tenant.blueprintItems.insert(u"bp1"_qs, { u"ours"_qs, u"foreign"_qs });
        tenant.blueprintItems.insert(u"map"_qs, { u"ours"_qs });
        DeployJournal j = journal();
        j.recordDeactivated(u"foreign"_qs);
        QCOMPARE(summary(DeployPlanner::removal(state, tenant, j)),
                 (QStringList { u"unassign okta-verify-settings-macos bp1 ours w0"_qs,
                                u"delete okta-verify-settings-macos ours w1"_qs,
                                u"reactivate foreign w2"_qs }));
    }

    void ledgerFollowsTheTenant()
    {
        const DesiredState state = desired();
        TenantState tenant;
        tenant.customProfiles.append(stored(state.profiles.at(0), u"found"_qs));
        DeployJournal j = journal();
        j.recordCreated(u"okta-sso-extension-macos"_qs, u"deleted-by-someone"_qs);
        QVERIFY(DeployPlanner::reconcileLedger(u"acme.okta.com"_qs, tenant, &j));
        QCOMPARE(j.createdProfiles(),
                 (QHash<QString, QString> { { u"okta-verify-settings-macos"_qs, u"found"_qs } }));
        QVERIFY(!DeployPlanner::reconcileLedger(u"acme.okta.com"_qs, tenant, &j));
    }

    void journalSurvivesARestart()
    {
        QString error;
        DeployJournal j = journal();
        PlanStep step;
        step.kind = u"okta-sso-extension-macos"_qs;
        j.beginRun(u"apply"_qs, { step, step });
        j.markIntent(0);
        j.recordCreated(step.kind, u"id-1"_qs);
        j.recordDeactivated(u"m"_qs);
        QVERIFY2(j.save(&error), qPrintable(error));
        DeployJournal again = journal();
        QVERIFY2(again.load(&error), qPrintable(error));
        QVERIFY(again.hasUnfinishedRun());
        QCOMPARE(
            again.lastRun().value(u"steps").toArray().at(0).toObject().value(u"state").toString(),
            u"intent"_qs);
        QCOMPARE(
            again.lastRun().value(u"steps").toArray().at(1).toObject().value(u"state").toString(),
            u"planned"_qs);
        QCOMPARE(again.createdProfiles().value(step.kind), u"id-1"_qs);
        QCOMPARE(again.deactivatedItems(), QStringList { u"m"_qs });
        again.endRun(true);
        QVERIFY(!again.hasUnfinishedRun());

        QFile broken(m_dir.filePath(u"broken.json"_qs));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schemaVersion\":");
        broken.close();
        DeployJournal unreadable(broken.fileName());
        QVERIFY(!unreadable.load(&error));
        QVERIFY(error.contains(u"not one this version wrote"));
    }
};

QTEST_GUILESS_MAIN(TestDeployPlan)
#include "tst_deployplan.moc"
