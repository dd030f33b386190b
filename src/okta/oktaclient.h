#pragma once

#include "core/orgurl.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace odt::okta {

// How the client authenticates to the Okta Management API. The token is a secret: it goes into the
// Authorization header and nowhere else (no operator<<, no toString, no evidence).
class OktaCredential
{
public:
    enum class Kind { None, ApiToken, AccessToken };

    OktaCredential() = default;
    static OktaCredential apiToken(const QByteArray &token) { return { Kind::ApiToken, token }; }
    static OktaCredential accessToken(const QByteArray &token)
    {
        return { Kind::AccessToken, token };
    }

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None && !m_token.isEmpty(); }
    // "SSWS …" or "Bearer …".
    QByteArray authorization() const;

private:
    OktaCredential(Kind kind, const QByteArray &token)
        : m_kind(kind)
        , m_token(token)
    { }

    Kind m_kind = Kind::None;
    QByteArray m_token;
};

struct OktaUser
{
    QString id;
    QString status;
    QString login;
    static OktaUser fromJson(const QJsonObject &object);
};

struct OktaRole
{
    QString id;
    QString label;
    QString type; // SUPER_ADMIN, ORG_ADMIN, …
    QString status; // ACTIVE | INACTIVE
    QString assignmentType; // USER | GROUP | CLIENT
    static OktaRole fromJson(const QJsonObject &object);
};

struct Authenticator
{
    QString id;
    QString key; // okta_verify, okta_verify_fastpass, …
    QString name;
    QString type;
    QString status;
    QJsonObject settings;
    static Authenticator fromJson(const QJsonObject &object);
};

struct AuthenticatorMethod
{
    QString type; // push, totp, signed_nonce, …
    QString status;
    QJsonObject settings;
    static AuthenticatorMethod fromJson(const QJsonObject &object);
};

struct Policy
{
    QString id;
    QString type;
    QString name;
    QString status;
    int priority = 0;
    bool system = false;
    QJsonObject conditions;
    QJsonObject settings;
    static Policy fromJson(const QJsonObject &object);
};

struct PolicyRule
{
    QString id;
    QString name;
    QString type;
    QString status;
    int priority = 0;
    bool system = false;
    QJsonObject conditions;
    QJsonObject actions;
    static PolicyRule fromJson(const QJsonObject &object);
};

struct DeviceIntegration
{
    QString id;
    QString name;
    QString displayName;
    QString platform;
    QString status;
    static DeviceIntegration fromJson(const QJsonObject &object);
};

struct ApiServiceInstance
{
    QString id; // also the OAuth client_id
    QString type;
    QString name;
    QString createdAt;
    QString createdBy;
    QStringList grantedScopes;
    QByteArray clientSecret; // only in the answer to the create call
    static ApiServiceInstance fromJson(const QJsonObject &object);
};

struct AccessTokenGrant
{
    QByteArray accessToken; // a secret: never logged or put into evidence
    QString tokenType;
    int expiresIn = 0;
    QStringList scopes;
};

// Cancels an operation, including the later pages of a list: no callback runs afterwards.
class OktaRequest
{
public:
    OktaRequest() = default;
    void cancel();
    bool isRunning() const;

private:
    friend class OktaClient;
    struct Chain
    {
        net::RequestHandle current;
        bool cancelled = false;
        bool done = false;
    };
    explicit OktaRequest(std::shared_ptr<Chain> chain)
        : m_chain(std::move(chain))
    { }
    std::shared_ptr<Chain> m_chain;
};

// One operation's outcome: its value, or the error with what the service said.
template<typename T> struct OktaResult
{
    T value;
    net::NetError error;
    // "GET /api/v1/users/me": what evidence names (the path, never the host or credential).
    QString operation;
    // The Okta scope the operation needs; on 403 the WWW-Authenticate header's scope if it named
    // one.
    QString scope;
    bool ok() const { return !error.isError(); }
    bool isOktaError(const char *code) const { return error.serviceCode == QLatin1String(code); }
    bool isForbidden() const { return error.httpStatus == 403; }
};

// The Okta Management API operations the checks and set-up use: one method per documented
// operation, each answering a typed value or the error through the callback (which runs on the
// event loop, and only while `context` lives). Lists are read to their end by following the
// Link rel="next" header, never off the org's origin.
class OktaClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(const OktaResult<T> &)>;

    OktaClient(net::HttpClient *http, const OrgUrl &org, const OktaCredential &credential,
               QObject *parent = nullptr);

    OrgUrl org() const { return m_org; }
    OktaCredential::Kind credentialKind() const { return m_credential.kind(); }

    // GET /api/v1/users/me (getUser; okta.users.read)
    OktaRequest usersMe(QObject *context, Callback<OktaUser> callback);
    // GET /api/v1/users/{userId}/roles (listAssignedRolesForUser; okta.roles.read)
    OktaRequest userRoles(const QString &userId, QObject *context,
                          Callback<QList<OktaRole>> callback);
    // GET /api/v1/authenticators (listAuthenticators; okta.authenticators.read)
    OktaRequest authenticators(QObject *context, Callback<QList<Authenticator>> callback);
    // GET /api/v1/authenticators/{id}/methods/{type} (getAuthenticatorMethod)
    OktaRequest authenticatorMethod(const QString &authenticatorId, const QString &methodType,
                                    QObject *context, Callback<AuthenticatorMethod> callback);
    // GET /api/v1/policies?type=TYPE (listPolicies; okta.policies.read), every page
    OktaRequest policies(const QString &type, QObject *context, Callback<QList<Policy>> callback);
    // GET /api/v1/policies/{id}/rules (listPolicyRules; okta.policies.read), every page
    OktaRequest policyRules(const QString &policyId, QObject *context,
                            Callback<QList<PolicyRule>> callback);
    // GET /api/v1/device-integrations (listDeviceIntegrations; okta.deviceIntegrations.read)
    OktaRequest deviceIntegrations(QObject *context, Callback<QList<DeviceIntegration>> callback);
    // GET /integrations/api/v1/api-services (okta.oauthIntegrations.read), every page
    OktaRequest apiServices(QObject *context, Callback<QList<ApiServiceInstance>> callback);
    // POST /integrations/api/v1/api-services (okta.oauthIntegrations.manage) → 201 with the
    // client secret, the only time Okta shows it.
    OktaRequest createApiService(const QString &type, const QStringList &grantedScopes,
                                 QObject *context, Callback<ApiServiceInstance> callback);
    // DELETE /integrations/api/v1/api-services/{id} (okta.oauthIntegrations.manage) → 204
    OktaRequest deleteApiService(const QString &id, QObject *context, Callback<bool> callback);
    // POST /oauth2/v1/token grant_type=client_credentials with Basic client authentication: the
    // API service integration's own credential, not the client's.
    OktaRequest clientCredentialsToken(const QString &clientId, const QByteArray &clientSecret,
                                       const QStringList &scopes, QObject *context,
                                       Callback<AccessTokenGrant> callback);

    // Pages followed before giving up on a list that never ends.
    static constexpr int maxPages = 200;

private:
    using ResponseCallback = std::function<void(const net::JsonResponse &)>;
    using ArrayCallback = std::function<void(const OktaResult<QJsonArray> &)>;

    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    net::HttpRequest authorized(const QByteArray &method, const QUrl &url) const;
    void sendOn(const std::shared_ptr<OktaRequest::Chain> &chain, const net::HttpRequest &request,
                QObject *context, ResponseCallback callback);
    OktaRequest getArray(const QUrl &url, const QString &scope, QObject *context,
                         ArrayCallback callback);
    void fetchPage(const std::shared_ptr<OktaRequest::Chain> &chain, const QUrl &url,
                   const QString &operation, const QString &scope, QObject *context,
                   const std::shared_ptr<QJsonArray> &items, int page, ArrayCallback callback);
    OktaRequest getObject(const QUrl &url, const QString &scope, QObject *context,
                          std::function<void(const OktaResult<QJsonObject> &)> callback);

    net::HttpClient *m_http;
    OrgUrl m_org;
    OktaCredential m_credential;
};

} // namespace odt::okta
