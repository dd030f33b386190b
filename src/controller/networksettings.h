#pragma once

#include "net/proxysetting.h"

namespace odt {

// The network settings the wizard remembers between runs (QSettings; nothing secret in them).
namespace networksettings {

net::ProxySetting savedProxy();
void saveProxy(const net::ProxySetting &proxy);

} // namespace networksettings
} // namespace odt
