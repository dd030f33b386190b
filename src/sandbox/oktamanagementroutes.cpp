// Okta management endpoints the setup assistant reads or changes: users and their admin roles,
// authenticators and methods, policies and rules, device integrations, API service integrations.
// Devices live in oktamgmtdevices.cpp. Shapes follow the Okta Management OpenAPI spec; the
// conformance test validates every response here against it.
#include "sandbox/oktaerrors.h"
#include "sandbox/oktamgmtcommon.h"

namespace odt::sandbox {

namespace {

using namespace mgmt;

QJsonObject findById(const QJsonArray &array, const QString &id,
                     const QString &key = QStringLiteral("id"))
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(key).toString() == id)
            return value.toObject();
    }
    return {};
}

// The `activate` or `deactivate` link a lifecycle-managed object offers in its current state.
void addLifecycleLink(QJsonObject &links, const QString &base, const QString &status)
{
    const bool active = status == QLatin1String("ACTIVE");
    const QString action = active ? QStringLiteral("deactivate") : QStringLiteral("activate");
    links.insert(action,
                 link(base + QStringLiteral("/lifecycle/") + action, { QStringLiteral("POST") }));
}

// --- Users and roles ---------------------------------------------------------------------------

void addUserRoutes(OktaContext &context)
{
    addRoute(
        context, "GET", QStringLiteral("/api/v1/users/{id}"), QStringLiteral("okta.users.read"),
        [&context](const SandboxRequest &, const QStringList &args,
                   const OktaPrincipal &principal) {
            // `me` is the admin behind an API token or the user of an access token; a
            // client_credentials token has no user, so `me` names nothing.
            const QString id = args.at(0) == QLatin1String("me") ? principal.userId : args.at(0);
            const QJsonObject user = id.isEmpty() ? QJsonObject() : context.auth.user(id);
            if (user.isEmpty())
                return notFound(args.at(0), QStringLiteral("User"));
            return SandboxResponse::json(200, publicUser(context, user));
        });

    // Not in the spec for `me` (/users/me/roles), so only real ids and logins resolve here.
    addRoute(context, "GET", QStringLiteral("/api/v1/users/{userId}/roles"),
             QStringLiteral("okta.roles.read"),
             [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
                 const QJsonObject user = context.auth.user(args.at(0));
                 if (user.isEmpty())
                     return notFound(args.at(0), QStringLiteral("User"));
                 const QString userId = user.value(u"id").toString();
                 QJsonArray roles;
                 const QJsonArray stored = user.value(u"roles").toArray();
                 for (const QJsonValue &value : stored) {
                     QJsonObject role = value.toObject();
                     // A group-assigned role points at its group when the scenario names one
                     // (sandbox-only `groupId`), as Okta's GROUP example does.
                     const QString groupId = role.take(QStringLiteral("groupId")).toString();
                     const QString assignee = groupId.isEmpty()
                         ? QStringLiteral("/api/v1/users/") + userId
                         : QStringLiteral("/api/v1/groups/") + groupId;
                     for (const char *key : { "created", "lastUpdated" }) {
                         if (!role.contains(QLatin1String(key)))
                             role.insert(QLatin1String(key),
                                         user.value(u"created")
                                             .toString(QStringLiteral("2024-03-01T10:00:00.000Z")));
                     }
                     role.insert(QStringLiteral("_links"),
                                 QJsonObject { { QStringLiteral("assignee"),
                                                 link(context.originString() + assignee) } });
                     roles.append(role);
                 }
                 return SandboxResponse::json(200, roles);
             });
}

// --- Authenticators ----------------------------------------------------------------------------

QString authenticatorBase(const OktaContext &context, const QString &id)
{
    return context.originString() + QStringLiteral("/api/v1/authenticators/") + id;
}

QJsonObject renderAuthenticator(const OktaContext &context, QJsonObject authenticator)
{
    authenticator.remove(QStringLiteral("methods"));
    const QString base = authenticatorBase(context, authenticator.value(u"id").toString());
    QJsonObject links {
        { QStringLiteral("self"), link(base, { QStringLiteral("GET"), QStringLiteral("PUT") }) },
        { QStringLiteral("methods"),
          link(base + QStringLiteral("/methods"), { QStringLiteral("GET") }) },
    };
    addLifecycleLink(links, base, authenticator.value(u"status").toString());
    authenticator.insert(QStringLiteral("_links"), links);
    return authenticator;
}

QJsonObject renderMethod(const OktaContext &context, const QString &authenticatorId,
                         QJsonObject method)
{
    const QString base = authenticatorBase(context, authenticatorId) + QStringLiteral("/methods/")
        + method.value(u"type").toString();
    QJsonObject links { { QStringLiteral("self"),
                          link(base, { QStringLiteral("GET"), QStringLiteral("PUT") }) } };
    addLifecycleLink(links, base, method.value(u"status").toString());
    method.insert(QStringLiteral("_links"), links);
    return method;
}

void addAuthenticatorRoutes(OktaContext &context)
{
    const QString scope = QStringLiteral("okta.authenticators.read");
    const auto authenticators = [&context] {
        return context.state.okta().value(u"authenticators").toArray();
    };
    addRoute(context, "GET", QStringLiteral("/api/v1/authenticators"), scope,
             [&context, authenticators](const SandboxRequest &, const QStringList &,
                                        const OktaPrincipal &) {
                 QJsonArray result;
                 const QJsonArray all = authenticators();
                 for (const QJsonValue &value : all)
                     result.append(renderAuthenticator(context, value.toObject()));
                 return SandboxResponse::json(200, result);
             });
    addRoute(context, "GET", QStringLiteral("/api/v1/authenticators/{authenticatorId}"), scope,
             [&context, authenticators](const SandboxRequest &, const QStringList &args,
                                        const OktaPrincipal &) {
                 const QJsonObject authenticator = findById(authenticators(), args.at(0));
                 if (authenticator.isEmpty())
                     return notFound(args.at(0), QStringLiteral("Authenticator"));
                 return SandboxResponse::json(200, renderAuthenticator(context, authenticator));
             });
    addRoute(context, "GET", QStringLiteral("/api/v1/authenticators/{authenticatorId}/methods"),
             scope,
             [&context, authenticators](const SandboxRequest &, const QStringList &args,
                                        const OktaPrincipal &) {
                 const QJsonObject authenticator = findById(authenticators(), args.at(0));
                 if (authenticator.isEmpty())
                     return notFound(args.at(0), QStringLiteral("Authenticator"));
                 QJsonArray result;
                 const QJsonArray methods = authenticator.value(u"methods").toArray();
                 for (const QJsonValue &value : methods)
                     result.append(renderMethod(context, args.at(0), value.toObject()));
                 return SandboxResponse::json(200, result);
             });
    addRoute(context, "GET",
             QStringLiteral("/api/v1/authenticators/{authenticatorId}/methods/{methodType}"), scope,
             [&context, authenticators](const SandboxRequest &, const QStringList &args,
                                        const OktaPrincipal &) {
                 const QJsonObject authenticator = findById(authenticators(), args.at(0));
                 if (authenticator.isEmpty())
                     return notFound(args.at(0), QStringLiteral("Authenticator"));
                 const QJsonObject method = findById(authenticator.value(u"methods").toArray(),
                                                     args.at(1), QStringLiteral("type"));
                 if (method.isEmpty())
                     return notFound(args.at(1), QStringLiteral("AuthenticatorMethod"));
                 return SandboxResponse::json(200, renderMethod(context, args.at(0), method));
             });
}

// --- Policies ----------------------------------------------------------------------------------

QJsonObject renderPolicy(const OktaContext &context, QJsonObject policy)
{
    policy.remove(QStringLiteral("rules"));
    const QString base = context.originString() + QStringLiteral("/api/v1/policies/")
        + policy.value(u"id").toString();
    QJsonObject links {
        { QStringLiteral("self"),
          link(base, { QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("DELETE") }) },
        { QStringLiteral("rules"),
          link(base + QStringLiteral("/rules"),
               { QStringLiteral("GET"), QStringLiteral("POST") }) },
    };
    addLifecycleLink(links, base, policy.value(u"status").toString());
    policy.insert(QStringLiteral("_links"), links);
    return policy;
}

void addPolicyRoutes(OktaContext &context)
{
    const QString scope = QStringLiteral("okta.policies.read");
    const auto policies = [&context] {
        return context.state.okta().value(u"policies").toArray();
    };
    addRoute(context, "GET", QStringLiteral("/api/v1/policies"), scope,
             [&context, policies](const SandboxRequest &request, const QStringList &,
                                  const OktaPrincipal &) {
                 // PolicyType in the spec; `type` is a required parameter of listPolicies.
                 static const QStringList types {
                     QStringLiteral("ACCESS_POLICY"),
                     QStringLiteral("ENTITY_RISK"),
                     QStringLiteral("IDP_DISCOVERY"),
                     QStringLiteral("MFA_ENROLL"),
                     QStringLiteral("OKTA_SIGN_ON"),
                     QStringLiteral("PASSWORD"),
                     QStringLiteral("POST_AUTH_SESSION"),
                     QStringLiteral("PROFILE_ENROLLMENT"),
                     QStringLiteral("DEVICE_SIGNAL_COLLECTION"),
                     QStringLiteral("SESSION_VIOLATION_DETECTION"),
                     QStringLiteral("CLIENT_UPDATE"),
                     QStringLiteral("IDENTITY_CLAIM_SOURCING"),
                 };
                 const QString type = queryValue(request, QStringLiteral("type"));
                 if (type.isEmpty())
                     return oktaerrors::apiError(QStringLiteral("E0000001"), QStringLiteral("type"),
                                                 { QStringLiteral("type: The field cannot be left "
                                                                  "blank") });
                 if (!types.contains(type))
                     return oktaerrors::apiError(
                         QStringLiteral("E0000001"), QStringLiteral("type"),
                         { QStringLiteral("type: '%1' is not a valid policy type").arg(type) });
                 const QString status = queryValue(request, QStringLiteral("status"));
                 QJsonArray result;
                 const QJsonArray all = policies();
                 for (const QJsonValue &value : all) {
                     const QJsonObject policy = value.toObject();
                     if (policy.value(u"type").toString() == type
                         && (status.isEmpty() || policy.value(u"status").toString() == status))
                         result.append(renderPolicy(context, policy));
                 }
                 return SandboxResponse::json(200, result);
             });
    addRoute(context, "GET", QStringLiteral("/api/v1/policies/{policyId}"), scope,
             [&context, policies](const SandboxRequest &, const QStringList &args,
                                  const OktaPrincipal &) {
                 const QJsonObject policy = findById(policies(), args.at(0));
                 if (policy.isEmpty())
                     return notFound(args.at(0), QStringLiteral("Policy"));
                 return SandboxResponse::json(200, renderPolicy(context, policy));
             });
    addRoute(context, "GET", QStringLiteral("/api/v1/policies/{policyId}/rules"), scope,
             [&context, policies](const SandboxRequest &, const QStringList &args,
                                  const OktaPrincipal &) {
                 const QJsonObject policy = findById(policies(), args.at(0));
                 if (policy.isEmpty())
                     return notFound(args.at(0), QStringLiteral("Policy"));
                 QJsonArray result;
                 const QJsonArray rules = policy.value(u"rules").toArray();
                 for (const QJsonValue &value : rules) {
                     QJsonObject rule = value.toObject();
                     const QString base = context.originString()
                         + QStringLiteral("/api/v1/policies/") + args.at(0)
                         + QStringLiteral("/rules/") + rule.value(u"id").toString();
                     QJsonObject links { { QStringLiteral("self"),
                                           link(base,
                                                { QStringLiteral("GET"), QStringLiteral("PUT"),
                                                  QStringLiteral("DELETE") }) } };
                     addLifecycleLink(links, base, rule.value(u"status").toString());
                     rule.insert(QStringLiteral("_links"), links);
                     result.append(rule);
                 }
                 return SandboxResponse::json(200, result);
             });
}

// --- Device integrations -----------------------------------------------------------------------

QJsonObject renderDeviceIntegration(const OktaContext &context, QJsonObject integration)
{
    const QString base = context.originString() + QStringLiteral("/api/v1/device-integrations/")
        + integration.value(u"id").toString();
    QJsonObject links { { QStringLiteral("self"), link(base, { QStringLiteral("GET") }) } };
    addLifecycleLink(links, base, integration.value(u"status").toString());
    integration.insert(QStringLiteral("_links"), links);
    return integration;
}

// The Iru Endpoint guide says Okta Adaptive MFA is required to add device integrations, but
// which call fails without it, and how, is not documented. The sandbox's chosen probe: the
// Device Integrations API itself answers Okta's "feature not enabled" error (E0000015, HTTP 401).
std::optional<SandboxResponse> requireAdaptiveMfa(const OktaContext &context)
{
    const QJsonValue enabled
        = context.state.okta().value(u"features").toObject().value(u"adaptiveMfa");
    if (enabled.isBool() && !enabled.toBool())
        return oktaerrors::apiError(QStringLiteral("E0000015"));
    return std::nullopt;
}

void addDeviceIntegrationRoutes(OktaContext &context)
{
    const QString scope = QStringLiteral("okta.deviceIntegrations.read");
    addRoute(context, "GET", QStringLiteral("/api/v1/device-integrations"), scope,
             [&context](const SandboxRequest &, const QStringList &, const OktaPrincipal &) {
                 if (auto refused = requireAdaptiveMfa(context))
                     return *refused;
                 QJsonArray result;
                 const QJsonArray all = context.state.okta().value(u"deviceIntegrations").toArray();
                 for (const QJsonValue &value : all)
                     result.append(renderDeviceIntegration(context, value.toObject()));
                 return SandboxResponse::json(200, result);
             });
    addRoute(
        context, "GET", QStringLiteral("/api/v1/device-integrations/{deviceIntegrationId}"), scope,
        [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
            if (auto refused = requireAdaptiveMfa(context))
                return *refused;
            const QJsonObject integration
                = findById(context.state.okta().value(u"deviceIntegrations").toArray(), args.at(0));
            if (integration.isEmpty())
                return notFound(args.at(0), QStringLiteral("DeviceIntegration"));
            return SandboxResponse::json(200, renderDeviceIntegration(context, integration));
        });
}

// --- API service integrations ------------------------------------------------------------------

// Okta documents only the `after` cursor for this list, not its page size; 20 is the sandbox's
// choice (small enough that clients meet the Link header with a handful of instances).
constexpr int apiServicesPageSize = 20;

const QString apiServicesKey = QStringLiteral("apiServices");

// What the API shows of a stored instance: without the sandbox-only `clientSecret`, with links.
QJsonObject renderApiService(const OktaContext &context, QJsonObject instance)
{
    instance.remove(QStringLiteral("clientSecret"));
    const QString id = instance.value(u"id").toString();
    instance.insert(QStringLiteral("_links"),
                    QJsonObject {
                        { QStringLiteral("self"),
                          link(context.originString()
                                   + QStringLiteral("/integrations/api/v1/api-services/") + id,
                               { QStringLiteral("GET"), QStringLiteral("DELETE") }) },
                        // The instance id doubles as the OAuth client_id, as in Okta's example.
                        { QStringLiteral("client"),
                          link(context.originString() + QStringLiteral("/oauth2/v1/clients/") + id,
                               { QStringLiteral("GET") }) },
                    });
    return instance;
}

SandboxResponse createApiService(OktaContext &context, const SandboxRequest &request,
                                 const OktaPrincipal &principal)
{
    bool ok = false;
    const QJsonDocument document = request.json(&ok);
    if (!ok || !document.isObject())
        return oktaerrors::apiError(QStringLiteral("E0000003"));
    const QJsonObject body = document.object();
    const QString type = body.value(u"type").toString();
    if (type.isEmpty())
        return oktaerrors::apiError(QStringLiteral("E0000001"), QStringLiteral("type"),
                                    { QStringLiteral("type: The field cannot be left blank") });
    const QJsonObject catalogEntry = findById(
        context.state.okta().value(u"apiServiceTypes").toArray(), type, QStringLiteral("type"));
    if (catalogEntry.isEmpty())
        return oktaerrors::apiError(
            QStringLiteral("E0000001"), QStringLiteral("type"),
            { QStringLiteral("type: No API service integration of type '%1' is available in the "
                             "Okta Integration Network catalog")
                  .arg(type) });
    const QJsonValue scopesValue = body.value(u"grantedScopes");
    const QJsonArray scopes = scopesValue.toArray();
    bool scopesValid = scopesValue.isArray() && !scopes.isEmpty();
    for (const QJsonValue &scope : scopes)
        scopesValid = scopesValid && scope.isString() && !scope.toString().isEmpty();
    if (!scopesValid)
        return oktaerrors::apiError(
            QStringLiteral("E0000001"), QStringLiteral("grantedScopes"),
            { QStringLiteral("grantedScopes: Provide at least one Okta management scope") });

    QJsonObject instance {
        { QStringLiteral("id"), randomId(QStringLiteral("0oa")) },
        { QStringLiteral("type"), type },
        { QStringLiteral("name"), catalogEntry.value(u"name").toString(type) },
        { QStringLiteral("createdAt"), isoNow() },
        { QStringLiteral("createdBy"),
          principal.userId.isEmpty() ? principal.clientId : principal.userId },
        { QStringLiteral("grantedScopes"), scopes },
        // Sandbox-only in state; the /oauth2/v1/token client_credentials grant checks it.
        { QStringLiteral("clientSecret"), randomId(QString(), 40) },
    };
    if (catalogEntry.contains(u"configGuideUrl"))
        instance.insert(QStringLiteral("configGuideUrl"), catalogEntry.value(u"configGuideUrl"));
    if (body.value(u"properties").isObject())
        instance.insert(QStringLiteral("properties"), body.value(u"properties"));

    QJsonArray stored = context.state.okta().value(apiServicesKey).toArray();
    stored.append(instance);
    context.state.okta().insert(apiServicesKey, stored);
    context.state.commit();

    QJsonObject created = renderApiService(context, instance);
    // Only the creation response carries the secret.
    created.insert(QStringLiteral("clientSecret"), instance.value(u"clientSecret"));
    return SandboxResponse::json(201, created);
}

void addApiServiceRoutes(OktaContext &context)
{
    const QString readScope = QStringLiteral("okta.oauthIntegrations.read");
    const QString manageScope = QStringLiteral("okta.oauthIntegrations.manage");
    const QString path = QStringLiteral("/integrations/api/v1/api-services");
    addRoute(context, "GET", path, readScope,
             [&context](const SandboxRequest &request, const QStringList &, const OktaPrincipal &) {
                 // Creation order; the cursor is the last id of the previous page.
                 const QJsonArray all = context.state.okta().value(apiServicesKey).toArray();
                 const QString after = queryValue(request, QStringLiteral("after"));
                 qsizetype start = 0;
                 if (!after.isEmpty()) {
                     start = all.size();
                     for (qsizetype i = 0; i < all.size(); ++i) {
                         if (all.at(i).toObject().value(u"id").toString() == after) {
                             start = i + 1;
                             break;
                         }
                     }
                 }
                 QJsonArray page;
                 for (qsizetype i = start; i < all.size() && page.size() < apiServicesPageSize; ++i)
                     page.append(renderApiService(context, all.at(i).toObject()));
                 SandboxResponse response = SandboxResponse::json(200, page);
                 addLinkHeader(response, selfUrl(context, request), "self");
                 if (start + page.size() < all.size())
                     addLinkHeader(
                         response,
                         nextUrl(context, request, page.last().toObject().value(u"id").toString()),
                         "next");
                 return response;
             });
    addRoute(context, "POST", path, manageScope,
             [&context](const SandboxRequest &request, const QStringList &,
                        const OktaPrincipal &principal) {
                 return createApiService(context, request, principal);
             });
    addRoute(context, "GET", path + QStringLiteral("/{apiServiceId}"), readScope,
             [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
                 const QJsonObject instance
                     = findById(context.state.okta().value(apiServicesKey).toArray(), args.at(0));
                 if (instance.isEmpty())
                     return notFound(args.at(0), QStringLiteral("ApiServiceIntegrationInstance"));
                 return SandboxResponse::json(200, renderApiService(context, instance));
             });
    addRoute(context, "DELETE", path + QStringLiteral("/{apiServiceId}"), manageScope,
             [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
                 QJsonArray all = context.state.okta().value(apiServicesKey).toArray();
                 for (qsizetype i = 0; i < all.size(); ++i) {
                     if (all.at(i).toObject().value(u"id").toString() == args.at(0)) {
                         all.removeAt(i);
                         context.state.okta().insert(apiServicesKey, all);
                         context.state.commit();
                         return SandboxResponse::empty(204);
                     }
                 }
                 return notFound(args.at(0), QStringLiteral("ApiServiceIntegrationInstance"));
             });
}

} // namespace

void addOktaManagementRoutes(OktaContext &context)
{
    addUserRoutes(context);
    addAuthenticatorRoutes(context);
    addPolicyRoutes(context);
    addDeviceIntegrationRoutes(context);
    addApiServiceRoutes(context);
    addOktaDeviceRoutes(context);
}

} // namespace odt::sandbox
