#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace odt::sandbox {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QString name; // the form field name from Content-Disposition
    std::optional<QString> filename; // set for file parts, even when empty ("filename=\"\"")
    QByteArray contentType; // the part's own Content-Type, empty when absent
    QByteArray data;
};

// Parses a multipart/form-data body. `contentType` is the request's Content-Type header, which
// carries the boundary. Returns nothing (with `error` set) for a body that is not well-formed:
// a client that sends a broken body must see it rejected, not half-read.
std::optional<QList<MultipartPart>> parseMultipartFormData(const QByteArray &contentType,
                                                           const QByteArray &body,
                                                           QString *error = nullptr);

// The boundary parameter of a multipart Content-Type, unquoted; empty when absent.
QByteArray multipartBoundary(const QByteArray &contentType);

} // namespace odt::sandbox
