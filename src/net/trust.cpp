#include "net/trust.h"

#include <QCoreApplication>
#include <QFile>

namespace odt::net {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::net::trust)
};
} // namespace

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty() && error)
        *error = Text::tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                     .arg(path);
    return certificates;
}

} // namespace odt::net
