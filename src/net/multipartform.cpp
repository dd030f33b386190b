#include "net/multipartform.h"

#include <QUuid>

namespace odt::net {

namespace {

// Quotes a Content-Disposition parameter: RFC 7578 §4.2 allows percent-encoding the few
// characters that would end the quoted string.
QByteArray quoted(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('%', "%25").replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + bytes + '"';
}

} // namespace

void MultipartForm::addField(const QString &name, const QString &value)
{
    m_parts.append({ name, {}, false, {}, value.toUtf8() });
    m_boundary.clear();
}

void MultipartForm::addFile(const QString &name, const QString &fileName, const QByteArray &data,
                            const QByteArray &contentType)
{
    m_parts.append({ name, fileName, true, contentType, data });
    m_boundary.clear();
}

QByteArray MultipartForm::boundary() const
{
    while (m_boundary.isEmpty()) {
        const QByteArray candidate = "odt-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        bool clash = false;
        for (const Part &part : m_parts)
            clash = clash || part.data.contains(candidate);
        if (!clash)
            m_boundary = candidate;
    }
    return m_boundary;
}

QByteArray MultipartForm::body() const
{
    const QByteArray delimiter = "--" + boundary();
    QByteArray body;
    for (const Part &part : m_parts) {
        body += delimiter + "\r\nContent-Disposition: form-data; name=" + quoted(part.name);
        if (part.isFile)
            body += "; filename=" + quoted(part.fileName) + "\r\nContent-Type: " + part.contentType;
        body += "\r\n\r\n" + part.data + "\r\n";
    }
    body += delimiter + "--\r\n";
    return body;
}

QByteArray MultipartForm::contentType() const
{
    return "multipart/form-data; boundary=" + boundary();
}

} // namespace odt::net
