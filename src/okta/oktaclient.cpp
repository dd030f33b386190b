#include "okta/oktaclient.h"

#include "net/linkheader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace odt::okta {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::okta::OktaClient)
};

const QString usersReadScope = QStringLiteral("okta.users.read");
const QString rolesReadScope = QStringLiteral("okta.roles.read");
const QString authenticatorsReadScope = QStringLiteral("okta.authenticators.read");
const QString policiesReadScope = QStringLiteral("okta.policies.read");
const QString deviceIntegrationsReadScope = QStringLiteral("okta.deviceIntegrations.read");
const QString oauthIntegrationsReadScope = QStringLiteral("okta.oauthIntegrations.read");
const QString oauthIntegrationsManageScope = QStringLiteral("okta.oauthIntegrations.manage");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// What evidence names: the method and the path with its query, never the host or a credential.
QString operationOf(const QByteArray &method, const QUrl &url)
{
    QString path = url.path();
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query(QUrl::PrettyDecoded);
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

// A 403 names the scope the token lacked in `WWW-Authenticate: Bearer … scope="okta.x.read",
// error="insufficient_scope"`; that beats the scope the client assumed.
QString deniedScope(const net::JsonResponse &response, const QString &documented)
{
    static const QRegularExpression scope(QStringLiteral("scope=\"([^\"]+)\""));
    const auto match = scope.match(QString::fromUtf8(response.header("WWW-Authenticate")));
    return match.hasMatch() ? match.captured(1) : documented;
}

template<typename T>
OktaResult<T> resultOf(const net::JsonResponse &response, const QString &operation,
                       const QString &scope)
{
    OktaResult<T> result;
    result.error = response.error;
    result.operation = operation;
    result.scope = response.httpStatus == 403 ? deniedScope(response, scope) : scope;
    return result;
}

template<typename T> void malformed(OktaResult<T> &result, const QString &host, const QString &why)
{
    result.error.kind = net::NetError::Kind::InvalidJson;
    result.error.technical = why;
    result.error.message
        = Text::tr("%1 answered %2 with data this version does not understand (%3).")
              .arg(host, result.operation, why);
}

template<typename T> OktaResult<QList<T>> mapArray(const OktaResult<QJsonArray> &array)
{
    OktaResult<QList<T>> result;
    result.error = array.error;
    result.operation = array.operation;
    result.scope = array.scope;
    for (const QJsonValue &value : array.value)
        result.value.append(T::fromJson(value.toObject()));
    return result;
}

template<typename T> OktaResult<T> mapObject(const OktaResult<QJsonObject> &object)
{
    OktaResult<T> result;
    result.error = object.error;
    result.operation = object.operation;
    result.scope = object.scope;
    if (object.ok())
        result.value = T::fromJson(object.value);
    return result;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(443) == b.port(443);
}

} // namespace

QByteArray OktaCredential::authorization() const
{
    switch (m_kind) {
    case Kind::ApiToken:
        return "SSWS " + m_token;
    case Kind::AccessToken:
        return "Bearer " + m_token;
    case Kind::None:
        break;
    }
    return {};
}

void OktaRequest::cancel()
{
    if (!m_chain)
        return;
    m_chain->cancelled = true;
    m_chain->current.cancel();
}

bool OktaRequest::isRunning() const
{
    return m_chain && !m_chain->cancelled && !m_chain->done;
}

OktaUser OktaUser::fromJson(const QJsonObject &object)
{
    return { str(object, "id"), str(object, "status"),
             object.value(u"profile").toObject().value(u"login").toString() };
}

OktaRole OktaRole::fromJson(const QJsonObject &object)
{
    return { str(object, "id"), str(object, "label"), str(object, "type"), str(object, "status"),
             str(object, "assignmentType") };
}

Authenticator Authenticator::fromJson(const QJsonObject &object)
{
    return { str(object, "id"),   str(object, "key"),    str(object, "name"),
             str(object, "type"), str(object, "status"), object.value(u"settings").toObject() };
}

AuthenticatorMethod AuthenticatorMethod::fromJson(const QJsonObject &object)
{
    return { str(object, "type"), str(object, "status"), object.value(u"settings").toObject() };
}

Policy Policy::fromJson(const QJsonObject &object)
{
    Policy policy;
    policy.id = str(object, "id");
    policy.type = str(object, "type");
    policy.name = str(object, "name");
    policy.status = str(object, "status");
    policy.priority = object.value(u"priority").toInt();
    policy.system = object.value(u"system").toBool();
    policy.conditions = object.value(u"conditions").toObject();
    policy.settings = object.value(u"settings").toObject();
    return policy;
}

PolicyRule PolicyRule::fromJson(const QJsonObject &object)
{
    PolicyRule rule;
    rule.id = str(object, "id");
    rule.name = str(object, "name");
    rule.type = str(object, "type");
    rule.status = str(object, "status");
    rule.priority = object.value(u"priority").toInt();
    rule.system = object.value(u"system").toBool();
    rule.conditions = object.value(u"conditions").toObject();
    rule.actions = object.value(u"actions").toObject();
    return rule;
}

DeviceIntegration DeviceIntegration::fromJson(const QJsonObject &object)
{
    return { str(object, "id"), str(object, "name"), str(object, "displayName"),
             str(object, "platform"), str(object, "status") };
}

ApiServiceInstance ApiServiceInstance::fromJson(const QJsonObject &object)
{
    ApiServiceInstance instance;
    instance.id = str(object, "id");
    instance.type = str(object, "type");
    instance.name = str(object, "name");
    instance.createdAt = str(object, "createdAt");
    instance.createdBy = str(object, "createdBy");
    instance.grantedScopes = stringList(object.value(u"grantedScopes"));
    instance.clientSecret = str(object, "clientSecret").toUtf8();
    return instance;
}

OktaClient::OktaClient(net::HttpClient *http, const OrgUrl &org, const OktaCredential &credential,
                       QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_org(org)
    , m_credential(credential)
{ }

QUrl OktaClient::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_org.url();
    url.setPath(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    return url;
}

net::HttpRequest OktaClient::authorized(const QByteArray &method, const QUrl &url) const
{
    net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.append({ "Authorization", m_credential.authorization() });
    return request;
}

void OktaClient::sendOn(const std::shared_ptr<OktaRequest::Chain> &chain,
                        const net::HttpRequest &request, QObject *context,
                        ResponseCallback callback)
{
    chain->current
        = m_http->send(request, context,
                       [chain, callback = std::move(callback)](const net::JsonResponse &response) {
                           if (!chain->cancelled)
                               callback(response);
                       });
}

OktaRequest OktaClient::getArray(const QUrl &url, const QString &scope, QObject *context,
                                 ArrayCallback callback)
{
    auto chain = std::make_shared<OktaRequest::Chain>();
    fetchPage(chain, url, operationOf("GET", url), scope, context, std::make_shared<QJsonArray>(),
              1, [chain, callback = std::move(callback)](const OktaResult<QJsonArray> &result) {
                  chain->done = true;
                  callback(result);
              });
    return OktaRequest(chain);
}

void OktaClient::fetchPage(const std::shared_ptr<OktaRequest::Chain> &chain, const QUrl &url,
                           const QString &operation, const QString &scope, QObject *context,
                           const std::shared_ptr<QJsonArray> &items, int page,
                           ArrayCallback callback)
{
    sendOn(
        chain, authorized("GET", url), context,
        [self = QPointer<OktaClient>(this), host = m_org.host(), origin = m_org.url(), chain, url,
         operation, scope, context, items, page, callback](const net::JsonResponse &response) {
            auto result = resultOf<QJsonArray>(response, operation, scope);
            if (!result.ok())
                return callback(result);
            if (!response.json.isArray()) {
                malformed(result, host, QStringLiteral("expected a JSON array"));
                return callback(result);
            }
            const QJsonArray pageItems = response.json.array();
            for (const QJsonValue &value : pageItems)
                items->append(value);
            const QUrl next = net::linkRelation(response.headerValues("Link"), "next", url);
            if (next.isEmpty() || next == url) {
                result.value = *items;
                return callback(result);
            }
            // The credential goes only to the org it was given for, whatever a link says.
            if (!sameOrigin(next, origin)) {
                malformed(result, host,
                          QStringLiteral("the next-page link leaves the org: %1").arg(next.host()));
                return callback(result);
            }
            if (!self) {
                // The client went away between pages: an answer, not silence, for the caller.
                result.error.kind = net::NetError::Kind::Cancelled;
                result.error.message = Text::tr("The request was cancelled.");
                return callback(result);
            }
            if (page >= maxPages) {
                malformed(result, host, QStringLiteral("more than %1 pages").arg(maxPages));
                return callback(result);
            }
            self->fetchPage(chain, next, operation, scope, context, items, page + 1, callback);
        });
}

OktaRequest OktaClient::getObject(const QUrl &url, const QString &scope, QObject *context,
                                  std::function<void(const OktaResult<QJsonObject> &)> callback)
{
    auto chain = std::make_shared<OktaRequest::Chain>();
    const QString operation = operationOf("GET", url);
    sendOn(chain, authorized("GET", url), context,
           [host = m_org.host(), chain, operation, scope,
            callback = std::move(callback)](const net::JsonResponse &response) {
               chain->done = true;
               auto result = resultOf<QJsonObject>(response, operation, scope);
               if (result.ok() && !response.json.isObject())
                   malformed(result, host, QStringLiteral("expected a JSON object"));
               else if (result.ok())
                   result.value = response.json.object();
               callback(result);
           });
    return OktaRequest(chain);
}

OktaRequest OktaClient::usersMe(QObject *context, Callback<OktaUser> callback)
{
    return getObject(apiUrl(QStringLiteral("/api/v1/users/me")), usersReadScope, context,
                     [callback = std::move(callback)](const OktaResult<QJsonObject> &r) {
                         callback(mapObject<OktaUser>(r));
                     });
}

OktaRequest OktaClient::userRoles(const QString &userId, QObject *context,
                                  Callback<QList<OktaRole>> callback)
{
    return getArray(apiUrl(QStringLiteral("/api/v1/users/%1/roles")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(userId)))),
                    rolesReadScope, context,
                    [callback = std::move(callback)](const OktaResult<QJsonArray> &r) {
                        callback(mapArray<OktaRole>(r));
                    });
}

OktaRequest OktaClient::authenticators(QObject *context, Callback<QList<Authenticator>> callback)
{
    return getArray(apiUrl(QStringLiteral("/api/v1/authenticators")), authenticatorsReadScope,
                    context, [callback = std::move(callback)](const OktaResult<QJsonArray> &r) {
                        callback(mapArray<Authenticator>(r));
                    });
}

OktaRequest OktaClient::authenticatorMethod(const QString &authenticatorId,
                                            const QString &methodType, QObject *context,
                                            Callback<AuthenticatorMethod> callback)
{
    const QString path = QStringLiteral("/api/v1/authenticators/%1/methods/%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(authenticatorId)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(methodType)));
    return getObject(apiUrl(path), authenticatorsReadScope, context,
                     [callback = std::move(callback)](const OktaResult<QJsonObject> &r) {
                         callback(mapObject<AuthenticatorMethod>(r));
                     });
}

OktaRequest OktaClient::policies(const QString &type, QObject *context,
                                 Callback<QList<Policy>> callback)
{
    return getArray(
        apiUrl(QStringLiteral("/api/v1/policies"), { { QStringLiteral("type"), type } }),
        policiesReadScope, context,
        [callback = std::move(callback)](const OktaResult<QJsonArray> &r) {
            callback(mapArray<Policy>(r));
        });
}

OktaRequest OktaClient::policyRules(const QString &policyId, QObject *context,
                                    Callback<QList<PolicyRule>> callback)
{
    return getArray(apiUrl(QStringLiteral("/api/v1/policies/%1/rules")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(policyId)))),
                    policiesReadScope, context,
                    [callback = std::move(callback)](const OktaResult<QJsonArray> &r) {
                        callback(mapArray<PolicyRule>(r));
                    });
}

OktaRequest OktaClient::deviceIntegrations(QObject *context,
                                           Callback<QList<DeviceIntegration>> callback)
{
    return getArray(apiUrl(QStringLiteral("/api/v1/device-integrations")),
                    deviceIntegrationsReadScope, context,
                    [callback = std::move(callback)](const OktaResult<QJsonArray> &r) {
                        callback(mapArray<DeviceIntegration>(r));
                    });
}

OktaRequest OktaClient::apiServices(QObject *context, Callback<QList<ApiServiceInstance>> callback)
{
    return getArray(apiUrl(QStringLiteral("/integrations/api/v1/api-services")),
                    oauthIntegrationsReadScope, context,
                    [callback = std::move(callback)](const OktaResult<QJsonArray> &r) {
                        callback(mapArray<ApiServiceInstance>(r));
                    });
}

OktaRequest OktaClient::createApiService(const QString &type, const QStringList &grantedScopes,
                                         QObject *context, Callback<ApiServiceInstance> callback)
{
    auto chain = std::make_shared<OktaRequest::Chain>();
    const QUrl url = apiUrl(QStringLiteral("/integrations/api/v1/api-services"));
    net::HttpRequest request = authorized("POST", url);
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject {
                                     { QStringLiteral("type"), type },
                                     { QStringLiteral("grantedScopes"),
                                       QJsonArray::fromStringList(grantedScopes) },
                                 })
                       .toJson(QJsonDocument::Compact);
    const QString operation = operationOf("POST", url);
    sendOn(chain, request, context,
           [host = m_org.host(), chain, operation,
            callback = std::move(callback)](const net::JsonResponse &r) {
               chain->done = true;
               auto result
                   = resultOf<ApiServiceInstance>(r, operation, oauthIntegrationsManageScope);
               if (result.ok()) {
                   result.value = ApiServiceInstance::fromJson(r.json.object());
                   if (result.value.id.isEmpty() || result.value.clientSecret.isEmpty())
                       malformed(result, host, QStringLiteral("no \"id\" or \"clientSecret\""));
               }
               callback(result);
           });
    return OktaRequest(chain);
}

OktaRequest OktaClient::deleteApiService(const QString &id, QObject *context,
                                         Callback<bool> callback)
{
    auto chain = std::make_shared<OktaRequest::Chain>();
    const QUrl url = apiUrl(QStringLiteral("/integrations/api/v1/api-services/%1")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))));
    const QString operation = operationOf("DELETE", url);
    sendOn(chain, authorized("DELETE", url), context,
           [chain, operation, callback = std::move(callback)](const net::JsonResponse &r) {
               chain->done = true;
               auto result = resultOf<bool>(r, operation, oauthIntegrationsManageScope);
               result.value = result.ok();
               callback(result);
           });
    return OktaRequest(chain);
}

OktaRequest OktaClient::clientCredentialsToken(const QString &clientId,
                                               const QByteArray &clientSecret,
                                               const QStringList &scopes, QObject *context,
                                               Callback<AccessTokenGrant> callback)
{
    auto chain = std::make_shared<OktaRequest::Chain>();
    net::HttpRequest request;
    request.method = "POST";
    request.url = apiUrl(QStringLiteral("/oauth2/v1/token"));
    // RFC 6749 §2.3.1: each half is form-urlencoded before Base64.
    const QByteArray pair = QUrl::toPercentEncoding(clientId) + ':'
        + QUrl::toPercentEncoding(QString::fromUtf8(clientSecret));
    const QByteArray basic = pair.toBase64();
    request.headers.append({ "Authorization", "Basic " + basic });
    request.contentType = "application/x-www-form-urlencoded";
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    const QString operation = operationOf("POST", request.url);
    sendOn(chain, request, context,
           [host = m_org.host(), chain, operation,
            callback = std::move(callback)](const net::JsonResponse &r) {
               chain->done = true;
               auto result = resultOf<AccessTokenGrant>(r, operation, QString());
               if (result.ok()) {
                   const QJsonObject object = r.json.object();
                   result.value.accessToken = str(object, "access_token").toUtf8();
                   result.value.tokenType = str(object, "token_type");
                   result.value.expiresIn = object.value(u"expires_in").toInt();
                   result.value.scopes
                       = str(object, "scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
                   if (result.value.accessToken.isEmpty())
                       malformed(result, host, QStringLiteral("no \"access_token\""));
               }
               callback(result);
           });
    return OktaRequest(chain);
}

} // namespace odt::okta
