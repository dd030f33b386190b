#pragma once

#include "sandbox/oktaauth.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/scenario.h"
#include "sandbox/statestore.h"

#include <QUrl>

namespace odt::sandbox {

// What every Okta endpoint group needs: the server to add routes to, the mutable tenant state,
// who is calling, and the org's origin (known once listening).
struct OktaContext
{
    SandboxHttpServer &http;
    StateStore &state;
    OktaAuth &auth;
    const Scenario &scenario;

    QUrl origin() const { return http.origin(); }
    QString originString() const { return http.origin().toString(); }
    // okta.tokenLifetimeSeconds (default 3600, Okta's fixed org-AS lifetime).
    int tokenLifetimeSeconds() const
    {
        return state.okta().value(u"tokenLifetimeSeconds").toInt(3600);
    }
};

// Endpoint groups, one file each.
void addOktaOAuthRoutes(OktaContext &context); // /oauth2/v1/*, /.well-known/openid-configuration
void addOktaManagementRoutes(OktaContext &context); // /api/v1/*, /integrations/api/v1/*

} // namespace odt::sandbox
