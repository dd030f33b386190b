#pragma once

#include "sandbox/irucontext.h"
#include "sandbox/ratelimiter.h"

#include <QObject>

#include <memory>

namespace odt::sandbox {

// The Iru Endpoint (Kandji) half of the sandbox tenant, on its own origin as in reality:
// Bearer UUID token, 10,000 requests per hour, and the documented mixed error bodies.
class IruTenantServer : public QObject
{
    Q_OBJECT
public:
    IruTenantServer(const Scenario &scenario, StateStore *state, QObject *parent = nullptr);
    ~IruTenantServer() override;

    SandboxHttpServer &http() { return *m_http; }
    QUrl origin() const { return m_http->origin(); }

    // The documented 404 page of the Kandji API (library item not found, unknown paths).
    static SandboxResponse notFoundPage();

private:
    Scenario m_scenario;
    StateStore *m_state;
    SandboxHttpServer *m_http;
    RateLimiter m_rateLimiter;
    std::unique_ptr<IruContext> m_context;
};

} // namespace odt::sandbox
