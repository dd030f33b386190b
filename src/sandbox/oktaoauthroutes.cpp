// The Okta org authorization server (issuer = the org origin, paths under /oauth2/v1): discovery,
// authorization code + PKCE with a scripted-browser-friendly sign-in page, the device grant with
// its /activate page, refresh tokens, client credentials for API service integrations, /keys and
// /revoke. Facts: /work/shared/reference/okta-api.md §2 and Okta's oauth-minimal.yaml; error
// bodies come from Okta's own catalog through oktaerrors::oauthError().
//
// Where Okta's documentation is silent the RFC behaviour is used, and the comment says so.
//
// Sandbox-only scenario keys read here: okta.deviceCodeIntervalSeconds (default 5) and
// okta.deviceCodeLifetimeSeconds (default 600, Okta's 10 minutes).

#include "crypto/jwt.h"
#include "sandbox/oktacontext.h"
#include "sandbox/oktaerrors.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>
#include <variant>

namespace odt::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcOAuth, "odt.sandbox.oauth")

const QString grantAuthorizationCode = QStringLiteral("authorization_code");
const QString grantRefreshToken = QStringLiteral("refresh_token");
const QString grantDeviceCode = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString grantClientCredentials = QStringLiteral("client_credentials");

// Okta's fixed org-AS lifetimes: authorization code 300 s, refresh token 90 days.
constexpr int codeLifetimeSeconds = 300;
constexpr qint64 refreshLifetimeSeconds = 90LL * 24 * 3600;

QString param(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList splitScopes(const QString &scope)
{
    QStringList scopes;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(s))
            scopes.append(s);
    }
    return scopes;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonObject errorBody(const QString &internalCode, const QString &description = {})
{
    return QJsonDocument::fromJson(oktaerrors::oauthError(internalCode, description).body).object();
}

QString errorText(const QString &internalCode)
{
    return errorBody(internalCode).value(u"error_description").toString();
}

void noStore(SandboxResponse &response)
{
    // RFC 6749 §5.1: responses carrying tokens must not be cached.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
}

struct Client
{
    QString id;
    QString name;
    bool apiService = false; // API service integration instance (client_credentials only)
    QString authMethod; // "none" or "client_secret_basic"
    QString secret;
    QStringList grantTypes;
    QStringList redirectUris;
    QStringList grantedScopes;

    bool hasGrant(const QString &grant) const { return grantTypes.contains(grant); }
};

struct AuthCode
{
    QString clientId;
    QString redirectUri;
    QString codeChallenge;
    QString nonce;
    QStringList scopes;
    QString userId;
    qint64 authTime = 0;
    QDateTime expires;
};

struct RefreshGrant
{
    QString clientId;
    QString userId;
    QStringList scopes;
    qint64 authTime = 0;
    QDateTime expires;
};

struct DeviceGrant
{
    enum class Status { Pending, Approved, Denied };
    QString clientId;
    QStringList scopes;
    QString userCode;
    QDateTime expires;
    int interval = 5;
    QDateTime lastPoll;
    Status status = Status::Pending;
    QString userId;
    qint64 authTime = 0;
};

// What a validated /authorize request carries, GET or POST.
struct AuthorizeRequest
{
    Client client;
    QString redirectUri;
    QString state;
    QStringList scopes; // granted
    QString nonce;
    QString codeChallenge;
    QUrlQuery original;
};

struct OAuthServer
{
    OktaContext *context = nullptr;
    std::optional<crypto::RsaSigningKey> key;
    QHash<QByteArray, AuthCode> codes;
    QHash<QByteArray, RefreshGrant> refreshTokens;
    QHash<QByteArray, DeviceGrant> deviceGrants;
    QHash<QString, QByteArray> userCodes; // user code → device code

    QString issuer() const { return context->originString(); }
    QString endpoint(const QString &path) const { return issuer() + path; }

    std::optional<Client> findClient(const QString &id) const
    {
        if (id.isEmpty())
            return std::nullopt;
        const QJsonObject &okta = context->state.okta();
        for (const QJsonValue &value : okta.value(u"oidcClients").toArray()) {
            const QJsonObject o = value.toObject();
            if (o.value(u"client_id").toString() != id)
                continue;
            Client client;
            client.id = id;
            client.name = o.value(u"client_name").toString(id);
            client.authMethod
                = o.value(u"token_endpoint_auth_method").toString(QStringLiteral("none"));
            client.secret = o.value(u"client_secret").toString();
            client.grantTypes = toStringList(o.value(u"grant_types"));
            client.redirectUris = toStringList(o.value(u"redirect_uris"));
            client.grantedScopes = toStringList(o.value(u"grantedScopes"));
            return client;
        }
        for (const QJsonValue &value : okta.value(u"apiServices").toArray()) {
            const QJsonObject o = value.toObject();
            if (o.value(u"id").toString() != id)
                continue;
            Client client;
            client.id = id;
            client.name = o.value(u"name").toString(id);
            client.apiService = true;
            client.authMethod = QStringLiteral("client_secret_basic");
            client.secret = o.value(u"clientSecret").toString();
            client.grantTypes = { grantClientCredentials };
            client.grantedScopes = toStringList(o.value(u"grantedScopes"));
            return client;
        }
        return std::nullopt;
    }

    // requested ∩ (the app's granted Okta API scopes ∪ the OIDC scopes). offline_access only
    // when the app may use refresh tokens, so the answered `scope` never promises one that will
    // not come.
    static QStringList grantScopes(const Client &client, const QStringList &requested)
    {
        QStringList granted;
        for (const QString &scope : requested) {
            const bool oidc = scope == u"openid" || scope == u"profile" || scope == u"email";
            const bool offline = scope == u"offline_access" && client.hasGrant(grantRefreshToken);
            if (oidc || offline || client.grantedScopes.contains(scope))
                granted.append(scope);
        }
        return granted;
    }

    // Basic (client_secret_basic) or form client_id (+ client_secret); the client or Okta's error.
    std::variant<Client, SandboxResponse> authenticateClient(const SandboxRequest &request,
                                                             const QUrlQuery &form) const
    {
        QString id = param(form, QStringLiteral("client_id"));
        QString secret;
        bool basic = false;
        const QByteArray basicCredential = request.credential("Basic");
        if (!basicCredential.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(basicCredential);
            const qsizetype colon = decoded.indexOf(':');
            if (colon < 0)
                return oktaerrors::oauthError(QStringLiteral("invalid_client"));
            // RFC 6749 §2.3.1: both halves are form-urlencoded before Base64.
            QByteArray user = decoded.left(colon), pass = decoded.mid(colon + 1);
            user.replace('+', ' ');
            pass.replace('+', ' ');
            const QString basicId = QUrl::fromPercentEncoding(user);
            if (form.hasQueryItem(QStringLiteral("client_secret")))
                return oktaerrors::oauthError(QStringLiteral("multiple_client_credentials"));
            if (!id.isEmpty() && id != basicId)
                return oktaerrors::oauthError(QStringLiteral("invalid_client"));
            id = basicId;
            secret = QUrl::fromPercentEncoding(pass);
            basic = true;
        } else {
            secret = param(form, QStringLiteral("client_secret"));
        }
        if (id.isEmpty())
            return oktaerrors::oauthError(QStringLiteral("missing_client_credentials"));
        const std::optional<Client> client = findClient(id);
        if (!client)
            return oktaerrors::oauthError(QStringLiteral("invalid_client"));
        if (client->authMethod == u"none")
            return *client;
        if (client->apiService && !basic && !secret.isEmpty())
            return oktaerrors::oauthError(
                QStringLiteral("unsupported_auth_method_client_creds_oauth_integration"));
        if (secret.isEmpty())
            return oktaerrors::oauthError(QStringLiteral("missing_client_credentials"));
        if (client->secret.isEmpty() || secret != client->secret)
            return oktaerrors::oauthError(QStringLiteral("invalid_client_secret"));
        return *client;
    }

    // The ACTIVE scenario user with this login and password.
    QJsonObject signIn(const QString &username, const QString &password) const
    {
        if (username.isEmpty() || password.isEmpty())
            return {};
        for (const QJsonValue &value : context->state.okta().value(u"users").toArray()) {
            const QJsonObject user = value.toObject();
            const QString login = user.value(u"profile").toObject().value(u"login").toString();
            // Okta logins are case-insensitive.
            if (login.compare(username, Qt::CaseInsensitive) == 0
                && user.value(u"status").toString(QStringLiteral("ACTIVE")) == u"ACTIVE"
                && user.value(u"password").toString() == password)
                return user;
        }
        return {};
    }

    QByteArray idToken(const Client &client, const QString &userId, const QStringList &scopes,
                       qint64 authTime, const QString &nonce, const QByteArray &accessToken) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims {
            { QStringLiteral("iss"), issuer() },
            { QStringLiteral("aud"), client.id },
            { QStringLiteral("sub"), userId },
            { QStringLiteral("iat"), now },
            { QStringLiteral("exp"), now + context->tokenLifetimeSeconds() },
            { QStringLiteral("auth_time"), authTime },
            { QStringLiteral("jti"),
              QString(QStringLiteral("ID.") + QString::fromLatin1(crypto::randomToken(24))) },
            { QStringLiteral("amr"), QJsonArray { QStringLiteral("pwd") } },
            { QStringLiteral("idp"), context->scenario.okta.orgId },
            { QStringLiteral("ver"), 1 },
        };
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), nonce);
        // OIDC Core §3.1.3.6: left half of the SHA-256 of the access token.
        const QByteArray hash = QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256);
        claims.insert(QStringLiteral("at_hash"),
                      QString::fromLatin1(crypto::base64UrlEncode(hash.left(hash.size() / 2))));
        const QJsonObject profile = context->auth.user(userId).value(u"profile").toObject();
        if (scopes.contains(u"profile")) {
            claims.insert(QStringLiteral("preferred_username"), profile.value(u"login"));
            claims.insert(QStringLiteral("name"),
                          QString(profile.value(u"firstName").toString() + QLatin1Char(' ')
                                  + profile.value(u"lastName").toString())
                              .trimmed());
        }
        if (scopes.contains(u"email"))
            claims.insert(QStringLiteral("email"), profile.value(u"email"));
        return key->sign(claims);
    }

    // TokenResponse. `refreshToken` is reused when given (refresh grant), else minted when
    // offline_access was granted.
    SandboxResponse issueTokens(const Client &client, const QString &userId,
                                const QStringList &scopes, qint64 authTime, const QString &nonce,
                                QByteArray refreshToken = {})
    {
        OktaPrincipal principal;
        principal.userId = userId;
        principal.clientId = client.id;
        principal.scopes = QSet<QString>(scopes.cbegin(), scopes.cend());
        const int lifetime = context->tokenLifetimeSeconds();
        const QByteArray accessToken = context->auth.issueAccessToken(principal, lifetime);
        QJsonObject body {
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), lifetime },
            { QStringLiteral("access_token"), QString::fromLatin1(accessToken) },
            { QStringLiteral("scope"), scopes.join(QLatin1Char(' ')) },
        };
        if (!userId.isEmpty() && scopes.contains(u"offline_access")
            && client.hasGrant(grantRefreshToken)) {
            if (refreshToken.isEmpty()) {
                refreshToken = crypto::randomToken(32);
                refreshTokens.insert(
                    refreshToken,
                    { client.id, userId, scopes, authTime,
                      QDateTime::currentDateTimeUtc().addSecs(refreshLifetimeSeconds) });
            }
            body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
        }
        if (!userId.isEmpty() && scopes.contains(u"openid")) {
            const QByteArray token = idToken(client, userId, scopes, authTime, nonce, accessToken);
            if (token.isEmpty())
                return oktaerrors::oauthError(QStringLiteral("server_error"));
            body.insert(QStringLiteral("id_token"), QString::fromLatin1(token));
        }
        return SandboxResponse::json(200, body);
    }

    // --- /authorize -----------------------------------------------------------------------

    static SandboxResponse htmlPage(int status, const QString &title, const QString &content)
    {
        const QString html
            = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                             "<title>%1</title><style>"
                             "body{font-family:sans-serif;background:#f4f4f6;margin:0}"
                             "main{max-width:26em;margin:3em auto;background:#fff;padding:2em;"
                             "border-radius:8px;box-shadow:0 1px 4px #0003}"
                             "label,input{display:block;width:100%;margin:.3em 0}"
                             "input{padding:.4em;box-sizing:border-box}"
                             ".error{color:#b00020}button{margin:.8em .5em 0 0;padding:.5em 1em}"
                             "</style></head><body><main><h1>%1</h1>%2</main></body></html>")
                  .arg(title.toHtmlEscaped(), content);
        return SandboxResponse::text(status, html.toUtf8(), "text/html; charset=utf-8");
    }

    static SandboxResponse errorPage(const QString &internalCode, const QString &description = {})
    {
        // Errors before the redirect URI is trusted are shown to the user, never redirected
        // (RFC 6749 §4.1.2.1).
        const QJsonObject body = errorBody(internalCode, description);
        return htmlPage(
            400, QStringLiteral("Sign-in error"),
            QStringLiteral("<p>Error code: <code>%1</code></p><p class=\"error\">%2</p>")
                .arg(body.value(u"error").toString().toHtmlEscaped(),
                     body.value(u"error_description").toString().toHtmlEscaped()));
    }

    static SandboxResponse redirect(const QString &redirectUri,
                                    const QList<QPair<QString, QString>> &params)
    {
        QUrl url(redirectUri);
        QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
        for (const auto &[name, value] : params) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        SandboxResponse response = SandboxResponse::empty(302);
        response.setHeader("Location", url.toEncoded());
        return response;
    }

    static SandboxResponse errorRedirect(const QString &redirectUri, const QString &state,
                                         const QString &internalCode,
                                         const QString &description = {})
    {
        const QJsonObject body = errorBody(internalCode, description);
        QList<QPair<QString, QString>> params {
            { QStringLiteral("error"), body.value(u"error").toString() },
            { QStringLiteral("error_description"), body.value(u"error_description").toString() },
        };
        if (!state.isEmpty())
            params.append({ QStringLiteral("state"), state });
        return redirect(redirectUri, params);
    }

    std::variant<AuthorizeRequest, SandboxResponse> validateAuthorize(const QUrlQuery &params) const
    {
        const std::optional<Client> client = findClient(param(params, QStringLiteral("client_id")));
        if (!client || client->apiService)
            return errorPage(QStringLiteral("invalid_client_id"));
        const QString redirectUri = param(params, QStringLiteral("redirect_uri"));
        // Exact string match: Okta documents no loopback-port leniency (okta-api.md §2.4).
        if (redirectUri.isEmpty() || !client->redirectUris.contains(redirectUri))
            return errorPage(QStringLiteral("illegal_redirect_uri"));

        AuthorizeRequest request;
        request.client = *client;
        request.redirectUri = redirectUri;
        request.state = param(params, QStringLiteral("state"));
        request.nonce = param(params, QStringLiteral("nonce"));
        request.original = params;
        if (request.state.isEmpty())
            return errorRedirect(redirectUri, {}, QStringLiteral("invalid_state"));
        if (param(params, QStringLiteral("response_type")) != u"code")
            return errorRedirect(
                redirectUri, request.state, QStringLiteral("unsupported_response_type"),
                QStringLiteral("The response type is not supported by the authorization server. "
                               "Configured response types: [code]."));
        if (!client->hasGrant(grantAuthorizationCode))
            return errorRedirect(redirectUri, request.state, QStringLiteral("unauthorized_client"),
                                 configuredGrantsText(*client));
        const QStringList requested = splitScopes(param(params, QStringLiteral("scope")));
        if (requested.isEmpty())
            return errorRedirect(redirectUri, request.state, QStringLiteral("missing_scopes"));
        if (!requested.contains(u"openid")
            && (requested.contains(u"profile") || requested.contains(u"email")))
            return errorRedirect(redirectUri, request.state,
                                 QStringLiteral("openid_scope_required"));
        request.scopes = grantScopes(*client, requested);
        if (request.scopes.isEmpty())
            return errorRedirect(redirectUri, request.state, QStringLiteral("invalid_scope"));

        request.codeChallenge = param(params, QStringLiteral("code_challenge"));
        const QString method = param(params, QStringLiteral("code_challenge_method"));
        if (request.codeChallenge.isEmpty()) {
            if (client->authMethod == u"none")
                return errorRedirect(redirectUri, request.state,
                                     QStringLiteral("pkce_missing_challenge"));
        } else {
            // RFC 7636 §4.3: an absent method means "plain", which Okta does not support.
            if (method != u"S256")
                return errorRedirect(
                    redirectUri, request.state,
                    QStringLiteral("pkce_unsupported_code_challenge_method"),
                    QStringLiteral(
                        "PKCE code challenge method is not supported. Valid values: [S256]"));
            static const QRegularExpression challengeSyntax(
                QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
            if (!challengeSyntax.match(request.codeChallenge).hasMatch())
                return errorRedirect(redirectUri, request.state,
                                     QStringLiteral("pkce_invalid_challenge"));
        }
        return request;
    }

    static QString configuredGrantsText(const Client &client)
    {
        return QStringLiteral("The client is not authorized to use the provided grant type. "
                              "Configured grant types: [%1].")
            .arg(client.grantTypes.join(QStringLiteral(", ")));
    }

    static QString hidden(const QString &name, const QString &value)
    {
        return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }

    static QString credentialFields(const QString &username)
    {
        return QStringLiteral("<label for=\"username\">Username</label>"
                              "<input id=\"username\" name=\"username\" autocomplete=\"username\" "
                              "value=\"%1\">"
                              "<label for=\"password\">Password</label>"
                              "<input id=\"password\" name=\"password\" type=\"password\" "
                              "autocomplete=\"current-password\">"
                              "<button type=\"submit\" name=\"approve\" value=\"1\">Allow</button>"
                              "<button type=\"submit\" name=\"deny\" value=\"1\">Deny</button>")
            .arg(username.toHtmlEscaped());
    }

    static QString scopeList(const QStringList &scopes)
    {
        QString items;
        for (const QString &scope : scopes)
            items += QStringLiteral("<li><code>%1</code></li>").arg(scope.toHtmlEscaped());
        return QStringLiteral("<ul id=\"scopes\">%1</ul>").arg(items);
    }

    static SandboxResponse signInPage(const AuthorizeRequest &request, const QString &username,
                                      const QString &error)
    {
        static const QStringList carried {
            QStringLiteral("client_id"),      QStringLiteral("redirect_uri"),
            QStringLiteral("response_type"),  QStringLiteral("scope"),
            QStringLiteral("state"),          QStringLiteral("nonce"),
            QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method"),
        };
        QString fields;
        for (const QString &name : carried) {
            if (request.original.hasQueryItem(name))
                fields += hidden(name, param(request.original, name));
        }
        QString content = QStringLiteral("<p><strong>%1</strong> asks for access to:</p>")
                              .arg(request.client.name.toHtmlEscaped())
            + scopeList(request.scopes);
        if (!error.isEmpty())
            content += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                           .arg(error.toHtmlEscaped());
        content
            += QStringLiteral("<form method=\"post\" action=\"/oauth2/v1/authorize\">%1%2</form>")
                   .arg(fields, credentialFields(username));
        return htmlPage(200, QStringLiteral("Sign in"), content);
    }

    SandboxResponse authorizeGet(const SandboxRequest &request)
    {
        auto validated = validateAuthorize(request.query);
        if (auto *response = std::get_if<SandboxResponse>(&validated))
            return *response;
        const auto &authorize = std::get<AuthorizeRequest>(validated);
        return signInPage(authorize, param(request.query, QStringLiteral("login_hint")), {});
    }

    SandboxResponse authorizePost(const SandboxRequest &request)
    {
        const QUrlQuery form = request.form();
        // The form is posted back by the browser, so everything is checked again.
        auto validated = validateAuthorize(form);
        if (auto *response = std::get_if<SandboxResponse>(&validated))
            return *response;
        const auto &authorize = std::get<AuthorizeRequest>(validated);
        const QString username = param(form, QStringLiteral("username"));
        const QJsonObject user = signIn(username, param(form, QStringLiteral("password")));
        if (user.isEmpty())
            return signInPage(authorize, username, QStringLiteral("Unable to sign in"));
        if (form.hasQueryItem(QStringLiteral("deny"))
            || !form.hasQueryItem(QStringLiteral("approve")))
            return errorRedirect(authorize.redirectUri, authorize.state,
                                 QStringLiteral("access_denied"));

        purgeExpired();
        const QByteArray code = crypto::randomToken(32);
        codes.insert(code,
                     { authorize.client.id, authorize.redirectUri, authorize.codeChallenge,
                       authorize.nonce, authorize.scopes, user.value(u"id").toString(),
                       QDateTime::currentSecsSinceEpoch(),
                       QDateTime::currentDateTimeUtc().addSecs(codeLifetimeSeconds) });
        return redirect(authorize.redirectUri,
                        { { QStringLiteral("code"), QString::fromLatin1(code) },
                          { QStringLiteral("state"), authorize.state } });
    }

    void purgeExpired()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        codes.removeIf([&now](const auto &it) { return it.value().expires <= now; });
        refreshTokens.removeIf([&now](const auto &it) { return it.value().expires <= now; });
        // Expired device codes stay a while so polling clients get expired_token, not
        // invalid_device_code.
        for (auto it = deviceGrants.begin(); it != deviceGrants.end();) {
            if (it->expires.addSecs(3600) <= now) {
                userCodes.remove(it->userCode);
                it = deviceGrants.erase(it);
            } else {
                ++it;
            }
        }
    }

    // --- /token ---------------------------------------------------------------------------

    static SandboxResponse missingParameter(const QString &name)
    {
        return oktaerrors::oauthError(
            QStringLiteral("missing_token_request_parameter"),
            QStringLiteral("The required parameter '%1' is missing.").arg(name));
    }

    SandboxResponse token(const SandboxRequest &request)
    {
        SandboxResponse response = tokenResponse(request);
        noStore(response);
        return response;
    }

    SandboxResponse tokenResponse(const SandboxRequest &request)
    {
        if (!key)
            return oktaerrors::oauthError(QStringLiteral("server_error"));
        purgeExpired();
        const QUrlQuery form = request.form();
        auto authenticated = authenticateClient(request, form);
        if (auto *response = std::get_if<SandboxResponse>(&authenticated))
            return *response;
        const Client &client = std::get<Client>(authenticated);

        const QString grantType = param(form, QStringLiteral("grant_type"));
        static const QStringList implemented { grantAuthorizationCode, grantRefreshToken,
                                               grantDeviceCode, grantClientCredentials };
        if (grantType.isEmpty())
            return oktaerrors::oauthError(
                QStringLiteral("token_request_missing_grant_type"),
                QStringLiteral("The token request must specify a 'grant_type'. Valid values: [%1]")
                    .arg(client.grantTypes.join(QStringLiteral(", "))));
        if (!implemented.contains(grantType))
            return oktaerrors::oauthError(
                QStringLiteral("unsupported_grant_type"),
                QStringLiteral("The authorization grant type is not supported by the "
                               "authorization server. Configured grant types: [%1].")
                    .arg(client.grantTypes.join(QStringLiteral(", "))));
        if (grantType == grantClientCredentials && !client.apiService)
            return oktaerrors::oauthError(
                QStringLiteral("invalid_application_type_client_credentials"));
        if (!client.hasGrant(grantType))
            return oktaerrors::oauthError(QStringLiteral("unauthorized_client"),
                                          configuredGrantsText(client));

        if (grantType == grantAuthorizationCode)
            return authorizationCodeGrant(client, form);
        if (grantType == grantRefreshToken)
            return refreshTokenGrant(client, form);
        if (grantType == grantDeviceCode)
            return deviceCodeGrant(client, form);
        return clientCredentialsGrant(client, form);
    }

    SandboxResponse authorizationCodeGrant(const Client &client, const QUrlQuery &form)
    {
        const QByteArray code = param(form, QStringLiteral("code")).toUtf8();
        if (code.isEmpty())
            return missingParameter(QStringLiteral("code"));
        // RFC 6749 §4.1.2: single use. Taken before any other check, so a failed attempt (wrong
        // verifier) cannot be retried with the same code either.
        const auto it = codes.constFind(code);
        if (it == codes.cend())
            return oktaerrors::oauthError(QStringLiteral("invalid_authorization_code"));
        const AuthCode grant = it.value();
        codes.erase(it);
        if (grant.expires <= QDateTime::currentDateTimeUtc())
            return oktaerrors::oauthError(QStringLiteral("invalid_authorization_code"));
        if (grant.clientId != client.id)
            return oktaerrors::oauthError(QStringLiteral("mismatched_client"));
        if (param(form, QStringLiteral("redirect_uri")) != grant.redirectUri)
            return oktaerrors::oauthError(QStringLiteral("mismatched_redirect_uri"));
        const QByteArray verifier = param(form, QStringLiteral("code_verifier")).toUtf8();
        if (grant.codeChallenge.isEmpty()) {
            if (!verifier.isEmpty())
                return oktaerrors::oauthError(
                    QStringLiteral("pkce_missing_challenge_verifier_present"));
        } else {
            if (verifier.isEmpty())
                return oktaerrors::oauthError(QStringLiteral("pkce_missing_verifier"));
            if (crypto::Pkce::challengeFor(verifier) != grant.codeChallenge.toLatin1())
                return oktaerrors::oauthError(QStringLiteral("pkce_verification_failed"));
        }
        return issueTokens(client, grant.userId, grant.scopes, grant.authTime, grant.nonce);
    }

    SandboxResponse refreshTokenGrant(const Client &client, const QUrlQuery &form)
    {
        const QByteArray token = param(form, QStringLiteral("refresh_token")).toUtf8();
        if (token.isEmpty())
            return missingParameter(QStringLiteral("refresh_token"));
        const auto it = refreshTokens.constFind(token);
        if (it == refreshTokens.cend() || it->clientId != client.id
            || it->expires <= QDateTime::currentDateTimeUtc())
            return oktaerrors::oauthError(QStringLiteral("invalid_refresh_token"));
        const RefreshGrant grant = it.value();
        QStringList scopes = grant.scopes;
        if (form.hasQueryItem(QStringLiteral("scope"))) {
            // RFC 6749 §6: a refresh may narrow the scope, never widen it.
            scopes = splitScopes(param(form, QStringLiteral("scope")));
            QStringList denied;
            for (const QString &scope : std::as_const(scopes)) {
                if (!grant.scopes.contains(scope))
                    denied.append(scope);
            }
            if (!denied.isEmpty())
                return oktaerrors::oauthError(
                    QStringLiteral("refresh_scopes_denied"),
                    QStringLiteral("Some of the scopes requested for the refresh request were "
                                   "not granted in the original authorize request. Denied "
                                   "scopes: %1.")
                        .arg(denied.join(QStringLiteral(", "))));
            if (scopes.isEmpty())
                scopes = grant.scopes;
        }
        // No rotation: the same refresh token is answered again and stays valid until it expires
        // or is revoked. RFC 6749 §6 allows either; Okta's rotation is an app setting the
        // scenario does not model.
        return issueTokens(client, grant.userId, scopes, grant.authTime, {},
                           scopes.contains(u"offline_access") ? token : QByteArray());
    }

    SandboxResponse deviceCodeGrant(const Client &client, const QUrlQuery &form)
    {
        const QByteArray deviceCode = param(form, QStringLiteral("device_code")).toUtf8();
        if (deviceCode.isEmpty())
            return missingParameter(QStringLiteral("device_code"));
        const auto it = deviceGrants.find(deviceCode);
        if (it == deviceGrants.end() || it->clientId != client.id)
            return oktaerrors::oauthError(QStringLiteral("invalid_device_code"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (it->expires <= now)
            return oktaerrors::oauthError(QStringLiteral("expired_token"));
        const QDateTime lastPoll = it->lastPoll;
        it->lastPoll = now;
        if (lastPoll.isValid() && lastPoll.msecsTo(now) < it->interval * 1000LL) {
            // RFC 8628 §3.5: every slow_down adds 5 seconds to the interval.
            it->interval += 5;
            return oktaerrors::oauthError(QStringLiteral("slow_down"));
        }
        switch (it->status) {
        case DeviceGrant::Status::Pending:
            return oktaerrors::oauthError(QStringLiteral("authorization_pending"));
        case DeviceGrant::Status::Denied:
            return oktaerrors::oauthError(QStringLiteral("access_denied"));
        case DeviceGrant::Status::Approved:
            break;
        }
        const DeviceGrant grant = it.value();
        // Single use, like an authorization code (RFC 8628 §3.5 says nothing else).
        userCodes.remove(grant.userCode);
        deviceGrants.erase(it);
        return issueTokens(client, grant.userId, grant.scopes, grant.authTime, {});
    }

    SandboxResponse clientCredentialsGrant(const Client &client, const QUrlQuery &form)
    {
        const QStringList requested = splitScopes(param(form, QStringLiteral("scope")));
        if (requested.isEmpty())
            return oktaerrors::oauthError(QStringLiteral("missing_scopes"));
        if (requested.contains(u"openid"))
            return oktaerrors::oauthError(QStringLiteral("openid_not_allowed_client_creds"));
        for (const QString &scope : requested) {
            if (!client.grantedScopes.contains(scope))
                return oktaerrors::oauthError(QStringLiteral("invalid_scope"));
        }
        return issueTokens(client, {}, requested, 0, {});
    }

    // --- device authorization -------------------------------------------------------------

    static QString newUserCode()
    {
        // RFC 8628 §6.1: no vowels (no words), no look-alikes; 20^8 ≈ 2^34.6.
        static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
        QString code;
        for (int i = 0; i < 8; ++i)
            code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(20)]);
        return code;
    }

    static QString normalizeUserCode(const QString &input)
    {
        // RFC 8628 §6.1: case-insensitive, ignoring punctuation users may type.
        QString code;
        for (const QChar c : input) {
            if (c.isLetter())
                code += c.toUpper();
        }
        return code;
    }

    SandboxResponse deviceAuthorize(const SandboxRequest &request)
    {
        purgeExpired();
        const QUrlQuery form = request.form();
        auto authenticated = authenticateClient(request, form);
        SandboxResponse response;
        if (auto *error = std::get_if<SandboxResponse>(&authenticated)) {
            response = *error;
        } else {
            const Client &client = std::get<Client>(authenticated);
            const QStringList requested = splitScopes(param(form, QStringLiteral("scope")));
            const QStringList scopes = grantScopes(client, requested);
            if (!client.hasGrant(grantDeviceCode))
                response = oktaerrors::oauthError(QStringLiteral("unauthorized_client"),
                                                  configuredGrantsText(client));
            else if (requested.isEmpty())
                response = oktaerrors::oauthError(QStringLiteral("missing_scopes"));
            else if (scopes.isEmpty())
                response = oktaerrors::oauthError(QStringLiteral("invalid_scope"));
            else
                response = newDeviceGrant(client, scopes);
        }
        noStore(response);
        return response;
    }

    SandboxResponse newDeviceGrant(const Client &client, const QStringList &scopes)
    {
        const QJsonObject &okta = context->state.okta();
        const int lifetime = okta.value(u"deviceCodeLifetimeSeconds").toInt(600);
        DeviceGrant grant;
        grant.clientId = client.id;
        grant.scopes = scopes;
        grant.interval = okta.value(u"deviceCodeIntervalSeconds").toInt(5);
        grant.expires = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        do {
            grant.userCode = newUserCode();
        } while (userCodes.contains(grant.userCode));
        const QByteArray deviceCode = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        deviceGrants.insert(deviceCode, grant);
        userCodes.insert(grant.userCode, deviceCode);
        const QString verification = endpoint(QStringLiteral("/activate"));
        return SandboxResponse::json(
            200,
            QJsonObject {
                { QStringLiteral("device_code"), QString::fromLatin1(deviceCode) },
                { QStringLiteral("user_code"), grant.userCode },
                { QStringLiteral("verification_uri"), verification },
                { QStringLiteral("verification_uri_complete"),
                  QString(verification + QStringLiteral("?user_code=") + grant.userCode) },
                { QStringLiteral("expires_in"), lifetime },
                { QStringLiteral("interval"), grant.interval },
            });
    }

    static SandboxResponse activatePage(const QString &userCode, const QString &username,
                                        const QString &error)
    {
        QString content = QStringLiteral("<p>Enter the code shown on your device.</p>");
        if (!error.isEmpty())
            content += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                           .arg(error.toHtmlEscaped());
        content
            += QStringLiteral("<form method=\"post\" action=\"/activate\">"
                              "<label for=\"user_code\">Activation code</label>"
                              "<input id=\"user_code\" name=\"user_code\" value=\"%1\">%2</form>")
                   .arg(userCode.toHtmlEscaped(), credentialFields(username));
        return htmlPage(200, QStringLiteral("Activate your device"), content);
    }

    SandboxResponse activatePost(const SandboxRequest &request)
    {
        purgeExpired();
        const QUrlQuery form = request.form();
        const QString typed = param(form, QStringLiteral("user_code"));
        const QString username = param(form, QStringLiteral("username"));
        const auto code = userCodes.constFind(normalizeUserCode(typed));
        auto grant = code == userCodes.cend() ? deviceGrants.end() : deviceGrants.find(*code);
        if (grant == deviceGrants.end() || grant->expires <= QDateTime::currentDateTimeUtc()
            || grant->status != DeviceGrant::Status::Pending)
            return activatePage(typed, username, errorText(QStringLiteral("invalid_user_code")));
        const QJsonObject user = signIn(username, param(form, QStringLiteral("password")));
        if (user.isEmpty())
            return activatePage(typed, username, QStringLiteral("Unable to sign in"));
        if (form.hasQueryItem(QStringLiteral("deny"))
            || !form.hasQueryItem(QStringLiteral("approve"))) {
            grant->status = DeviceGrant::Status::Denied;
            return htmlPage(200, QStringLiteral("Access denied"),
                            QStringLiteral("<p>The device was not given access.</p>"));
        }
        grant->status = DeviceGrant::Status::Approved;
        grant->userId = user.value(u"id").toString();
        grant->authTime = QDateTime::currentSecsSinceEpoch();
        return htmlPage(200, QStringLiteral("Device activated"),
                        QStringLiteral("<p>Return to your device to continue.</p>"));
    }

    // --- /revoke, /keys, discovery --------------------------------------------------------

    SandboxResponse revoke(const SandboxRequest &request)
    {
        const QUrlQuery form = request.form();
        auto authenticated = authenticateClient(request, form);
        if (auto *error = std::get_if<SandboxResponse>(&authenticated))
            return *error;
        const Client &client = std::get<Client>(authenticated);
        const QByteArray token = param(form, QStringLiteral("token")).toUtf8();
        if (token.isEmpty())
            return oktaerrors::oauthError(QStringLiteral("request_missing_token"));
        // RFC 7009 §2.2: unknown, expired or foreign tokens still answer 200, so a client learns
        // nothing about tokens it does not own.
        const auto refresh = refreshTokens.constFind(token);
        if (refresh != refreshTokens.cend() && refresh->clientId == client.id)
            refreshTokens.erase(refresh);
        SandboxRequest probe;
        probe.headers.append({ "Authorization", "Bearer " + token });
        const std::optional<OktaPrincipal> principal = context->auth.authenticate(probe, nullptr);
        if (principal && !principal->apiToken && principal->clientId == client.id)
            context->auth.revokeAccessToken(token);
        return SandboxResponse::empty(200);
    }

    QJsonObject discovery() const
    {
        const auto list = [](std::initializer_list<const char *> items) {
            QJsonArray array;
            for (const char *item : items)
                array.append(QString::fromLatin1(item));
            return array;
        };
        // Only what this server implements; the shape is OrgASOidcMetadata.
        return QJsonObject {
            { QStringLiteral("issuer"), issuer() },
            { QStringLiteral("authorization_endpoint"),
              endpoint(QStringLiteral("/oauth2/v1/authorize")) },
            { QStringLiteral("token_endpoint"), endpoint(QStringLiteral("/oauth2/v1/token")) },
            { QStringLiteral("jwks_uri"), endpoint(QStringLiteral("/oauth2/v1/keys")) },
            { QStringLiteral("revocation_endpoint"),
              endpoint(QStringLiteral("/oauth2/v1/revoke")) },
            { QStringLiteral("device_authorization_endpoint"),
              endpoint(QStringLiteral("/oauth2/v1/device/authorize")) },
            { QStringLiteral("response_types_supported"), list({ "code" }) },
            { QStringLiteral("response_modes_supported"), list({ "query" }) },
            { QStringLiteral("grant_types_supported"),
              list({ "authorization_code", "refresh_token",
                     "urn:ietf:params:oauth:grant-type:device_code", "client_credentials" }) },
            { QStringLiteral("subject_types_supported"), list({ "public" }) },
            { QStringLiteral("id_token_signing_alg_values_supported"), list({ "RS256" }) },
            { QStringLiteral("scopes_supported"),
              list({ "openid", "email", "profile", "offline_access" }) },
            { QStringLiteral("token_endpoint_auth_methods_supported"),
              list({ "client_secret_basic", "none" }) },
            { QStringLiteral("revocation_endpoint_auth_methods_supported"),
              list({ "client_secret_basic", "none" }) },
            { QStringLiteral("claims_supported"),
              list({ "iss", "ver", "sub", "aud", "iat", "exp", "jti", "auth_time", "amr", "idp",
                     "nonce", "name", "preferred_username", "email", "at_hash" }) },
            { QStringLiteral("code_challenge_methods_supported"), list({ "S256" }) },
            { QStringLiteral("request_parameter_supported"), false },
        };
    }
};

} // namespace

void addOktaOAuthRoutes(OktaContext &context)
{
    auto server = std::make_shared<OAuthServer>();
    server->context = &context;
    QString error;
    server->key = crypto::RsaSigningKey::generate(2048, &error);
    if (!server->key)
        qCWarning(lcOAuth) << "No ID token signing key, /oauth2/v1/token will fail:" << error;

    Router &router = context.http.router();
    router.add("GET", QStringLiteral("/.well-known/openid-configuration"),
               [server](const SandboxRequest &, const QStringList &) {
                   return SandboxResponse::json(200, server->discovery());
               });
    router.add("GET", QStringLiteral("/oauth2/v1/authorize"),
               [server](const SandboxRequest &request, const QStringList &) {
                   return server->authorizeGet(request);
               });
    router.add("POST", QStringLiteral("/oauth2/v1/authorize"),
               [server](const SandboxRequest &request, const QStringList &) {
                   return server->authorizePost(request);
               });
    router.add("POST", QStringLiteral("/oauth2/v1/token"),
               [server](const SandboxRequest &request, const QStringList &) {
                   return server->token(request);
               });
    router.add("POST", QStringLiteral("/oauth2/v1/device/authorize"),
               [server](const SandboxRequest &request, const QStringList &) {
                   return server->deviceAuthorize(request);
               });
    router.add("GET", QStringLiteral("/activate"),
               [](const SandboxRequest &request, const QStringList &) {
                   return OAuthServer::activatePage(
                       param(request.query, QStringLiteral("user_code")), {}, {});
               });
    router.add("POST", QStringLiteral("/activate"),
               [server](const SandboxRequest &request, const QStringList &) {
                   return server->activatePost(request);
               });
    router.add("POST", QStringLiteral("/oauth2/v1/revoke"),
               [server](const SandboxRequest &request, const QStringList &) {
                   return server->revoke(request);
               });
    router.add(
        "GET", QStringLiteral("/oauth2/v1/keys"),
        [server](const SandboxRequest &, const QStringList &) {
            QJsonArray keys;
            if (server->key)
                keys.append(server->key->publicJwk());
            return SandboxResponse::json(200, QJsonObject { { QStringLiteral("keys"), keys } });
        });
}

} // namespace odt::sandbox
