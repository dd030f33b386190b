#include "sandbox/oktacontext.h"

namespace odt::sandbox {

void addOktaManagementRoutes(OktaContext &context)
{
    Q_UNUSED(context)
}

} // namespace odt::sandbox
