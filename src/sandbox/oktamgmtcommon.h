#pragma once

#include "sandbox/oktacontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

// Shared plumbing of the Okta management endpoints (/api/v1/*, /integrations/api/v1/*).
namespace odt::sandbox::mgmt {

using Handler = std::function<SandboxResponse(const SandboxRequest &, const QStringList &args,
                                              const OktaPrincipal &)>;

// Adds a route that first authenticates (E0000011) and checks the operation's documented scope
// (E0000006), as every management operation in the spec declares both.
void addRoute(OktaContext &context, const QByteArray &method, const QString &pathTemplate,
              const QString &scope, Handler handler);

// A HAL link object; `allow` fills "hints.allow" the way Okta's responses do.
QJsonObject link(const QString &href, const QStringList &allow = {});

// One query parameter, percent-decoded with '+' read as a space (Okta runs on a servlet stack,
// which decodes query strings that way); null when absent.
QString queryValue(const SandboxRequest &request, const QString &name);
bool hasQueryValue(const SandboxRequest &request, const QString &name);

// The request's own URL on the org origin (the "self" Link header).
QString selfUrl(const OktaContext &context, const SandboxRequest &request);
// The request's URL with `after` replaced by `cursor`, other parameters kept (rel="next").
QString nextUrl(const OktaContext &context, const SandboxRequest &request, const QString &cursor);
// Okta sends one Link header per relation, not a comma-joined list.
void addLinkHeader(SandboxResponse &response, const QString &url, const char *rel);

// E0000007 with Okta's "Resource not found: ID (Type)" wording.
SandboxResponse notFound(const QString &id, const QString &type);

// Timestamps the way Okta writes them: UTC with milliseconds.
QString isoNow();

// A user as Okta's Users API returns it: sandbox-only keys removed, the timestamps and
// credentials every real user carries filled in, `_links.self`.
QJsonObject publicUser(const OktaContext &context, QJsonObject user);
// The `userSummary` shape of Okta's device examples: id, name and login fields, self link.
QJsonObject userSummary(const OktaContext &context, const QJsonObject &user);

// Random Okta-style identifiers (prefix + base62) and secrets.
QString randomId(const QString &prefix, int length = 20);

} // namespace odt::sandbox::mgmt

namespace odt::sandbox {
void addOktaDeviceRoutes(OktaContext &context); // /api/v1/devices*
} // namespace odt::sandbox
