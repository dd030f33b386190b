#pragma once

#include "sandbox/sandboxhttpserver.h"
#include "sandbox/scenario.h"
#include "sandbox/statestore.h"

namespace odt::sandbox {

// What every Iru Endpoint endpoint group needs.
struct IruContext
{
    SandboxHttpServer &http;
    StateStore &state;
    const Scenario &scenario;

    QUrl origin() const { return http.origin(); }
};

void addIruRoutes(IruContext &context); // /api/v1/blueprints, devices, library …

} // namespace odt::sandbox
