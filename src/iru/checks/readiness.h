#pragma once

#include "core/checkresult.h"
#include "iru/checks/scopesnapshot.h"

#include <QString>

// The Iru Endpoint readiness decisions: pure functions over a ScopeSnapshot, one per check. The
// Check classes (iruchecks.h) only gather the snapshot and call these.
namespace odt::iru {

namespace checkid {
inline const QString appsAndBooks = QStringLiteral("iru.oktaVerify.appsAndBooks");
inline const QString macAutoApp = QStringLiteral("iru.oktaVerify.macAutoApp");
inline const QString iosAppStoreApp = QStringLiteral("iru.oktaVerify.iosAppStoreApp");
inline const QString platformConditions = QStringLiteral("iru.blueprints.platformConditions");
inline const QString manualOdt = QStringLiteral("iru.manualOdt");
} // namespace checkid

// Okta Verify reaches Iru Endpoint's Library from Apps and Books (ABM/ASM). No API lists Apps and
// Books, so only a device reporting Okta Verify as a vpp-app proves it; without one the result
// is Warn (inferred) with a confirmation the admin may give.
CheckResult evaluateAppsAndBooks(const ScopeSnapshot &snapshot);

// Per Blueprint with Macs: the sampled Macs report the Okta Verify Auto App (automatic-app). The
// downloadable package (custom-app) does not count and gets a warning of its own.
CheckResult evaluateMacAutoApp(const ScopeSnapshot &snapshot);

// Per Blueprint with iPhones/iPads: the sampled devices report the Okta Verify App Store app.
CheckResult evaluateIosAppStoreApp(const ScopeSnapshot &snapshot);

// A classic Blueprint mixing Macs and mobile devices cannot give each its own Okta Verify item
// (Warn); an Assignment Map passes per platform when its devices report the right item.
CheckResult evaluatePlatformConditions(const ScopeSnapshot &snapshot);

// Custom profiles on Blueprints in scope that already deploy ODT payloads by hand (Okta SCEP,
// Okta Verify settings, its SSO extension, its login item): Warn, to retire after the push.
CheckResult evaluateManualOdt(const ScopeSnapshot &snapshot);

} // namespace odt::iru
