#include "iru/checks/readiness.h"

#include "iru/checks/evaluationtext.h"
#include "iru/checks/odtpayloads.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace odt::iru {

namespace {

using namespace text;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::Readiness)
};

const QString autoApp = QStringLiteral("automatic-app");
const QString vppApp = QStringLiteral("vpp-app");
const QString customApp = QStringLiteral("custom-app");

// The Okta Verify item each platform must get ([ODT-GUIDE]: Auto App on macOS, App Store app on
// iOS and iPadOS).
QString rightTypeFor(const QString &platform)
{
    return platform == QLatin1String("Mac") ? autoApp : vppApp;
}

Finding findingFor(const BlueprintFacts &facts, const QStringList &platforms, CheckStatus status,
                   const QString &detail, Confidence confidence = Confidence::Verified)
{
    Finding f;
    f.subjectId = facts.blueprint.id;
    f.subject = facts.blueprint.name;
    f.platforms = platforms;
    f.status = status;
    // Sentences may start with an item name ("the Okta Verify Auto App …").
    f.detail = detail.isEmpty() ? detail : detail.front().toUpper() + detail.mid(1);
    f.confidence = confidence;
    return f;
}

// A platform's share of a Blueprint's sample, split by what the reads gave.
struct PlatformSample
{
    QString platform;
    int total = 0; // devices of the platform in the Blueprint
    QList<const SampledDevice *> sampled;
    QList<const SampledDevice *> read;
    QList<const SampledDevice *> reporting; // read, with at least one library item
    QList<const SampledDevice *> failed;
};

PlatformSample sampleFor(const BlueprintFacts &facts, const QString &platform)
{
    PlatformSample ps;
    ps.platform = platform;
    ps.total = facts.devicesOf(platform);
    ps.sampled = facts.sampleOf(platform);
    for (const SampledDevice *d : ps.sampled) {
        if (d->read) {
            ps.read.append(d);
            if (!d->items.isEmpty())
                ps.reporting.append(d);
        } else if (d->failure.failed()) {
            ps.failed.append(d);
        }
    }
    return ps;
}

QList<const DeviceLibraryItem *> oktaVerifyItems(const SampledDevice &device)
{
    QList<const DeviceLibraryItem *> items;
    for (const DeviceLibraryItem &item : device.items) {
        if (isOktaVerifyName(item.name))
            items.append(&item);
    }
    return items;
}

const DeviceLibraryItem *oktaVerifyItem(const SampledDevice &device, const QString &type)
{
    for (const DeviceLibraryItem *item : oktaVerifyItems(device)) {
        if (item->type == type)
            return item;
    }
    return nullptr;
}

// "Sample: 2 of 5 Macs in the Blueprint. 1 sampled Mac has not reported library items yet."
QString sampleNote(const PlatformSample &ps)
{
    QString note = Text::tr("Sample: %1 of %2 %3 in the Blueprint.")
                       .arg(ps.sampled.size())
                       .arg(ps.total)
                       .arg(platformNoun(ps.platform, ps.total));
    const qsizetype silent = ps.read.size() - ps.reporting.size();
    if (silent > 0)
        note += QLatin1Char(' ')
            + Text::tr("%1 sampled %2 reported no library items yet.")
                  .arg(silent)
                  .arg(platformNoun(ps.platform, int(silent)));
    if (!ps.failed.isEmpty())
        note += QLatin1Char(' ')
            + Text::tr("%1 sampled %2 could not be read: %3")
                  .arg(ps.failed.size())
                  .arg(platformNoun(ps.platform, int(ps.failed.size())),
                       failureSentence(ps.failed.first()->failure));
    return note;
}

QStringList oktaVerifyRefs(const BlueprintFacts &facts)
{
    QStringList ids;
    for (const LibraryItemRef &ref : facts.libraryItems) {
        if (isOktaVerifyName(ref.name))
            ids.append(ref.id);
    }
    return ids;
}

// No sampled device of the platform reported anything: only the Blueprint's list of names (and
// what other devices said about those item ids) is left.
Finding inferredAppFinding(const BlueprintFacts &facts, const PlatformSample &ps,
                           const QString &wanted, const QHash<QString, QString> &knownTypes)
{
    const QStringList platforms { ps.platform };
    const QString item = oktaVerifyItemName(wanted);
    const QString nouns = platformNoun(ps.platform, 2);
    const QString none = Text::tr("No sampled %1 has reported library items yet (%2 read).")
                             .arg(platformNoun(ps.platform, 1))
                             .arg(ps.read.size());
    if (!facts.libraryItemsRead)
        return findingFor(facts, platforms, CheckStatus::Error,
                          none + QLatin1Char(' ') + failureSentence(facts.libraryItemsFailure));
    const QStringList refs = oktaVerifyRefs(facts);
    if (refs.isEmpty())
        return findingFor(facts, platforms, CheckStatus::Fail,
                          none + QLatin1Char(' ')
                              + Text::tr("The Blueprint's library items include nothing named "
                                         "Okta Verify, so %1 is not assigned to its %2.")
                                    .arg(item, nouns));
    bool wantedKnown = false;
    bool allKnown = true;
    QStringList described;
    for (const QString &id : refs) {
        const QString type = knownTypes.value(id);
        wantedKnown |= type == wanted;
        allKnown &= !type.isEmpty();
        described.append(type.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, type));
    }
    const QString listed = described.join(QStringLiteral(", "));
    if (wantedKnown)
        return findingFor(facts, platforms, CheckStatus::Warn,
                          none + QLatin1Char(' ')
                              + Text::tr("The Blueprint lists Okta Verify (%1), which other "
                                         "devices report as %2, so it is probably assigned, but "
                                         "no %3 confirmed it (inferred from the name).")
                                    .arg(listed, item, platformNoun(ps.platform, 1)),
                          Confidence::Inferred);
    if (allKnown)
        return findingFor(facts, platforms, CheckStatus::Fail,
                          none + QLatin1Char(' ')
                              + Text::tr("The Blueprint's Okta Verify items (%1) are, as other "
                                         "devices report, not %2, so its %3 do not get it "
                                         "(inferred from the names).")
                                    .arg(listed, item, nouns),
                          Confidence::Inferred);
    return findingFor(facts, platforms, CheckStatus::Warn,
                      none + QLatin1Char(' ')
                          + Text::tr("The Blueprint lists an item named Okta Verify (%1) whose "
                                     "type no device reported, so whether its %2 get %3 is "
                                     "unknown (inferred from the name).")
                                .arg(listed, nouns, item),
                      Confidence::Inferred);
}

// The Okta Verify item of `wanted` type for one platform of one Blueprint.
Finding appFinding(const BlueprintFacts &facts, const QString &platform, const QString &wanted,
                   const QHash<QString, QString> &knownTypes)
{
    const PlatformSample ps = sampleFor(facts, platform);
    const QStringList platforms { platform };
    const QString item = oktaVerifyItemName(wanted);
    if (ps.read.isEmpty()) {
        const FetchFailure failure
            = ps.failed.isEmpty() ? FetchFailure {} : ps.failed.first()->failure;
        return findingFor(facts, platforms, CheckStatus::Error,
                          Text::tr("Could not read the library items of any sampled %1 (%2 "
                                   "tried): %3")
                              .arg(platformNoun(platform, 1))
                              .arg(ps.sampled.size())
                              .arg(failureSentence(failure)));
    }
    if (ps.reporting.isEmpty())
        return inferredAppFinding(facts, ps, wanted, knownTypes);

    const int reporting = int(ps.reporting.size());
    const QString sampledNouns = platformNoun(platform, reporting);
    int with = 0;
    QStringList failedOn;
    QStringList pendingOn;
    bool selfService = false;
    QStringList otherItems;
    for (const SampledDevice *d : ps.reporting) {
        if (const DeviceLibraryItem *found = oktaVerifyItem(*d, wanted)) {
            ++with;
            const QString where
                = QStringLiteral("%1 on %2").arg(found->status, quoted(d->device.name));
            switch (itemState(found->status)) {
            case ItemState::Installed:
                break;
            case ItemState::Failed:
                failedOn.append(where);
                break;
            case ItemState::SelfServiceOnly:
                selfService = true;
                pendingOn.append(where);
                break;
            case ItemState::InProgress:
                pendingOn.append(where);
                break;
            }
        }
        for (const DeviceLibraryItem *other : oktaVerifyItems(*d)) {
            const QString name = oktaVerifyItemName(other->type);
            if (other->type != wanted && other->type != customApp && !otherItems.contains(name))
                otherItems.append(name);
        }
    }

    const QString note = QLatin1Char(' ') + sampleNote(ps);
    if (with == reporting) {
        if (!failedOn.isEmpty())
            return findingFor(facts, platforms, CheckStatus::Fail,
                              Text::tr("%1 is assigned, but fails on %2 of %3 sampled %4: %5.")
                                      .arg(item)
                                      .arg(failedOn.size())
                                      .arg(reporting)
                                      .arg(sampledNouns, failedOn.join(QStringLiteral(", ")))
                                  + note);
        if (!pendingOn.isEmpty())
            return findingFor(facts, platforms, CheckStatus::Warn,
                              Text::tr("%1 is assigned, but not installed yet on %2 of %3 "
                                       "sampled %4: %5.")
                                      .arg(item)
                                      .arg(pendingOn.size())
                                      .arg(reporting)
                                      .arg(sampledNouns, pendingOn.join(QStringLiteral(", ")))
                                  + (selfService ? QLatin1Char(' ')
                                             + Text::tr("AVAILABLE means Self Service only; ODT "
                                                        "needs it installed and continuously "
                                                        "enforced.")
                                                 : QString())
                                  + note);
        return findingFor(facts, platforms, CheckStatus::Pass,
                          Text::tr("%1 is assigned and installed on each sampled %2 (%3 of %3, "
                                   "verified from their library items).")
                                  .arg(item, platformNoun(platform, 1))
                                  .arg(reporting)
                              + note);
    }
    QString instead;
    if (!otherItems.isEmpty()) {
        instead = QLatin1Char(' ')
            + Text::tr("They get %1 instead.").arg(otherItems.join(QStringLiteral(", ")));
        if (platform == QLatin1String("Mac"))
            instead += QLatin1Char(' ')
                + Text::tr("On macOS the Iru Endpoint ODT guide asks for the Auto App (its "
                           "“Configure Okta Verify for Device Trust” article covers moving from "
                           "the App Store app).");
    }
    if (with > 0)
        return findingFor(facts, platforms, CheckStatus::Warn,
                          Text::tr("Only %1 of %2 sampled %3 report %4, so some devices of this "
                                   "Blueprint do not get it.")
                                  .arg(with)
                                  .arg(reporting)
                                  .arg(sampledNouns, item)
                              + instead + note);
    return findingFor(facts, platforms, CheckStatus::Fail,
                      Text::tr("No sampled %1 reports %2 among its library items (%3 read), so "
                               "it is not assigned to them (verified).")
                              .arg(platformNoun(platform, 1), item)
                              .arg(reporting)
                          + instead + note);
}

// Platforms of `platforms` the Blueprint has no devices of, as one skipped finding.
std::optional<Finding> skippedFinding(const BlueprintFacts &facts, const QStringList &platforms,
                                      const QString &what)
{
    QStringList missing;
    QStringList nouns;
    for (const QString &platform : platforms) {
        if (facts.devicesOf(platform) == 0) {
            missing.append(platform);
            nouns.append(platformNoun(platform, 2));
        }
    }
    if (missing.isEmpty())
        return std::nullopt;
    return findingFor(facts, missing, CheckStatus::Skipped,
                      Text::tr("The Blueprint has no %1 (its devices: %2), so %3 was not "
                               "checked for them.")
                          .arg(nouns.join(Text::tr(" or ")), deviceSummary(facts.counts), what));
}

QStringList blueprintEvidence(const ScopeSnapshot &snapshot)
{
    QStringList lines;
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        const QString op = QStringLiteral("GET /api/v1/blueprints/%1/list-library-items (%2)")
                               .arg(facts.blueprint.id, facts.blueprint.name);
        if (!facts.libraryItemsRead) {
            if (facts.libraryItemsFailure.failed())
                lines.append(failureEvidence(facts.libraryItemsFailure));
            continue;
        }
        const QStringList refs = oktaVerifyRefs(facts);
        lines.append(
            QStringLiteral("%1: %2 item(s); Okta Verify: %3")
                .arg(op)
                .arg(facts.libraryItems.size())
                .arg(refs.isEmpty() ? QStringLiteral("none") : refs.join(QStringLiteral(", "))));
    }
    return lines;
}

QStringList deviceEvidence(const ScopeSnapshot &snapshot, const QStringList &platforms)
{
    QStringList lines;
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        for (const SampledDevice &sampled : facts.sample) {
            if (!platforms.contains(sampled.device.platform))
                continue;
            if (sampled.read)
                lines.append(oktaVerifyItemsEvidence(sampled));
            else if (sampled.failure.failed())
                lines.append(failureEvidence(sampled.failure));
        }
    }
    return lines;
}

// Detail, remediation and evidence every check ends with.
void complete(CheckResult *result, const ScopeSnapshot &snapshot, const QString &lead,
              const QStringList &remediation, const QStringList &platforms)
{
    // Checks without platforms read no devices, so only the Blueprint lists can have failed.
    const bool devices = !platforms.isEmpty();
    QStringList details;
    if (!lead.isEmpty())
        details.append(lead);
    const QString summary = statusSummary(result->findings);
    if (!summary.isEmpty())
        details.append(summary);
    QStringList fixes = remediation;
    if (!snapshot.unknownBlueprintIds.isEmpty())
        fixes.append(Text::tr("Choose the Blueprints in scope again: %1 no longer exist(s) in the "
                              "tenant.")
                         .arg(snapshot.unknownBlueprintIds.join(QStringLiteral(", "))));
    if (result->status == CheckStatus::Error) {
        if (const FetchFailure *failure = firstFailure(snapshot, devices)) {
            details.prepend(failureSentence(*failure));
            fixes.prepend(failureRemediation(*failure));
        }
    }
    if (snapshot.blueprints.isEmpty() && snapshot.unknownBlueprintIds.isEmpty())
        details.append(Text::tr("No Blueprint is in scope, so nothing was checked."));
    result->detail = details.join(QLatin1Char(' '));
    result->remediation = fixes.join(QLatin1Char('\n'));
    if (!platforms.isEmpty()) {
        result->evidence.append(samplingEvidence(snapshot));
        appendCapped(&result->evidence, blueprintEvidence(snapshot));
        appendCapped(&result->evidence, deviceEvidence(snapshot, platforms));
    }
}

QString titleFor(CheckStatus status, const QHash<CheckStatus, QString> &titles)
{
    return titles.value(status);
}

} // namespace

CheckResult evaluateMacAutoApp(const ScopeSnapshot &snapshot)
{
    const QString mac = QStringLiteral("Mac");
    const QHash<QString, QString> known = snapshot.reportedItemTypes();
    QList<Finding> findings = unknownBlueprintFindings(snapshot);
    QStringList needing; // Blueprints whose Macs need the Auto App assigned or installed
    QStringList packageOn;
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        if (facts.devicesOf(mac) == 0) {
            findings.append(*skippedFinding(facts, { mac }, oktaVerifyItemName(autoApp)));
            continue;
        }
        const Finding assigned = appFinding(facts, mac, autoApp, known);
        if (assigned.status == CheckStatus::Fail || assigned.status == CheckStatus::Warn)
            needing.append(facts.blueprint.name);
        findings.append(assigned);
        // The downloadable package does not count for ODT, and is worth a warning of its own.
        QStringList packaged;
        for (const SampledDevice *d : facts.sampleOf(mac)) {
            if (const DeviceLibraryItem *pkg = oktaVerifyItem(*d, customApp))
                packaged.append(QStringLiteral("%1 (%2, %3)")
                                    .arg(quoted(d->device.name), pkg->itemId, pkg->status));
        }
        if (!packaged.isEmpty()) {
            packageOn.append(facts.blueprint.name);
            findings.append(findingFor(
                facts, { mac }, CheckStatus::Warn,
                Text::tr("Macs of this Blueprint get Okta Verify as a custom app, the "
                         "downloadable macOS package: %1. Iru Endpoint says the package is not "
                         "compatible with the Okta Device Trust integration, so it does not "
                         "count as the Okta Verify item (verified from device reports).")
                    .arg(packaged.join(QStringLiteral(", ")))));
        }
    }

    CheckResult r = resultFrom(checkid::macAutoApp, findings);
    r.title = titleFor(
        r.status,
        { { CheckStatus::Pass, Text::tr("Macs in scope have the Okta Verify Auto App") },
          { CheckStatus::Warn, Text::tr("The Okta Verify Auto App needs attention on some Macs") },
          { CheckStatus::Fail, Text::tr("Macs in scope lack the Okta Verify Auto App") },
          { CheckStatus::Error, Text::tr("Could not check the Okta Verify Auto App on Macs") },
          { CheckStatus::Skipped, Text::tr("No Macs in scope") } });
    QStringList fixes;
    if (!needing.isEmpty())
        fixes.append(Text::tr("For %1: in Iru Endpoint open the Okta Verify Auto App in the "
                              "Library (or add it: Library → Add New → Auto App → Okta Verify → "
                              "Add & Configure), assign it to the Blueprint (in an Assignment "
                              "Map, to the node for Macs), set Installation to Continuously "
                              "Enforce and save. Macs showing PENDING install it at their next "
                              "check-in; for ERROR, open the device's Library tab and read the "
                              "log.")
                         .arg(blueprintList(needing)));
    if (!packageOn.isEmpty())
        fixes.append(Text::tr("For %1: remove the Okta Verify custom app (the downloadable "
                              "package) from the Blueprint once the Auto App is assigned; the "
                              "package is not compatible with the ODT integration.")
                         .arg(blueprintList(packageOn)));
    complete(&r, snapshot,
             Text::tr("On macOS, Okta Device Trust needs the Okta Verify Auto App on every "
                      "Blueprint in scope."),
             fixes, { mac });
    return r;
}

CheckResult evaluateIosAppStoreApp(const ScopeSnapshot &snapshot)
{
    const QStringList mobile { QStringLiteral("iPhone"), QStringLiteral("iPad") };
    const QHash<QString, QString> known = snapshot.reportedItemTypes();
    QList<Finding> findings = unknownBlueprintFindings(snapshot);
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        for (const QString &platform : mobile) {
            if (facts.devicesOf(platform) > 0)
                findings.append(appFinding(facts, platform, vppApp, known));
        }
        if (auto skipped = skippedFinding(facts, mobile, oktaVerifyItemName(vppApp)))
            findings.append(*skipped);
    }

    CheckResult r = resultFrom(checkid::iosAppStoreApp, findings);
    r.title = titleFor(
        r.status,
        { { CheckStatus::Pass,
            Text::tr("iPhones and iPads in scope have the Okta Verify App Store app") },
          { CheckStatus::Warn,
            Text::tr("The Okta Verify App Store app needs attention on some iPhones or iPads") },
          { CheckStatus::Fail,
            Text::tr("iPhones or iPads in scope lack the Okta Verify App Store app") },
          { CheckStatus::Error,
            Text::tr("Could not check the Okta Verify App Store app on iPhones and iPads") },
          { CheckStatus::Skipped, Text::tr("No iPhones or iPads in scope") } });
    QStringList needing
        = subjectsWith(findings, CheckStatus::Fail) + subjectsWith(findings, CheckStatus::Warn);
    needing.removeDuplicates();
    QStringList fixes;
    if (!needing.isEmpty())
        fixes.append(Text::tr("For %1: in Iru Endpoint open Library → App Store Apps → Okta "
                              "Verify, assign it to the Blueprint (in an Assignment Map, to the "
                              "node for iPhone and iPad), set the installation type to Install "
                              "and continuously enforce, and save. If Okta Verify is not in the "
                              "Library, get it from Apps and Books in Apple Business Manager or "
                              "Apple School Manager first.")
                         .arg(blueprintList(needing)));
    complete(&r, snapshot,
             Text::tr("On iOS and iPadOS, Okta Device Trust needs the Okta Verify App Store app "
                      "on every Blueprint in scope."),
             fixes, mobile);
    return r;
}

CheckResult evaluateAppsAndBooks(const ScopeSnapshot &snapshot)
{
    QList<Finding> findings = unknownBlueprintFindings(snapshot);
    bool seen = false;
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        QStringList platforms;
        QStringList where;
        for (const SampledDevice &d : facts.sample) {
            if (const DeviceLibraryItem *item = oktaVerifyItem(d, vppApp)) {
                if (!platforms.contains(d.device.platform))
                    platforms.append(d.device.platform);
                where.append(
                    QStringLiteral("%1 (%2: %3, %4)")
                        .arg(quoted(d.device.name), d.device.platform, item->itemId, item->status));
            }
        }
        if (!where.isEmpty()) {
            seen = true;
            findings.append(findingFor(facts, platforms, CheckStatus::Pass,
                                       Text::tr("Okta Verify is reported as an App Store app "
                                                "(vpp-app, from Apps and Books) by %1 (verified).")
                                           .arg(where.join(QStringLiteral(", ")))));
        }
    }

    const QString confirmation
        = Text::tr("Okta Verify is in the Iru Endpoint Library as an App Store app from Apps and "
                   "Books (Apple Business Manager or Apple School Manager).");
    const QString steps
        = Text::tr("In Apple Business Manager (or Apple School Manager) open Apps and Books, "
                   "find Okta Verify and get licences for the location whose content token Iru "
                   "Endpoint uses. Then in Iru Endpoint open Library → Add New → App Store Apps "
                   "and add Okta Verify (it appears there once Apps and Books has synced).");
    if (!seen) {
        // No API lists Apps and Books: the Blueprints say what little they can, and the admin
        // may confirm.
        const QHash<QString, QString> known = snapshot.reportedItemTypes();
        for (const BlueprintFacts &facts : snapshot.blueprints) {
            QStringList platforms;
            bool failed = false;
            int read = 0;
            for (const SampledDevice &d : facts.sample) {
                if (!platforms.contains(d.device.platform))
                    platforms.append(d.device.platform);
                failed |= d.failure.failed();
                read += d.read ? 1 : 0;
            }
            if (facts.sample.isEmpty()) {
                findings.append(findingFor(facts, {}, CheckStatus::Skipped,
                                           Text::tr("The Blueprint has no Macs, iPhones or "
                                                    "iPads whose library items could show "
                                                    "Okta Verify.")));
                continue;
            }
            if (failed && read == 0) {
                const auto first
                    = std::find_if(facts.sample.begin(), facts.sample.end(),
                                   [](const SampledDevice &d) { return d.failure.failed(); });
                findings.append(findingFor(
                    facts, platforms, CheckStatus::Error,
                    Text::tr("Could not read the library items of its sampled devices: %1")
                        .arg(failureSentence(first->failure))));
                continue;
            }
            QStringList named;
            for (const QString &id : oktaVerifyRefs(facts)) {
                const QString type = known.value(id);
                named.append(type.isEmpty() ? id
                                            : QStringLiteral("%1, reported as %2").arg(id, type));
            }
            const QString what = named.isEmpty()
                ? Text::tr("and the Blueprint lists no item named Okta Verify")
                : Text::tr("though the Blueprint lists an item named Okta Verify (%1)")
                      .arg(named.join(QStringLiteral("; ")));
            findings.append(findingFor(
                facts, platforms, CheckStatus::Warn,
                Text::tr("No sampled device of this Blueprint (%1 read) reports Okta Verify as an "
                         "App Store app, %2 (inferred: no API lists Apps and Books).")
                    .arg(read)
                    .arg(what),
                Confidence::Inferred));
        }
    }

    CheckResult r = resultFrom(checkid::appsAndBooks, findings);
    if (!seen && r.status != CheckStatus::Error && !snapshot.blueprints.isEmpty()) {
        // Never a pass without data: no device report is a question for the admin.
        r.status = CheckStatus::Warn;
        r.confidence = Confidence::Inferred;
        r.confirmationPrompt = confirmation;
        r.confirmedTitle = Text::tr("Okta Verify is in the Library from Apps and Books (confirmed "
                                    "by the admin)");
    }
    r.title = titleFor(
        r.status,
        { { CheckStatus::Pass, Text::tr("Okta Verify is in the Library from Apps and Books") },
          { CheckStatus::Warn, Text::tr("Okta Verify from Apps and Books is not confirmed") },
          { CheckStatus::Error, Text::tr("Could not check Okta Verify from Apps and Books") },
          { CheckStatus::Skipped,
            Text::tr("No Blueprint in scope to check Okta Verify from Apps and Books") } });
    QString lead;
    if (seen)
        lead = Text::tr("A device reports Okta Verify as an App Store app (vpp-app), so it is in "
                        "the Library from Apps and Books.");
    else if (r.status == CheckStatus::Warn)
        lead = Text::tr("No sampled device reports Okta Verify as an App Store app (vpp-app), and "
                        "no Iru Endpoint API lists Apps and Books, so whether Okta Verify is in "
                        "the Library from Apps and Books is unknown. Confirm it if you know it "
                        "is there.");
    else if (r.status == CheckStatus::Error)
        lead = Text::tr("No device that could be read reports Okta Verify as an App Store app, "
                        "and some devices could not be read.");
    complete(&r, snapshot, lead,
             r.status == CheckStatus::Warn ? QStringList { steps } : QStringList {},
             odtPlatforms());
    return r;
}

CheckResult evaluatePlatformConditions(const ScopeSnapshot &snapshot)
{
    QList<Finding> findings = unknownBlueprintFindings(snapshot);
    QStringList classicMixed;
    QStringList mapsWrong;
    QStringList unconfirmed; // maps whose sampled devices have not reported yet
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        const PlatformCounts &c = facts.counts;
        const int mobile = c.iPhones + c.iPads;
        if (c.macs + mobile == 0) {
            findings.append(findingFor(facts, {}, CheckStatus::Skipped,
                                       Text::tr("The Blueprint has no Macs, iPhones or iPads "
                                                "(its devices: %1), so there is nothing to "
                                                "separate.")
                                           .arg(deviceSummary(c))));
            continue;
        }
        QStringList present;
        for (const QString &platform : odtPlatforms()) {
            if (facts.devicesOf(platform) > 0)
                present.append(platform);
        }
        if (!facts.blueprint.isMap()) {
            if (c.macs > 0 && mobile > 0) {
                classicMixed.append(facts.blueprint.name);
                // What the devices show makes the point concrete (e.g. an iPhone given the Auto
                // App it cannot install).
                QStringList wrong;
                for (const SampledDevice &d : facts.sample) {
                    for (const DeviceLibraryItem *item : oktaVerifyItems(d)) {
                        if (item->type != rightTypeFor(d.device.platform)
                            && item->type != customApp)
                            wrong.append(Text::tr("%1 (%2) reports %3 as %4")
                                             .arg(quoted(d.device.name), d.device.platform,
                                                  oktaVerifyItemName(item->type), item->status));
                    }
                }
                QString detail = Text::tr("A classic Blueprint gives every Library item to all "
                                          "its devices, and this one holds %1, so Macs and "
                                          "mobile devices cannot each get their own Okta Verify "
                                          "item (the Auto App on Macs, the App Store app on "
                                          "iPhone and iPad). Verified from the device list.")
                                     .arg(deviceSummary(c));
                if (!wrong.isEmpty())
                    detail
                        += QLatin1Char(' ') + wrong.join(QStringLiteral("; ")) + QLatin1Char('.');
                findings.append(findingFor(facts, present, CheckStatus::Warn, detail));
            } else {
                findings.append(findingFor(facts, present, CheckStatus::Pass,
                                           Text::tr("A classic Blueprint with one kind of device "
                                                    "(%1), so no platform conditions are "
                                                    "needed.")
                                               .arg(deviceSummary(c))));
            }
            continue;
        }

        // An Assignment Map: each platform's devices show whether its conditions give them the
        // right Okta Verify item.
        bool wrongHere = false;
        for (const QString &platform : present) {
            const PlatformSample ps = sampleFor(facts, platform);
            const QString right = rightTypeFor(platform);
            const QString wrongType = platform == QLatin1String("Mac") ? vppApp : autoApp;
            if (ps.read.isEmpty()) {
                const FetchFailure failure
                    = ps.failed.isEmpty() ? FetchFailure {} : ps.failed.first()->failure;
                findings.append(
                    findingFor(facts, { platform }, CheckStatus::Error,
                               Text::tr("Could not read the library items of the "
                                        "sampled %1: %2")
                                   .arg(platformNoun(platform, 2), failureSentence(failure))));
                continue;
            }
            if (ps.reporting.isEmpty()) {
                if (!unconfirmed.contains(facts.blueprint.name))
                    unconfirmed.append(facts.blueprint.name);
                findings.append(
                    findingFor(facts, { platform }, CheckStatus::Warn,
                               Text::tr("None of the sampled %1 has reported library items yet, so "
                                        "whether the map's conditions give them %2 is unconfirmed.")
                                       .arg(platformNoun(platform, 2), oktaVerifyItemName(right))
                                   + QLatin1Char(' ') + sampleNote(ps),
                               Confidence::Inferred));
                continue;
            }
            QStringList missing;
            QStringList wrong;
            for (const SampledDevice *d : ps.reporting) {
                if (!oktaVerifyItem(*d, right))
                    missing.append(quoted(d->device.name));
                if (const DeviceLibraryItem *w = oktaVerifyItem(*d, wrongType))
                    wrong.append(QStringLiteral("%1 (%2)").arg(quoted(d->device.name), w->status));
            }
            const QString note = QLatin1Char(' ') + sampleNote(ps);
            if (!missing.isEmpty()) {
                wrongHere = true;
                findings.append(
                    findingFor(facts, { platform }, CheckStatus::Fail,
                               Text::tr("The map's conditions do not give %1 to these %2: %3.")
                                       .arg(oktaVerifyItemName(right), platformNoun(platform, 2),
                                            missing.join(QStringLiteral(", ")))
                                   + note));
            } else if (!wrong.isEmpty()) {
                wrongHere = true;
                findings.append(findingFor(
                    facts, { platform }, CheckStatus::Warn,
                    Text::tr("The %1 get %2, but also %3, which belongs to the other platform: "
                             "%4. The map's conditions put it in a node these devices match.")
                            .arg(platformNoun(platform, 2), oktaVerifyItemName(right),
                                 oktaVerifyItemName(wrongType), wrong.join(QStringLiteral(", ")))
                        + note));
            } else {
                findings.append(findingFor(
                    facts, { platform }, CheckStatus::Pass,
                    Text::tr("The map's conditions give the sampled %1 %2 and not %3 (verified "
                             "from their library items).")
                            .arg(platformNoun(platform, 2), oktaVerifyItemName(right),
                                 oktaVerifyItemName(wrongType))
                        + note));
            }
        }
        if (wrongHere)
            mapsWrong.append(facts.blueprint.name);
    }

    CheckResult r = resultFrom(checkid::platformConditions, findings);
    r.title = titleFor(
        r.status,
        { { CheckStatus::Pass, Text::tr("Each platform gets its own Okta Verify item") },
          { CheckStatus::Warn, Text::tr("Some Blueprints mix platforms without conditions") },
          { CheckStatus::Fail,
            Text::tr("Assignment Map conditions give a platform the wrong Okta Verify item") },
          { CheckStatus::Error, Text::tr("Could not check the Blueprints' platform conditions") },
          { CheckStatus::Skipped, Text::tr("No Macs, iPhones or iPads in scope") } });
    QStringList fixes;
    if (!classicMixed.isEmpty())
        fixes.append(Text::tr("For %1: move the devices to a Blueprint of type Assignment Map "
                              "with a conditional block: “If platform is Mac” holding the Okta "
                              "Verify Auto App, “Else if platform is iPhone or iPad” holding the "
                              "Okta Verify App Store app; or split the Blueprint into one for "
                              "Macs and one for iPhones and iPads.")
                         .arg(blueprintList(classicMixed)));
    if (!mapsWrong.isEmpty())
        fixes.append(Text::tr("For %1: in the Assignment Map, keep the Okta Verify Auto App only "
                              "in the node whose condition is “platform is Mac” and the App "
                              "Store app only in the node for iPhone and iPad (hold the Option ⌥ "
                              "key on the map to see the node ids).")
                         .arg(blueprintList(mapsWrong)));
    if (!unconfirmed.isEmpty())
        fixes.append(Text::tr("For %1: run the check again once the devices have checked in; a "
                              "device lists its library items after it reports to Iru Endpoint.")
                         .arg(blueprintList(unconfirmed)));
    complete(&r, snapshot,
             Text::tr("When one Blueprint holds Macs and mobile devices, Iru Endpoint's ODT guide "
                      "asks for conditional logic in an Assignment Map so each platform gets its "
                      "own Okta Verify item."),
             fixes, odtPlatforms());
    return r;
}

CheckResult evaluateManualOdt(const ScopeSnapshot &snapshot)
{
    QList<Finding> findings = unknownBlueprintFindings(snapshot);
    CheckResult r;
    if (!snapshot.customProfilesRead) {
        const FetchFailure &failure = snapshot.customProfilesFailure;
        r.id = checkid::manualOdt;
        r.status = CheckStatus::Error;
        r.title = Text::tr("Could not read the custom profiles");
        r.detail = failureSentence(failure);
        r.remediation = failureRemediation(failure);
        r.evidence = { failureEvidence(failure) };
        return r;
    }

    struct Manual
    {
        const CustomProfile *profile;
        QList<OdtPayload> payloads;
    };
    QList<Manual> manual;
    QStringList profileEvidence;
    QStringList unreadable;
    for (const CustomProfile &profile : snapshot.customProfiles) {
        bool readable = true;
        QString why;
        const QList<OdtPayload> payloads = odtPayloads(profile.mobileconfig, &readable, &why);
        if (!readable) {
            unreadable.append(profile.id);
            profileEvidence.append(QStringLiteral("custom profile %1 %2: not readable (%3)")
                                       .arg(profile.id, quoted(profile.name), why));
            continue;
        }
        if (payloads.isEmpty())
            continue;
        QStringList kinds;
        for (const OdtPayload &p : payloads)
            kinds.append(QStringLiteral("%1 [%2]").arg(p.payloadType, p.what));
        profileEvidence.append(
            QStringLiteral("custom profile %1 %2 (%3): %4")
                .arg(profile.id, quoted(profile.name),
                     profile.active ? QStringLiteral("active") : QStringLiteral("inactive"),
                     kinds.join(QStringLiteral("; "))));
        if (profile.active)
            manual.append({ &profile, payloads });
    }

    QSet<QString> placed;
    QStringList flagged;
    QStringList unreadableOn;
    for (const BlueprintFacts &facts : snapshot.blueprints) {
        QStringList present; // a profile reaches the platforms the Blueprint has
        for (const QString &platform : odtPlatforms()) {
            if (facts.devicesOf(platform) > 0)
                present.append(platform);
        }
        if (!facts.libraryItemsRead) {
            findings.append(findingFor(facts, present, CheckStatus::Error,
                                       Text::tr("Could not read the Blueprint's library items, so "
                                                "whether it carries a manual ODT profile is "
                                                "unknown: %1")
                                           .arg(failureSentence(facts.libraryItemsFailure))));
            continue;
        }
        QSet<QString> assigned;
        for (const LibraryItemRef &ref : facts.libraryItems)
            assigned.insert(ref.id);
        int here = 0;
        for (const Manual &m : std::as_const(manual)) {
            if (!assigned.contains(m.profile->id))
                continue;
            ++here;
            placed.insert(m.profile->id);
            QStringList platforms;
            if (m.profile->runsOnMac)
                platforms.append(QStringLiteral("Mac"));
            if (m.profile->runsOnIPhone)
                platforms.append(QStringLiteral("iPhone"));
            if (m.profile->runsOnIPad)
                platforms.append(QStringLiteral("iPad"));
            QStringList what;
            for (const OdtPayload &p : m.payloads)
                what.append(QStringLiteral("%1 (%2; %3)").arg(p.describe(), p.payloadType, p.what));
            if (!flagged.contains(facts.blueprint.name))
                flagged.append(facts.blueprint.name);
            findings.append(findingFor(
                facts, platforms, CheckStatus::Warn,
                Text::tr("The active custom profile %1 (%2) on this Blueprint already deploys "
                         "ODT by hand: %3. Verified from the profile's payloads.")
                    .arg(quoted(m.profile->name), m.profile->id, what.join(QStringLiteral(", ")))));
        }
        int unreadableHere = 0;
        for (const QString &id : std::as_const(unreadable))
            unreadableHere += assigned.contains(id) ? 1 : 0;
        if (unreadableHere > 0)
            unreadableOn.append(facts.blueprint.name);
        if (unreadableHere > 0)
            findings.append(findingFor(facts, present, CheckStatus::Warn,
                                       Text::tr("%1 custom profile(s) on this Blueprint could "
                                                "not be read (encrypted or not a plist), so "
                                                "they may carry ODT payloads.")
                                           .arg(unreadableHere),
                                       Confidence::Inferred));
        if (here == 0 && unreadableHere == 0)
            findings.append(findingFor(facts, present, CheckStatus::Pass,
                                       Text::tr("None of the Blueprint's %1 library item(s) is "
                                                "an active custom profile with ODT payloads.")
                                           .arg(facts.libraryItems.size())));
    }

    r = resultFrom(checkid::manualOdt, findings);
    r.title = titleFor(
        r.status,
        { { CheckStatus::Pass, Text::tr("No manual ODT profiles on the Blueprints in scope") },
          { CheckStatus::Warn, Text::tr("Manual ODT profiles found on Blueprints in scope") },
          { CheckStatus::Error, Text::tr("Could not check for manual ODT profiles") },
          { CheckStatus::Skipped,
            Text::tr("No Blueprint in scope to check for manual ODT profiles") } });
    QStringList elsewhere;
    for (const Manual &m : std::as_const(manual)) {
        if (!placed.contains(m.profile->id))
            elsewhere.append(quoted(m.profile->name));
    }
    QString lead = Text::tr("Read %1 custom profile(s); %2 active one(s) carry ODT payloads.")
                       .arg(snapshot.customProfiles.size())
                       .arg(manual.size());
    if (!elsewhere.isEmpty())
        lead += QLatin1Char(' ')
            + Text::tr("Not on any Blueprint in scope: %1.")
                  .arg(elsewhere.join(QStringLiteral(", ")));
    QStringList fixes;
    if (!flagged.isEmpty())
        fixes.append(Text::tr("Keep these profiles until the Iru Endpoint ODT integration reaches "
                              "the devices of %1 (switching should not affect registered "
                              "devices). After the push, the wizard offers to set them inactive "
                              "or remove them, as Iru Endpoint's ODT guide advises for manual "
                              "device attestation set-ups; by hand: Library → Custom Profiles → "
                              "the profile → Active off, or remove it from the Blueprint.")
                         .arg(blueprintList(flagged)));
    if (!unreadableOn.isEmpty())
        fixes.append(Text::tr("For %1: open the custom profiles that could not be read (Library → "
                              "Custom Profiles) and check whether they carry an Okta SCEP "
                              "certificate, Okta Verify settings or the Okta Verify SSO "
                              "extension; if so, retire them after the push like the others.")
                         .arg(blueprintList(unreadableOn)));
    complete(&r, snapshot, lead, fixes, {});
    r.evidence.prepend(QStringLiteral("GET /api/v1/library/custom-profiles: %1 profile(s)")
                           .arg(snapshot.customProfiles.size()));
    appendCapped(&r.evidence, profileEvidence);
    appendCapped(&r.evidence, blueprintEvidence(snapshot));
    return r;
}

} // namespace odt::iru
