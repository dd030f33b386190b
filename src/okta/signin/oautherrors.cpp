#include "okta/signin/oautherrors.h"

namespace odt::okta {

QString OAuthErrors::describe(const QString &code, const QString &description,
                              const OidcConfig &config)
{
    const bool aboutRedirect = description.contains(QLatin1String("redirect_uri"))
        || description.contains(QLatin1String("redirect URI"))
        || description.contains(QLatin1String("redirection URI"));
    QString message;
    if (aboutRedirect) {
        message = tr("Okta refused the redirect address %1. In the Okta Admin Console, open the "
                     "OIDC app (client ID %2) and add exactly %1 to its Sign-in redirect URIs, "
                     "or choose a port that is listed with --redirect-port.")
                      .arg(config.redirectUri(), config.clientId);
    } else if (code == QLatin1String("invalid_grant")
               && description.contains(QLatin1String("PKCE"))) {
        message = tr("Okta rejected the sign-in's proof key (PKCE). Start the sign-in again.");
    } else if (code == QLatin1String("invalid_grant")) {
        message = tr("Okta refused the sign-in code: it is valid once and for 5 minutes. Start the "
                     "sign-in again.");
    } else if (code == QLatin1String("access_denied")) {
        message = tr("The sign-in was denied: Deny was chosen, or the OIDC app is not assigned to "
                     "this user. Sign in again as an Okta administrator the app is assigned to.");
    } else if (code == QLatin1String("invalid_client")) {
        message = tr("Okta does not know the client ID %1, or the app asks for a client secret. "
                     "Copy the Client ID of a Native OIDC app whose client authentication is "
                     "None (PKCE).")
                      .arg(config.clientId);
    } else if (code == QLatin1String("unauthorized_client")) {
        message = tr("The OIDC app %1 may not use this sign-in method. In its General settings, "
                     "allow the grant types Authorization Code, Refresh Token and Device "
                     "Authorization.")
                      .arg(config.clientId);
    } else if (code == QLatin1String("invalid_scope")) {
        message = tr("The OIDC app %1 was not granted the Okta API scopes the setup assistant "
                     "needs. On its Okta API Scopes tab, grant: %2.")
                      .arg(config.clientId,
                           config.scopes.filter(QLatin1String("okta.")).join(QLatin1String(", ")));
    } else if (code == QLatin1String("expired_token")) {
        message = tr("The sign-in code expired before it was approved. Start again.");
    } else {
        message = tr("Okta refused the sign-in.");
    }
    if (!code.isEmpty()) {
        const QString said = description.isEmpty()
            ? code
            : description + QLatin1String(" (") + code + QLatin1Char(')');
        message += QLatin1Char(' ') + tr("Okta said: %1").arg(said);
    }
    return message;
}

QString OAuthErrors::describe(const net::NetError &error, const OidcConfig &config)
{
    if (error.kind == net::NetError::Kind::Http && !error.serviceCode.isEmpty()
        && !error.serviceCode.startsWith(QLatin1Char('E')))
        return describe(error.serviceCode, error.serviceSummary, config);
    return error.message;
}

} // namespace odt::okta
