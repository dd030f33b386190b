#pragma once

#include "net/neterror.h"
#include "okta/signin/oidcconfig.h"

#include <QCoreApplication>
#include <QString>

namespace odt::okta {

// Sentences for the admin from the OAuth errors Okta's org authorization server answers with
// ({"error","error_description"} bodies, or error=… on the redirect): what went wrong and what
// to change in the OIDC app.
class OAuthErrors
{
    Q_DECLARE_TR_FUNCTIONS(odt::okta::OAuthErrors)
public:
    // `code` is the OAuth error (invalid_grant), `description` Okta's error_description.
    static QString describe(const QString &code, const QString &description,
                            const OidcConfig &config);
    // A failed token or device-authorization request: the service's OAuth error when it sent
    // one, else the transport error's own message.
    static QString describe(const net::NetError &error, const OidcConfig &config);
};

} // namespace odt::okta
