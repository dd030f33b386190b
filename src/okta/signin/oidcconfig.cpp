#include "okta/signin/oidcconfig.h"

namespace odt::okta {

QStringList OidcConfig::defaultScopes()
{
    return { QStringLiteral("openid"),
             QStringLiteral("profile"),
             QStringLiteral("email"),
             QStringLiteral("offline_access"),
             QStringLiteral("okta.users.read"),
             QStringLiteral("okta.roles.read"),
             QStringLiteral("okta.authenticators.read"),
             QStringLiteral("okta.policies.read"),
             QStringLiteral("okta.deviceIntegrations.read"),
             QStringLiteral("okta.devices.read"),
             QStringLiteral("okta.oauthIntegrations.manage") };
}

QString OidcConfig::issuer() const
{
    return org.toString();
}

QString OidcConfig::redirectUri() const
{
    // An IPv6 literal (::1) needs brackets in a URI.
    const QString host = redirectHost.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + redirectHost + QLatin1Char(']')
        : redirectHost;
    return QStringLiteral("http://%1:%2/callback").arg(host).arg(redirectPort);
}

QUrl OidcConfig::endpoint(const QString &path) const
{
    QUrl url = org.url();
    url.setPath(path);
    return url;
}

} // namespace odt::okta
