#pragma once

#include "core/checkresult.h"
#include "iru/checks/scopesnapshot.h"

#include <QString>
#include <QStringList>

// Wording and small decisions the Iru readiness evaluations share. Internal to odt_iru_checks.
namespace odt::iru::text {

// "Okta Verify", whatever the admin or the store appended ("Okta Verify (ODT)").
bool isOktaVerifyName(const QString &name);

// How a device reports a library item, grouped the way readiness cares about.
enum class ItemState { Installed, InProgress, SelfServiceOnly, Failed };
ItemState itemState(const QString &status);

// "Mac"/"Macs", "iPhone"/"iPhones", …
QString platformNoun(const QString &platform, int count);
// "the Okta Verify Auto App", "the Okta Verify App Store app", … for a library item type.
QString oktaVerifyItemName(const QString &type);
// "“Sam's MacBook Pro”"
QString quoted(const QString &name);
// "Macs (Mac)"-style subject list: "Macs, Mobile"
QString blueprintList(const QStringList &names);
// Every Okta Verify item a device reports, as evidence ("automatic-app PASS").
QString oktaVerifyItemsEvidence(const SampledDevice &sampled);

// A failed read, for people: what failed, why, and (in remediation) what to do.
QString failureSentence(const FetchFailure &failure);
QString failureRemediation(const FetchFailure &failure);
QString failureEvidence(const FetchFailure &failure);

// The check's result from its findings: status = worst finding, confidence inferred when the
// deciding findings are, evidence capped so a large scope stays readable.
CheckResult resultFrom(const QString &id, const QList<Finding> &findings);
void appendCapped(QStringList *evidence, const QStringList &lines, int cap = 25);

// Findings for Blueprint ids that are in scope but not in the tenant.
QList<Finding> unknownBlueprintFindings(const ScopeSnapshot &snapshot);

// "Read the library items of 4 sampled devices (up to 3 per Blueprint and platform) in 3
// Blueprints" — the sampling, said in evidence.
QString samplingEvidence(const ScopeSnapshot &snapshot);

// The first failure of the snapshot's Blueprint (and device) reads, for the Error text.
const FetchFailure *firstFailure(const ScopeSnapshot &snapshot, bool devices = true);

} // namespace odt::iru::text

namespace odt::iru::text {

// "Missing: “Macs” (Mac). Ready: “ODT Pilot” (Mac). Not checked: “Mobile”." — the findings
// grouped by status, worst first, for a result's detail.
QString statusSummary(const QList<Finding> &findings);
// "2 Macs, 1 iPhone" or "no devices".
QString deviceSummary(const PlatformCounts &counts);
// Blueprint names of the findings with this status, in order, without repeats.
QStringList subjectsWith(const QList<Finding> &findings, CheckStatus status);

} // namespace odt::iru::text
