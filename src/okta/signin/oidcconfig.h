#pragma once

#include "core/orgurl.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace odt::okta {

// The admin's Okta OIDC app (a Native app, client authentication None) and how the setup
// assistant signs in with it against the org authorization server.
struct OidcConfig
{
    static constexpr quint16 defaultRedirectPort = 53682;

    OrgUrl org;
    QString clientId;
    // RFC 8252 §8.3 prefers the IP literal; some orgs only registered `localhost`.
    QString redirectHost = QStringLiteral("127.0.0.1");
    quint16 redirectPort = defaultRedirectPort;
    QStringList scopes = defaultScopes();

    // OIDC scopes plus the read scopes the readiness checks need and the one write scope setup
    // needs (creating the Iru Endpoint API service integration).
    static QStringList defaultScopes();

    // The org authorization server's issuer: the org origin.
    QString issuer() const;
    // http://HOST:PORT/callback, exactly as it must be listed in the OIDC app.
    QString redirectUri() const;
    QUrl endpoint(const QString &path) const;
    QUrl authorizeEndpoint() const { return endpoint(QStringLiteral("/oauth2/v1/authorize")); }
    QUrl tokenEndpoint() const { return endpoint(QStringLiteral("/oauth2/v1/token")); }
    QUrl keysEndpoint() const { return endpoint(QStringLiteral("/oauth2/v1/keys")); }
    QUrl deviceAuthorizeEndpoint() const
    {
        return endpoint(QStringLiteral("/oauth2/v1/device/authorize"));
    }
};

} // namespace odt::okta
