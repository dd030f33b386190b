#include "sandbox/sandboxhttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace odt::sandbox {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery SandboxRequest::form() const
{
    // '+' means a space in form encoding; QUrlQuery leaves it alone.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QJsonDocument SandboxRequest::json(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && !document.isNull();
    return document;
}

QByteArray SandboxRequest::credential(const QByteArray &scheme) const
{
    const QByteArray authorization = header("Authorization").trimmed();
    const QByteArray prefix = scheme + ' ';
    if (authorization.size() <= prefix.size()
        || authorization.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(prefix.size()).trimmed();
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxResponse SandboxResponse::json(int status, const QJsonValue &value)
{
    SandboxResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.body = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &body,
                                      const QByteArray &contentType)
{
    SandboxResponse response;
    response.status = status;
    response.setHeader("Content-Type", contentType);
    response.body = body;
    return response;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse response;
    response.status = status;
    return response;
}

QByteArray SandboxResponse::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasDate = false;
    for (const auto &[key, value] : headers) {
        if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        hasDate = hasDate || key.compare("Date", Qt::CaseInsensitive) == 0;
        out += key + ": " + value + "\r\n";
    }
    if (!hasDate)
        out += "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(),
                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                  .toLatin1()
            + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out + body;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace odt::sandbox
