#pragma once

#include <QString>

namespace odt::profiles {

// Every identifier this tool writes into a profile starts with this, so a profile on a tenant or
// a device is recognisable as ours: the readiness checks do not mistake it for a manual ODT
// set-up, and only ours is ever updated or removed.
inline QString ourIdentifierPrefix()
{
    return QStringLiteral("org.odt-setup-assistant.");
}

} // namespace odt::profiles
