#include "sandbox/oktacontext.h"

namespace odt::sandbox {

void addOktaOAuthRoutes(OktaContext &context)
{
    Q_UNUSED(context)
}

} // namespace odt::sandbox
