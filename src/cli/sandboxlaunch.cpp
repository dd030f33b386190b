#include "cli/sandboxlaunch.h"

#include "controller/session.h"
#include "sandbox/sandboxtenant.h"

namespace odt::cli {

std::unique_ptr<sandbox::SandboxTenant> startSandbox(Session *session, const QString &scenarioName,
                                                     QString *error)
{
    const auto scenario = sandbox::Scenario::load(scenarioName, error);
    if (!scenario)
        return nullptr;
    auto tenant = std::make_unique<sandbox::SandboxTenant>(*scenario);
    if (!tenant->start(0, error))
        return nullptr;
    session->trustExtraCaCertificates({ tenant->caCertificate() });
    return tenant;
}

} // namespace odt::cli
