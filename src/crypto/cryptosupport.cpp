#include "crypto/cryptosupport.h"

#include <QCoreApplication>
#include <QtCrypto>

namespace odt::crypto {

QString missingCryptoSupport()
{
    QStringList missing;
    for (const char *feature : { "pkey", "rsa", "cert", "ca", "csr", "sha256" }) {
        if (!QCA::isSupported(feature))
            missing.append(QLatin1String(feature));
    }
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("odt::crypto",
                                       "The QCA crypto provider is missing (no support for %1). "
                                       "Install the qca-ossl plugin, or set QCA_PLUGIN_PATH to "
                                       "the folder that holds crypto/libqca-ossl.")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace odt::crypto
