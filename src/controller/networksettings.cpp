#include "controller/networksettings.h"

#include <QSettings>

namespace odt::networksettings {

namespace {
const QString proxyKey = QStringLiteral("network/proxy");
}

net::ProxySetting savedProxy()
{
    QString error;
    const net::ProxySetting proxy
        = net::ProxySetting::parse(QSettings().value(proxyKey).toString(), &error);
    // A setting edited by hand into something invalid falls back to the system's proxy.
    return error.isEmpty() ? proxy : net::ProxySetting::system();
}

void saveProxy(const net::ProxySetting &proxy)
{
    QSettings().setValue(proxyKey, proxy.toString());
}

} // namespace odt::networksettings
