#pragma once

#include "sandbox/oktaauth.h"
#include "sandbox/oktacontext.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/scenario.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace odt::sandbox {

class StateStore;

// The Okta org half of the sandbox tenant: documented Okta endpoints, answered from the scenario
// and the tenant state, with Okta's error model and rate-limit headers.
class OktaOrgServer : public QObject
{
    Q_OBJECT
public:
    OktaOrgServer(const Scenario &scenario, StateStore *state, QObject *parent = nullptr);
    ~OktaOrgServer() override;

    SandboxHttpServer &http() { return *m_http; }
    OktaAuth &auth() { return m_auth; }
    QUrl origin() const { return m_http->origin(); }

private:
    void addCoreRoutes();
    QJsonObject wellKnownOrganization() const;

    Scenario m_scenario;
    StateStore *m_state;
    SandboxHttpServer *m_http;
    OktaAuth m_auth;
    RateLimiter m_rateLimiter;
    std::optional<RateLimiter::Verdict> m_lastVerdict;
    std::unique_ptr<OktaContext> m_context;
};

} // namespace odt::sandbox
