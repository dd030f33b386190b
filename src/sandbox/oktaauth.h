#pragma once

#include "sandbox/sandboxhttp.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace odt::sandbox {

class StateStore;

// Who is calling the Okta org and what they may do: an SSWS API token (acts as the admin who
// created it, with every scope) or an OAuth access token issued by the sandbox's /oauth2/v1/token
// (scopes as granted, expiring).
struct OktaPrincipal
{
    QString userId; // empty for client_credentials tokens (API service integrations)
    QString clientId; // OAuth client, empty for SSWS
    QSet<QString> scopes;
    bool apiToken = false; // SSWS: not limited by scopes
};

class OktaAuth
{
public:
    explicit OktaAuth(StateStore *state);

    struct AccessToken
    {
        OktaPrincipal principal;
        QDateTime expires;
    };

    // Issues an opaque access token; `lifetimeSeconds` from the scenario
    // (okta.tokenLifetimeSeconds).
    QByteArray issueAccessToken(const OktaPrincipal &principal, int lifetimeSeconds);
    void revokeAccessToken(const QByteArray &token) { m_tokens.remove(token); }

    // The principal behind the request's Authorization header, or the exact Okta error to answer
    // (E0000011 for a missing, unknown or expired token).
    std::optional<OktaPrincipal> authenticate(const SandboxRequest &request,
                                              SandboxResponse *error) const;

    // 403 E0000006 with the WWW-Authenticate insufficient_scope header when a scope is missing.
    static std::optional<SandboxResponse> requireScope(const OktaPrincipal &principal,
                                                       const QString &scope);
    // "okta.x.manage" also grants "okta.x.read".
    static bool hasScope(const OktaPrincipal &principal, const QString &scope);

    // The scenario user with this login or id, or an empty object.
    QJsonObject user(const QString &loginOrId) const;

private:
    StateStore *m_state;
    QHash<QByteArray, AccessToken> m_tokens;
};

} // namespace odt::sandbox
