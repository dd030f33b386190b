#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace odt::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as the sandbox's handlers see it: a plain, copyable value, so a handler's answer can
// be delayed or faulted after QtHttpServer's own request object is gone.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", …
    QUrl url;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const;
    // application/x-www-form-urlencoded body (OAuth endpoints, Iru blueprint forms).
    QUrlQuery form() const;
    // Parsed JSON body; `ok` false when the body is not JSON.
    QJsonDocument json(bool *ok = nullptr) const;
    // The bearer/SSWS credential after the scheme, empty when absent.
    QByteArray credential(const QByteArray &scheme) const;
};

struct SandboxResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SandboxResponse json(int status, const QJsonValue &value);
    static SandboxResponse text(int status, const QByteArray &body,
                                const QByteArray &contentType = "text/plain; charset=utf-8");
    static SandboxResponse empty(int status);
    // The raw HTTP/1.1 message (status line, headers with Content-Length, body).
    QByteArray serialize() const;
};

QByteArray reasonPhrase(int status);

} // namespace odt::sandbox
