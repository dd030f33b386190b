#include "sandbox/irucontext.h"

namespace odt::sandbox {

void addIruRoutes(IruContext &context)
{
    Q_UNUSED(context)
}

} // namespace odt::sandbox
