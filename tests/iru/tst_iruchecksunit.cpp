// The Iru readiness decisions as pure functions: hand-built snapshots in, results out, no network.
#include "iru/checks/odtpayloads.h"
#include "iru/checks/readiness.h"
#include "iru/checks/scopesnapshot.h"
#include "profiles/plist.h"
#include "support/testmain.h"

#include <QMap>

#include <functional>

using namespace odt;
using namespace odt::iru;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(odt::iru::ScopeSnapshot)

namespace {

const QString autoId = QStringLiteral("item-ov-auto");
const QString vppId = QStringLiteral("item-ov-vpp");
const QString pkgId = QStringLiteral("item-ov-pkg");
const QString chromeId = QStringLiteral("item-chrome");

DeviceLibraryItem item(const QString &id, const QString &name, const QString &type,
                       const QString &status)
{
    DeviceLibraryItem i;
    i.itemId = id;
    i.name = name;
    i.type = type;
    i.status = status;
    return i;
}
DeviceLibraryItem ovAuto(const QString &status = QStringLiteral("PASS"))
{
    return item(autoId, QStringLiteral("Okta Verify"), QStringLiteral("automatic-app"), status);
}
DeviceLibraryItem ovVpp(const QString &status = QStringLiteral("PASS"))
{
    return item(vppId, QStringLiteral("Okta Verify"), QStringLiteral("vpp-app"), status);
}
DeviceLibraryItem ovPkg(const QString &status = QStringLiteral("PASS"))
{
    return item(pkgId, QStringLiteral("Okta Verify"), QStringLiteral("custom-app"), status);
}
DeviceLibraryItem chrome()
{
    return item(chromeId, QStringLiteral("Google Chrome"), QStringLiteral("automatic-app"),
                QStringLiteral("PASS"));
}

SampledDevice device(const QString &name, const QString &platform,
                     const QList<DeviceLibraryItem> &items)
{
    SampledDevice d;
    d.device.id = QStringLiteral("dev-") + name;
    d.device.name = name;
    d.device.platform = platform;
    d.items = items;
    d.read = true;
    return d;
}

FetchFailure failure(int httpStatus, const QString &operation,
                     const QString &permission = QString())
{
    FetchFailure f;
    f.operation = operation;
    f.permission = permission;
    f.error.kind = net::NetError::Kind::Http;
    f.error.httpStatus = httpStatus;
    f.error.message = QStringLiteral("HTTP %1").arg(httpStatus);
    return f;
}

SampledDevice unreadable(const QString &name, const QString &platform, int httpStatus)
{
    SampledDevice d;
    d.device.id = QStringLiteral("dev-") + name;
    d.device.name = name;
    d.device.platform = platform;
    d.failure = failure(httpStatus,
                        QStringLiteral("GET /api/v1/devices/%1/library-items").arg(d.device.id));
    return d;
}

// A Blueprint in scope. `devices` counts every device of the Blueprint; the sample's platforms
// are counted too when `devices` leaves them out.
BlueprintFacts blueprint(const QString &name, const QString &type,
                         const QList<SampledDevice> &sample, const QStringList &listedItemIds = {},
                         PlatformCounts devices = {})
{
    BlueprintFacts f;
    f.blueprint.id = QStringLiteral("bp-") + name;
    f.blueprint.name = name;
    f.blueprint.type = type;
    const QMap<QString, QString> names { { autoId, QStringLiteral("Okta Verify") },
                                         { vppId, QStringLiteral("Okta Verify") },
                                         { pkgId, QStringLiteral("Okta Verify") },
                                         { chromeId, QStringLiteral("Google Chrome") } };
    for (const QString &id : listedItemIds)
        f.libraryItems.append({ id, names.value(id, id) });
    f.libraryItemsRead = true;
    PlatformCounts sampled;
    for (SampledDevice d : sample) {
        d.device.blueprintId = f.blueprint.id;
        d.device.blueprintName = name;
        sampled.add(d.device.platform);
        f.sample.append(d);
    }
    f.counts.macs = std::max(devices.macs, sampled.macs);
    f.counts.iPhones = std::max(devices.iPhones, sampled.iPhones);
    f.counts.iPads = std::max(devices.iPads, sampled.iPads);
    f.counts.others = devices.others;
    return f;
}

ScopeSnapshot scope(const QList<BlueprintFacts> &blueprints,
                    const QList<CustomProfile> &profiles = {})
{
    ScopeSnapshot s;
    s.blueprints = blueprints;
    for (const BlueprintFacts &f : blueprints)
        s.deviceReads += int(f.sample.size());
    s.customProfilesRead = true;
    s.customProfiles = profiles;
    return s;
}

const QString mac = QStringLiteral("Mac");
const QString iPhone = QStringLiteral("iPhone");
const QString iPad = QStringLiteral("iPad");
const QString classic = QStringLiteral("classic");
const QString map = QStringLiteral("map");

QString profileXml(const QString &payloads)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC "
               "\"-//Apple//DTD PLIST 1.0//EN\" "
               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist "
               "version=\"1.0\"><dict><key>PayloadContent</key><array>%1</array>"
               "<key>PayloadIdentifier</key><string>com.example.profile</string>"
               "<key>PayloadType</key><string>Configuration</string>"
               "<key>PayloadUUID</key><string>0F1E2D3C-0000-4000-8000-000000000001</string>"
               "<key>PayloadVersion</key><integer>1</integer></dict></plist>\n")
        .arg(payloads);
}

QString payload(const QString &type, const QString &identifier, const QString &body)
{
    return QStringLiteral("<dict><key>PayloadType</key><string>%1</string>"
                          "<key>PayloadIdentifier</key><string>%2</string>%3</dict>")
        .arg(type, identifier, body);
}

const QString attestationScep = payload(
    QStringLiteral("com.apple.security.scep"), QStringLiteral("com.example.scep"),
    QStringLiteral("<key>PayloadContent</key><dict><key>URL</key>"
                   "<string>https://acme.okta.com/pki/scep/dynamic/x</string><key>Subject</key>"
                   "<array><array><array><string>CN</string><string>$SERIAL managementAttestation"
                   "</string></array></array></array><key>Keysize</key><integer>2048</integer>"
                   "</dict>"));
const QString plainScep
    = payload(QStringLiteral("com.apple.security.scep"), QStringLiteral("com.example.wifi-cert"),
              QStringLiteral("<key>PayloadContent</key><dict><key>URL</key>"
                             "<string>https://ca.example.com/certsrv/mscep/mscep.dll</string>"
                             "<key>Subject</key><array><array><array><string>CN</string>"
                             "<string>wifi</string></array></array></array></dict>"));
const QString oktaCaScep
    = payload(QStringLiteral("com.apple.security.scep"), QStringLiteral("com.example.okta-ca"),
              QStringLiteral("<key>PayloadContent</key><dict><key>URL</key>"
                             "<string>https://acme.okta.com/pki/scep/static/abc</string></dict>"));
const QString ovSettings = payload(
    QStringLiteral("com.okta.mobile"), QStringLiteral("com.example.ov"),
    QStringLiteral("<key>OktaVerify.OrgUrl</key><string>https://acme.okta.com</string>"
                   "<key>OktaVerify.EnrollmentOptions</key><string>SilentEnrollmentEnabled"
                   "</string>"));
// Kandji's EDR plugin sample: Okta Verify's domains, but nothing the integration deploys.
const QString edrPlugin
    = payload(QStringLiteral("com.okta.mobile.auth-service-extension"),
              QStringLiteral("com.okta.mobile.auth-service-extension.1901A130"),
              QStringLiteral("<key>OktaVerify.Plugins</key><array><string>com.crowdstrike.zta"
                             "</string></array><key>com.crowdstrike.zta</key><dict><key>format"
                             "</key><string>JWT</string><key>type</key><string>file</string>"
                             "</dict>"));
const QString ssoCredential = payload(
    QStringLiteral("com.apple.extensiblesso"), QStringLiteral("com.example.sso"),
    QStringLiteral("<key>ExtensionIdentifier</key><string>com.okta.mobile.auth-service-extension"
                   "</string><key>TeamIdentifier</key><string>B7F62B65BN</string><key>Type"
                   "</key><string>Credential</string><key>Realm</key><string>Okta Device"
                   "</string><key>Hosts</key><array><string>acme.okta.com</string></array>"));
// Platform SSO (Okta Device Access): the same extension, Type Redirect.
const QString platformSso = payload(
    QStringLiteral("com.apple.extensiblesso"), QStringLiteral("com.example.psso"),
    QStringLiteral("<key>ExtensionIdentifier</key><string>com.okta.mobile.auth-service-extension"
                   "</string><key>Type</key><string>Redirect</string><key>URLs</key><array>"
                   "<string>https://acme.okta.com/device-access/api/v1/nonce</string></array>"
                   "<key>PlatformSSO</key><dict><key>UseSharedDeviceKeys</key><true/></dict>"));
const QString mcxSettings = payload(
    QStringLiteral("com.apple.ManagedClient.preferences"), QStringLiteral("com.example.mcx"),
    QStringLiteral("<key>PayloadContent</key><dict><key>com.okta.mobile</key><dict><key>Forced"
                   "</key><array><dict><key>mcx_preference_settings</key><dict><key>"
                   "OktaVerify.OrgUrl</key><string>acme.okta.com</string></dict></dict></array>"
                   "</dict></dict>"));
const QString loginItem = payload(
    QStringLiteral("com.apple.loginitems.managed"), QStringLiteral("com.example.login"),
    QStringLiteral("<key>AutoLaunchedApplicationDictionary-managed</key><array><dict><key>Path"
                   "</key><string>/Applications/Okta Verify.app</string></dict></array>"));
const QString serviceManagement = payload(
    QStringLiteral("com.apple.servicemanagement"), QStringLiteral("com.example.sm"),
    QStringLiteral("<key>Rules</key><array><dict><key>RuleType</key><string>TeamIdentifier"
                   "</string><key>RuleValue</key><string>B7F62B65BN</string></dict></array>"));
const QString wifi
    = payload(QStringLiteral("com.apple.wifi.managed"), QStringLiteral("com.example.wifi"),
              QStringLiteral("<key>SSID_STR</key><string>Office</string>"));

CustomProfile profile(const QString &id, const QString &name, const QString &payloads,
                      bool active = true)
{
    CustomProfile p;
    p.id = id;
    p.name = name;
    p.active = active;
    p.mobileconfig = profileXml(payloads).toUtf8();
    p.runsOnMac = true;
    return p;
}

using Evaluate = std::function<CheckResult(const ScopeSnapshot &)>;

Evaluate evaluator(const QString &check)
{
    if (check == checkid::appsAndBooks)
        return evaluateAppsAndBooks;
    if (check == checkid::macAutoApp)
        return evaluateMacAutoApp;
    if (check == checkid::iosAppStoreApp)
        return evaluateIosAppStoreApp;
    if (check == checkid::platformConditions)
        return evaluatePlatformConditions;
    return evaluateManualOdt;
}

// "Macs:fail" per Blueprint (worst finding), in finding order.
QStringList perBlueprint(const CheckResult &result)
{
    QStringList order;
    QHash<QString, QList<CheckStatus>> statuses;
    for (const Finding &f : result.findings) {
        if (!order.contains(f.subject))
            order.append(f.subject);
        statuses[f.subject].append(f.status);
    }
    QStringList out;
    for (const QString &subject : order)
        out.append(subject + QLatin1Char(':') + statusKey(worstStatus(statuses.value(subject))));
    return out;
}

} // namespace

class TestIruChecksUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void findingsNameBlueprintAndPlatform();
    void appsAndBooksConfirmation();
    void errorNamesOperationAndPermission();
    void samplingIsStatedInEvidence();
    void odtPayloadKinds_data();
    void odtPayloadKinds();
    void plistValues();
    void plistRejectsBrokenInput_data();
    void plistRejectsBrokenInput();
    void planSamplesPerPlatform();
    void planKeepsLargeScopesWithinBudget();
};

void TestIruChecksUnit::evaluate_data()
{
    QTest::addColumn<ScopeSnapshot>("snapshot");
    QTest::addColumn<QString>("check");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<Confidence>("confidence");
    QTest::addColumn<QStringList>("blueprints");
    // A fragment the detail or the remediation must contain.
    QTest::addColumn<QString>("mentions");

    const auto pass = CheckStatus::Pass;
    const auto warn = CheckStatus::Warn;
    const auto fail = CheckStatus::Fail;
    const auto error = CheckStatus::Error;
    const auto skipped = CheckStatus::Skipped;
    const auto verified = Confidence::Verified;
    const auto inferred = Confidence::Inferred;
    const QString macApp = checkid::macAutoApp;
    const QString iosApp = checkid::iosAppStoreApp;
    const QString books = checkid::appsAndBooks;
    const QString conditions = checkid::platformConditions;
    const QString manual = checkid::manualOdt;

    const BlueprintFacts macsReady
        = blueprint(QStringLiteral("Macs"), classic,
                    { device(QStringLiteral("mac1"), mac, { ovAuto(), chrome() }),
                      device(QStringLiteral("mac2"), mac, { ovAuto(), chrome() }) },
                    { autoId, chromeId });
    const BlueprintFacts mobileReady
        = blueprint(QStringLiteral("Mobile"), classic,
                    { device(QStringLiteral("phone1"), iPhone, { ovVpp() }) }, { vppId });
    const BlueprintFacts pilotMap
        = blueprint(QStringLiteral("Pilot"), map,
                    { device(QStringLiteral("mac3"), mac, { chrome(), ovAuto() }),
                      device(QStringLiteral("pad1"), iPad, { ovVpp() }) },
                    { chromeId, autoId, vppId });

    // --- iru.oktaVerify.macAutoApp ---
    QTest::newRow("mac: auto app installed")
        << scope({ macsReady }) << macApp << pass << verified << QStringList { u"Macs:pass"_s }
        << u"installed on each sampled Mac (2 of 2"_s;
    QTest::newRow("mac: pending") << scope({ blueprint(
        u"Macs"_s, classic,
        { device(u"mac1"_s, mac, { ovAuto() }), device(u"mac2"_s, mac, { ovAuto(u"PENDING"_s) }) },
        { autoId }) }) << macApp << warn
                                  << verified << QStringList { u"Macs:warn"_s }
                                  << u"PENDING on “mac2”"_s;
    QTest::newRow("mac: self service only")
        << scope({ blueprint(u"Macs"_s, classic,
                             { device(u"mac1"_s, mac, { ovAuto(u"AVAILABLE"_s) }) }, { autoId }) })
        << macApp << warn << verified << QStringList { u"Macs:warn"_s } << u"Self Service only"_s;
    QTest::newRow("mac: install error")
        << scope({ blueprint(u"Macs"_s, classic, { device(u"mac1"_s, mac, { ovAuto(u"ERROR"_s) }) },
                             { autoId }) })
        << macApp << fail << verified << QStringList { u"Macs:fail"_s } << u"ERROR on “mac1”"_s;
    QTest::newRow("mac: App Store app instead")
        << scope({ blueprint(u"Macs"_s, classic, { device(u"mac1"_s, mac, { ovVpp(), chrome() }) },
                             { vppId, chromeId }) })
        << macApp << fail << verified << QStringList { u"Macs:fail"_s }
        << u"They get the Okta Verify App Store app instead."_s;
    QTest::newRow("mac: package only")
        << scope({ blueprint(u"Macs"_s, classic, { device(u"mac1"_s, mac, { ovPkg() }) },
                             { pkgId }) })
        << macApp << fail << verified << QStringList { u"Macs:fail"_s }
        << u"not compatible with the Okta Device Trust integration"_s;
    QTest::newRow("mac: auto app and package")
        << scope({ blueprint(u"Macs"_s, classic, { device(u"mac1"_s, mac, { ovAuto(), ovPkg() }) },
                             { autoId, pkgId }) })
        << macApp << warn << verified << QStringList { u"Macs:warn"_s }
        << u"remove the Okta Verify custom app"_s;
    QTest::newRow("mac: only some sampled Macs") << scope(
        { blueprint(u"Macs"_s, map,
                    { device(u"mac1"_s, mac, { ovAuto() }), device(u"mac2"_s, mac, { chrome() }) },
                    { autoId, chromeId }) }) << macApp
                                                 << warn << verified
                                                 << QStringList { u"Macs:warn"_s }
                                                 << u"Only 1 of 2 sampled Macs report"_s;
    QTest::newRow("mac: blueprint without Macs")
        << scope({ mobileReady }) << macApp << skipped << verified
        << QStringList { u"Mobile:skipped"_s } << u"has no Macs (its devices: 1 iPhone)"_s;
    QTest::newRow("mac: three Blueprints")
        << scope({ macsReady, mobileReady, pilotMap }) << macApp << pass << verified
        << QStringList { u"Macs:pass"_s, u"Mobile:skipped"_s, u"Pilot:pass"_s }
        << u"Ready: “Macs” (Mac)"_s;
    QTest::newRow("mac: device read forbidden")
        << scope({ blueprint(u"Macs"_s, classic, { unreadable(u"mac1"_s, mac, 403) }, { autoId }) })
        << macApp << error << verified << QStringList { u"Macs:error"_s }
        << u"Access → API tokens, choose this token → Configure"_s;
    QTest::newRow("mac: one of two reads failed") << scope({ blueprint(
        u"Macs"_s, classic,
        { device(u"mac1"_s, mac, { ovAuto() }), unreadable(u"mac2"_s, mac, 500) }, { autoId }) })
                                                  << macApp << pass << verified
                                                  << QStringList { u"Macs:pass"_s }
                                                  << u"1 sampled Mac could not be read"_s;
    QTest::newRow("mac: not reported, name known as Auto App elsewhere")
        << scope({ macsReady,
                   blueprint(u"Quiet"_s, classic, { device(u"mac9"_s, mac, {}) }, { autoId }) })
        << macApp << warn << inferred << QStringList { u"Macs:pass"_s, u"Quiet:warn"_s }
        << u"probably assigned"_s;
    QTest::newRow("mac: not reported, name of unknown type")
        << scope({ blueprint(u"Quiet"_s, classic, { device(u"mac9"_s, mac, {}) }, { autoId }) })
        << macApp << warn << inferred << QStringList { u"Quiet:warn"_s }
        << u"whose type no device"_s;
    QTest::newRow("mac: not reported, no Okta Verify listed")
        << scope({ blueprint(u"Quiet"_s, classic, { device(u"mac9"_s, mac, {}) }, { chromeId }) })
        << macApp << fail << verified << QStringList { u"Quiet:fail"_s }
        << u"include nothing named Okta Verify"_s;
    QTest::newRow("mac: not reported, list unreadable") <<
        [] {
            BlueprintFacts quiet = blueprint(u"Quiet"_s, classic, { device(u"mac9"_s, mac, {}) });
            quiet.libraryItemsRead = false;
            quiet.libraryItemsFailure
                = failure(500, u"GET /api/v1/blueprints/bp-Quiet/list-library-items"_s);
            return scope({ quiet });
        }() << macApp << error << verified << QStringList { u"Quiet:error"_s }
                                                        << u"HTTP 500, a server error"_s;
    QTest::newRow("mac: unknown Blueprint id") <<
        [] {
            ScopeSnapshot s = scope({});
            s.unknownBlueprintIds = { u"bp-gone"_s };
            return s;
        }() << macApp << error << verified << QStringList { u"bp-gone:error"_s }
                                               << u"not in the tenant's Blueprint list"_s;
    QTest::newRow("mac: empty scope") << scope({}) << macApp << skipped << verified
                                      << QStringList {} << u"No Blueprint is in scope"_s;

    // --- iru.oktaVerify.iosAppStoreApp ---
    QTest::newRow("ios: App Store app installed")
        << scope({ mobileReady }) << iosApp << pass << verified << QStringList { u"Mobile:pass"_s }
        << u"has no iPads"_s;
    QTest::newRow("ios: map with iPad")
        << scope({ macsReady, pilotMap }) << iosApp << pass << verified
        << QStringList { u"Macs:skipped"_s, u"Pilot:pass"_s } << u"Ready: “Pilot” (iPad)"_s;
    QTest::newRow("ios: missing") << scope({ blueprint(
        u"Mobile"_s, classic, { device(u"phone1"_s, iPhone, { chrome() }) }, { chromeId }) })
                                  << iosApp << fail << verified << QStringList { u"Mobile:fail"_s }
                                  << u"Library → App Store Apps → Okta Verify"_s;
    QTest::newRow("ios: gets the Auto App")
        << scope({ blueprint(u"Mixed"_s, classic,
                             { device(u"mac1"_s, mac, { ovAuto() }),
                               device(u"phone1"_s, iPhone, { ovAuto(u"INCOMPATIBLE"_s) }) },
                             { autoId }) })
        << iosApp << fail << verified << QStringList { u"Mixed:fail"_s }
        << u"They get the Okta Verify Auto App instead."_s;
    QTest::newRow("ios: classic mixed, iPhone silent") << scope({ blueprint(
        u"Macs"_s, classic,
        { device(u"mac1"_s, mac, { ovAuto(), chrome() }), device(u"phone1"_s, iPhone, {}) },
        { autoId, chromeId }) }) << iosApp << fail << inferred
                                                       << QStringList { u"Macs:fail"_s }
                                                       << u"item-ov-auto (automatic-app)"_s;
    QTest::newRow("ios: server error") << scope(
        { blueprint(u"Mobile"_s, classic, { unreadable(u"phone1"_s, iPhone, 500) }, { vppId }) })
                                       << iosApp << error << verified
                                       << QStringList { u"Mobile:error"_s }
                                       << u"Run the check again"_s;

    // --- iru.oktaVerify.appsAndBooks ---
    QTest::newRow("books: reported by a device")
        << scope({ macsReady, mobileReady }) << books << pass << verified
        << QStringList { u"Mobile:pass"_s } << u"“phone1” (iPhone: item-ov-vpp, PASS)"_s;
    QTest::newRow("books: no device reports it")
        << scope({ macsReady }) << books << warn << inferred << QStringList { u"Macs:warn"_s }
        << u"Library → Add New → App Store Apps"_s;
    QTest::newRow("books: listed but never reported")
        << scope({ blueprint(u"Quiet"_s, classic, { device(u"phone9"_s, iPhone, {}) }, { vppId }) })
        << books << warn << inferred << QStringList { u"Quiet:warn"_s }
        << u"though the Blueprint lists an item named Okta Verify (item-ov-vpp)"_s;
    QTest::newRow("books: no devices anywhere")
        << scope({ blueprint(u"Empty"_s, classic, {}) }) << books << warn << inferred
        << QStringList { u"Empty:skipped"_s } << u"no Iru Endpoint API lists Apps and Books"_s;
    QTest::newRow("books: device reads failed")
        << scope({ blueprint(u"Mobile"_s, classic, { unreadable(u"phone1"_s, iPhone, 403) }) })
        << books << error << verified << QStringList { u"Mobile:error"_s } << u"HTTP 403"_s;

    // --- iru.blueprints.platformConditions ---
    QTest::newRow("conditions: single-platform classics and a good map")
        << scope({ macsReady, mobileReady, pilotMap }) << conditions << pass << verified
        << QStringList { u"Macs:pass"_s, u"Mobile:pass"_s, u"Pilot:pass"_s }
        << u"give the sampled iPads the Okta Verify App Store app"_s;
    QTest::newRow("conditions: classic mixing Macs and iPhones")
        << scope({ blueprint(u"Macs"_s, classic,
                             { device(u"mac1"_s, mac, { ovAuto() }),
                               device(u"phone1"_s, iPhone, { ovAuto(u"INCOMPATIBLE"_s) }) },
                             { autoId }) })
        << conditions << warn << verified << QStringList { u"Macs:warn"_s }
        << u"“phone1” (iPhone) reports the Okta Verify Auto App as INCOMPATIBLE"_s;
    QTest::newRow("conditions: map gives Macs both apps")
        << scope({ blueprint(u"Pilot"_s, map, { device(u"mac1"_s, mac, { ovAuto(), ovVpp() }) },
                             { autoId, vppId }) })
        << conditions << warn << verified << QStringList { u"Pilot:warn"_s }
        << u"which belongs to the other platform"_s;
    QTest::newRow("conditions: map misses the iPad app")
        << scope({ blueprint(
               u"Pilot"_s, map,
               { device(u"mac1"_s, mac, { ovAuto() }), device(u"pad1"_s, iPad, { chrome() }) },
               { autoId }) })
        << conditions << fail << verified << QStringList { u"Pilot:fail"_s }
        << u"node whose condition is “platform is Mac”"_s;
    QTest::newRow("conditions: map device unreadable")
        << scope({ blueprint(u"Pilot"_s, map, { unreadable(u"mac1"_s, mac, 401) }) }) << conditions
        << error << verified << QStringList { u"Pilot:error"_s } << u"HTTP 401"_s;
    QTest::newRow("conditions: map devices silent")
        << scope({ blueprint(u"Pilot"_s, map, { device(u"mac1"_s, mac, {}) }) }) << conditions
        << warn << inferred << QStringList { u"Pilot:warn"_s } << u"unconfirmed"_s;
    QTest::newRow("conditions: no devices")
        << scope({ blueprint(u"Empty"_s, map, {}) }) << conditions << skipped << verified
        << QStringList { u"Empty:skipped"_s } << u"nothing to separate"_s;

    // --- iru.manualOdt ---
    const QList<CustomProfile> manualSet {
        profile(u"c1"_s, u"Okta Device Attestation SCEP"_s, attestationScep),
        profile(u"c2"_s, u"Okta Verify settings"_s, ovSettings + ssoCredential),
        profile(u"c3"_s, u"Office Wi-Fi"_s, wifi + plainScep),
    };
    QTest::newRow("manual: attestation profiles on one Blueprint")
        << scope({ blueprint(u"Macs"_s, classic, {}, { autoId, u"c1"_s, u"c2"_s, u"c3"_s }),
                   blueprint(u"Mobile"_s, classic, {}, { vppId, u"c3"_s }) },
                 manualSet)
        << manual << warn << verified << QStringList { u"Macs:warn"_s, u"Mobile:pass"_s }
        << u"offers to set them inactive or remove them"_s;
    QTest::newRow("manual: none")
        << scope({ blueprint(u"Macs"_s, classic, {}, { autoId, u"c3"_s }) }, manualSet) << manual
        << pass << verified << QStringList { u"Macs:pass"_s }
        << u"Not on any Blueprint in scope: “Okta Device Attestation SCEP”"_s;
    QTest::newRow("manual: EDR plugin and Platform SSO are not ODT")
        << scope({ blueprint(u"Macs"_s, classic, {}, { u"e1"_s, u"p1"_s }) },
                 { profile(u"e1"_s, u"EDR plugin"_s, edrPlugin),
                   profile(u"p1"_s, u"PSSO"_s, platformSso) })
        << manual << pass << verified << QStringList { u"Macs:pass"_s } << u"0 active one(s)"_s;
    QTest::newRow("manual: inactive profile")
        << scope({ blueprint(u"Macs"_s, classic, {}, { u"c1"_s }) },
                 { profile(u"c1"_s, u"Okta SCEP"_s, attestationScep, false) })
        << manual << pass << verified << QStringList { u"Macs:pass"_s } << u"0 active one(s)"_s;
    QTest::newRow("manual: custom settings and login item")
        << scope({ blueprint(u"Macs"_s, classic, {}, { u"m1"_s }) },
                 { profile(u"m1"_s, u"OV MCX"_s, mcxSettings + loginItem) })
        << manual << warn << verified << QStringList { u"Macs:warn"_s }
        << u"Okta Verify login item (com.apple.loginitems.managed"_s;
    QTest::newRow("manual: unreadable profile") <<
        [] {
            CustomProfile broken = profile(u"x1"_s, u"Encrypted"_s, QString());
            broken.mobileconfig = QByteArray("\x30\x82\x01\x00 not a plist", 20);
            return scope({ blueprint(u"Macs"_s, classic, {}, { u"x1"_s }) }, { broken });
        }() << manual << warn << inferred << QStringList { u"Macs:warn"_s }
                                                << u"could not be read"_s;
    QTest::newRow("manual: profiles forbidden")
        <<
        [] {
            ScopeSnapshot s = scope({ blueprint(u"Macs"_s, classic, {}) });
            s.customProfilesRead = false;
            s.customProfilesFailure = failure(403, u"GET /api/v1/library/custom-profiles"_s);
            return s;
        }()
        << manual << error << verified << QStringList {}
        << u"the permission for GET /api/v1/library/custom-profiles"_s;
    QTest::newRow("manual: Blueprint list failed") <<
        [] {
            BlueprintFacts macs = blueprint(u"Macs"_s, classic, {});
            macs.libraryItemsRead = false;
            macs.libraryItemsFailure
                = failure(503, u"GET /api/v1/blueprints/bp-Macs/list-library-items"_s);
            return scope({ macs }, { profile(u"c1"_s, u"SCEP"_s, attestationScep) });
        }() << manual << error << verified << QStringList { u"Macs:error"_s }
                                                   << u"HTTP 503"_s;
}

void TestIruChecksUnit::evaluate()
{
    QFETCH(ScopeSnapshot, snapshot);
    QFETCH(QString, check);
    QFETCH(CheckStatus, status);
    QFETCH(Confidence, confidence);
    QFETCH(QStringList, blueprints);
    QFETCH(QString, mentions);

    const CheckResult result = evaluator(check)(snapshot);
    QCOMPARE(result.id, check);
    QCOMPARE(statusKey(result.status), statusKey(status));
    QCOMPARE(confidenceKey(result.confidence), confidenceKey(confidence));
    QCOMPARE(perBlueprint(result), blueprints);
    QVERIFY(!result.title.isEmpty());
    const QString text = result.detail + QLatin1Char('\n') + result.remediation;
    QVERIFY2(text.contains(mentions) || result.findings.isEmpty()
                 || std::any_of(result.findings.begin(), result.findings.end(),
                                [&](const Finding &f) { return f.detail.contains(mentions); }),
             qPrintable(QStringLiteral("\"%1\" not in:\n%2\n%3").arg(mentions, text, [&] {
                 QStringList details;
                 for (const Finding &f : result.findings)
                     details.append(f.detail);
                 return details.join(QLatin1Char('\n'));
             }())));
    if (status == CheckStatus::Fail || status == CheckStatus::Warn || status == CheckStatus::Error)
        QVERIFY2(!result.remediation.isEmpty(), qPrintable(result.detail));
    // Only Apps and Books can be settled by the admin's word.
    QCOMPARE(result.confirmationPrompt.isEmpty(),
             check != checkid::appsAndBooks || status != CheckStatus::Warn);
}

void TestIruChecksUnit::findingsNameBlueprintAndPlatform()
{
    const ScopeSnapshot s = scope({ blueprint(
        u"Mixed"_s, classic,
        { device(u"mac1"_s, mac, { ovAuto() }), device(u"phone1"_s, iPhone, {}) }, { autoId }) });
    for (const CheckResult &r :
         { evaluateMacAutoApp(s), evaluateIosAppStoreApp(s), evaluatePlatformConditions(s) }) {
        QVERIFY(!r.findings.isEmpty());
        for (const Finding &f : r.findings) {
            QCOMPARE(f.subjectId, QStringLiteral("bp-Mixed"));
            QCOMPARE(f.subject, QStringLiteral("Mixed"));
            QVERIFY2(!f.platforms.isEmpty(), qPrintable(r.id));
        }
    }
    const CheckResult ios = evaluateIosAppStoreApp(s);
    QCOMPARE(ios.findings.size(), 2);
    QCOMPARE(ios.findings.at(0).platforms, QStringList { iPhone });
    QCOMPARE(ios.findings.at(0).confidence, Confidence::Inferred);
    QCOMPARE(ios.findings.at(1).platforms, QStringList { iPad });
    QCOMPARE(ios.findings.at(1).status, CheckStatus::Skipped);
    const CheckResult conditions = evaluatePlatformConditions(s);
    QCOMPARE(conditions.findings.at(0).platforms, (QStringList { mac, iPhone }));
}

void TestIruChecksUnit::appsAndBooksConfirmation()
{
    const CheckResult warned = evaluateAppsAndBooks(scope(
        { blueprint(u"Macs"_s, classic, { device(u"mac1"_s, mac, { ovAuto() }) }, { autoId }) }));
    QCOMPARE(warned.status, CheckStatus::Warn);
    QVERIFY(warned.confirmationPrompt.contains(QLatin1String("Apps and Books")));
    const CheckResult confirmed = confirmedByAdmin(warned);
    QCOMPARE(confirmed.status, CheckStatus::Pass);
    QCOMPARE(confirmed.confidence, Confidence::Confirmed);
    QCOMPARE(confirmed.findings.at(0).status, CheckStatus::Pass);

    // A pass never needs the admin's word.
    const CheckResult seen = evaluateAppsAndBooks(
        scope({ blueprint(u"Mobile"_s, classic, { device(u"phone1"_s, iPhone, { ovVpp() }) }) }));
    QCOMPARE(seen.status, CheckStatus::Pass);
    QVERIFY(seen.confirmationPrompt.isEmpty());
}

void TestIruChecksUnit::errorNamesOperationAndPermission()
{
    SampledDevice denied = unreadable(u"mac1"_s, mac, 403);
    denied.failure.permission = QStringLiteral("Device library items");
    const CheckResult r
        = evaluateMacAutoApp(scope({ blueprint(u"Macs"_s, classic, { denied }, { autoId }) }));
    QCOMPARE(r.status, CheckStatus::Error);
    QVERIFY2(r.detail.startsWith(QStringLiteral(
                 "Iru Endpoint refused GET /api/v1/devices/dev-mac1/library-items (HTTP 403): the "
                 "API token lacks the permission “Device library items”")),
             qPrintable(r.detail));
    QVERIFY2(r.remediation.startsWith(QStringLiteral(
                 "In the Iru Endpoint console open Access → API tokens, choose this token → "
                 "Configure, tick “Device library items”")),
             qPrintable(r.remediation));
    QVERIFY(r.evidence.contains(QStringLiteral(
        "GET /api/v1/devices/dev-mac1/library-items: HTTP 403 (needs Device library items)")));

    // Without a known permission name, the endpoint (not the one device) is what to allow.
    SampledDevice unnamed = unreadable(u"mac1"_s, mac, 403);
    unnamed.failure.operation
        = u"GET /api/v1/devices/d0000000-0000-4000-8000-000000000101/library-items"_s;
    const CheckResult e
        = evaluateMacAutoApp(scope({ blueprint(u"Macs"_s, classic, { unnamed }, { autoId }) }));
    QVERIFY2(e.remediation.startsWith(u"In the Iru Endpoint console open Access → API tokens, "
                                      "choose this token → Configure, tick the permission for "
                                      "GET /api/v1/devices/{id}/library-items, save"_s),
             qPrintable(e.remediation));
}

void TestIruChecksUnit::samplingIsStatedInEvidence()
{
    ScopeSnapshot s = scope(
        { blueprint(u"Macs"_s, classic,
                    { device(u"mac1"_s, mac, { ovAuto() }), device(u"mac2"_s, mac, { ovAuto() }) },
                    { autoId }, PlatformCounts { 40, 0, 0, 0 }) });
    s.perPlatform = 2;
    const CheckResult r = evaluateMacAutoApp(s);
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.evidence.value(0),
             QStringLiteral("Sampling: up to 2 device(s) per Blueprint and platform (Mac, iPhone, "
                            "iPad); library items read for 2 of 2 sampled device(s) in 1 "
                            "Blueprint(s) (GET /api/v1/devices/{id}/library-items)."));
    QVERIFY(
        r.findings.at(0).detail.contains(QLatin1String("Sample: 2 of 40 Macs in the Blueprint.")));
    QVERIFY(r.evidence.contains(
        QStringLiteral("GET /api/v1/devices/dev-mac1/library-items (mac1, Mac, Macs): item-ov-auto "
                       "automatic-app PASS")));
}

void TestIruChecksUnit::odtPayloadKinds_data()
{
    QTest::addColumn<QString>("payloads");
    QTest::addColumn<QStringList>("kinds");
    using K = OdtPayload::Kind;
    auto kinds = [](std::initializer_list<K> list) {
        QStringList out;
        for (K k : list)
            out.append(OdtPayload { k, {}, {}, {} }.describe());
        return out;
    };
    QTest::newRow("attestation SCEP") << attestationScep << kinds({ K::ManagementAttestationScep });
    QTest::newRow("Okta CA SCEP") << oktaCaScep << kinds({ K::OktaScep });
    QTest::newRow("other SCEP") << plainScep << kinds({});
    QTest::newRow("Okta Verify settings") << ovSettings << kinds({ K::OktaVerifySettings });
    QTest::newRow("EDR plugin") << edrPlugin << kinds({});
    QTest::newRow("SSO credential") << ssoCredential << kinds({ K::OktaVerifySsoExtension });
    QTest::newRow("Platform SSO") << platformSso << kinds({});
    QTest::newRow("custom settings") << mcxSettings << kinds({ K::OktaVerifySettings });
    QTest::newRow("login item") << loginItem << kinds({ K::OktaVerifyLoginItem });
    QTest::newRow("service management") << serviceManagement << kinds({ K::OktaVerifyLoginItem });
    QTest::newRow("Wi-Fi") << wifi << kinds({});
    QTest::newRow("the text alone does not count")
        << payload(u"com.apple.wifi.managed"_s, u"com.okta.mobile.wifi"_s,
                   u"<key>SSID_STR</key><string>managementAttestation com.okta.mobile</string>"_s)
        << kinds({});
    QTest::newRow("manual set-up") << attestationScep + ovSettings + ssoCredential + wifi
                                   << kinds({ K::ManagementAttestationScep, K::OktaVerifySettings,
                                              K::OktaVerifySsoExtension });
}

void TestIruChecksUnit::odtPayloadKinds()
{
    QFETCH(QString, payloads);
    QFETCH(QStringList, kinds);
    bool readable = false;
    QStringList found;
    for (const OdtPayload &p : odtPayloads(profileXml(payloads).toUtf8(), &readable))
        found.append(p.describe());
    QVERIFY(readable);
    QCOMPARE(found, kinds);

    // A signed profile keeps its XML readable inside the CMS envelope.
    const QByteArray signedProfile
        = QByteArray("\x30\x80\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02", 13)
        + profileXml(payloads).toUtf8() + QByteArray("\x00\x00\xa0\x82", 4);
    found.clear();
    for (const OdtPayload &p : odtPayloads(signedProfile, &readable))
        found.append(p.describe());
    QVERIFY(readable);
    QCOMPARE(found, kinds);
}

void TestIruChecksUnit::plistValues()
{
    const QByteArray xml
        = "<?xml version=\"1.0\"?><!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\"><plist version=\"1.0\"><dict>"
          "<key>s</key><string>a &amp; b</string><key>i</key><integer>-7</integer>"
          "<key>r</key><real>1.5</real><key>t</key><true/><key>f</key><false/>"
          "<key>d</key><data>aGk=</data><key>a</key><array><string>x</string><dict/></array>"
          "<key>e</key><string></string></dict></plist>";
    QString error;
    const auto value = profiles::parsePlist(xml, &error);
    QVERIFY2(value, qPrintable(error));
    const QVariantMap map = value->toMap();
    QCOMPARE(map.value(u"s"_s).toString(), QStringLiteral("a & b"));
    QCOMPARE(map.value(u"i"_s).toLongLong(), -7);
    QCOMPARE(map.value(u"r"_s).toDouble(), 1.5);
    QCOMPARE(map.value(u"t"_s).toBool(), true);
    QCOMPARE(map.value(u"f"_s).typeId(), QMetaType::Bool);
    QCOMPARE(map.value(u"f"_s).toBool(), false);
    QCOMPARE(map.value(u"d"_s).toByteArray(), QByteArray("hi"));
    QCOMPARE(map.value(u"a"_s).toList().size(), 2);
    QCOMPARE(map.value(u"a"_s).toList().at(1).toMap(), QVariantMap());
    QCOMPARE(map.value(u"e"_s).toString(), QString());
}

void TestIruChecksUnit::plistRejectsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << u"Premature end of document."_s;
    QTest::newRow("only a declaration")
        << QByteArray("<?xml version=\"1.0\"?>\n") << u"Premature end of document."_s;
    QTest::newRow("not a plist") << QByteArray("<dict/>")
                                 << u"the root element is <dict>, not <plist>"_s;
    QTest::newRow("unclosed") << QByteArray("<plist><dict><key>a</key><string>b</string>")
                              << u"Premature end of document."_s;
    QTest::newRow("value without key")
        << QByteArray("<plist><dict><string>b</string></dict></plist>")
        << u"a <dict> entry without <key> at line 1"_s;
    QTest::newRow("bad integer") << QByteArray(
        "<plist><dict><key>a</key><integer>x</integer></dict></plist>")
                                 << u"an <integer> that is not a number at line 1"_s;
    QTest::newRow("signed without end") << QByteArray("\x30\x80<?xml version=\"1.0\"?><plist>")
                                        << u"a signed profile whose XML has no </plist>"_s;
}

void TestIruChecksUnit::plistRejectsBrokenInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!profiles::parsePlist(bytes, &why));
    QCOMPARE(why, error);
    bool readable = true;
    QVERIFY(odtPayloads(bytes, &readable).isEmpty());
    QVERIFY(!readable);
}

void TestIruChecksUnit::planSamplesPerPlatform()
{
    Inventory inventory;
    for (const QString &name : { QStringLiteral("Macs"), QStringLiteral("Mixed") })
        inventory.blueprints.append({ QStringLiteral("bp-") + name, name, classic, {}, 0 });
    auto add = [&](const QString &bp, const QString &platform, int n) {
        for (int i = 0; i < n; ++i) {
            Device d;
            d.id = QStringLiteral("%1-%2-%3").arg(bp, platform).arg(i);
            d.platform = platform;
            d.blueprintId = bp;
            inventory.devices.append(d);
        }
    };
    add(u"bp-Macs"_s, mac, 5);
    add(u"bp-Mixed"_s, iPhone, 2);
    add(u"bp-Mixed"_s, mac, 1);
    add(u"bp-Mixed"_s, QStringLiteral("AppleTV"), 4);
    inventory.computeCounts();

    const ScopeSnapshot s
        = planSnapshot(inventory, { u"bp-Mixed"_s, u"bp-gone"_s, u"bp-Macs"_s, u"bp-Mixed"_s });
    QCOMPARE(s.unknownBlueprintIds, QStringList { u"bp-gone"_s });
    QCOMPARE(s.blueprints.size(), 2);
    QCOMPARE(s.blueprints.at(0).blueprint.id, QStringLiteral("bp-Mixed"));
    QCOMPARE(s.perPlatform, 3);
    QStringList sampled;
    for (const SampledDevice &d : s.blueprints.at(0).sample)
        sampled.append(d.device.id);
    // Report order (Mac, iPhone, iPad), inventory order within a platform; Apple TVs never.
    QCOMPARE(sampled,
             (QStringList { u"bp-Mixed-Mac-0"_s, u"bp-Mixed-iPhone-0"_s, u"bp-Mixed-iPhone-1"_s }));
    QCOMPARE(s.blueprints.at(1).sample.size(), 3);
    QCOMPARE(s.blueprints.at(0).counts.others, 4);
    QCOMPARE(s.deviceReads, 6);
    for (const BlueprintFacts &f : s.blueprints) {
        QVERIFY(!f.libraryItemsRead);
        for (const SampledDevice &d : f.sample)
            QVERIFY(!d.read);
    }
}

void TestIruChecksUnit::planKeepsLargeScopesWithinBudget()
{
    // The large scenario's shape: 500 Blueprints, 20,000 devices, up to three platforms each.
    Inventory inventory;
    QStringList scopeIds;
    for (int b = 0; b < 500; ++b) {
        const QString id = QStringLiteral("bp-%1").arg(b);
        inventory.blueprints.append({ id, id, b % 10 == 9 ? map : classic, {}, 0 });
        scopeIds.append(id);
        for (int i = 0; i < 40; ++i) {
            Device d;
            d.id = QStringLiteral("%1-%2").arg(id).arg(i);
            d.platform = b % 10 == 9 ? (i % 3 == 0       ? mac
                                            : i % 3 == 1 ? iPhone
                                                         : iPad)
                                     : (b % 10 >= 5 && i % 2 ? iPhone : mac);
            d.blueprintId = id;
            inventory.devices.append(d);
        }
    }
    inventory.computeCounts();
    const SamplingPolicy policy;
    const ScopeSnapshot s = planSnapshot(inventory, scopeIds, policy);
    QCOMPARE(s.blueprints.size(), 500);
    QCOMPARE(s.perPlatform, 1);
    // A device per Blueprint and platform present: 250 Blueprints of Macs, 200 of Macs and
    // iPhones, 50 maps with all three.
    QCOMPARE(s.deviceReads, 250 * 1 + 200 * 2 + 50 * 3);
    QVERIFY(s.deviceReads <= policy.maxDeviceReads);
    // Plus one library-item list per Blueprint: far below Iru's 10,000 requests per hour.
    QVERIFY(s.deviceReads + s.blueprints.size() < 2000);

    // A small scope keeps the full sample.
    const ScopeSnapshot small = planSnapshot(inventory, scopeIds.mid(0, 10), policy);
    QCOMPARE(small.perPlatform, 3);
    QCOMPARE(small.deviceReads, 3 * (5 * 1 + 4 * 2 + 1 * 3));
}

ODT_TEST_GUILESS_MAIN(TestIruChecksUnit)
#include "tst_iruchecksunit.moc"
