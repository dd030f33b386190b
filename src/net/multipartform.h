#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace odt::net {

// A multipart/form-data body (RFC 7578), fields in the order added: what Iru Endpoint's custom
// profile create and update take. The boundary is random and checked against the content.
class MultipartForm
{
public:
    void addField(const QString &name, const QString &value);
    void addFile(const QString &name, const QString &fileName, const QByteArray &data,
                 const QByteArray &contentType = "application/octet-stream");

    QByteArray body() const;
    // multipart/form-data; boundary=…
    QByteArray contentType() const;

private:
    struct Part
    {
        QString name;
        QString fileName;
        bool isFile = false;
        QByteArray contentType;
        QByteArray data;
    };
    QByteArray boundary() const;

    QList<Part> m_parts;
    mutable QByteArray m_boundary;
};

} // namespace odt::net
