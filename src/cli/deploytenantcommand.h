#pragma once

#include <QStringList>

namespace odt::cli {

// `odt-setup deploy plan|apply|verify|remove`: the ODT configuration on Iru Endpoint.
// Exit codes: 0 done or nothing to do (verify: no drift), 1 done with warnings (verify: drift),
// 2 refused or failed (the tenant stays consistent, the journal says where), 3 could not start.
class DeployTenantCommand
{
public:
    enum class Operation { Plan, Apply, Verify, Remove };

    // `arguments` starts with the subcommand's name.
    int run(Operation operation, const QStringList &arguments);
};

} // namespace odt::cli
