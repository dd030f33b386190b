#include "net/trust.h"

#include <QCoreApplication>
#include <QFile>

namespace odt::net {

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("odt::net::trust", text);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty() && error)
        *error = tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                     .arg(path);
    return certificates;
}

} // namespace odt::net
