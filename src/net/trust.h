#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace odt::net {

// Reads the PEM certificates an admin names with --ca-file (a TLS-inspecting proxy's root, or the
// sandbox's CA). An empty list with `error` set when the file is missing or holds no certificate.
QList<QSslCertificate> loadCaFile(const QString &path, QString *error);

} // namespace odt::net
