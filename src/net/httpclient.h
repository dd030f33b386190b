#pragma once

#include "net/neterror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace odt::net {

struct JsonResponse
{
    QUrl url;
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json; // null unless the body parsed as JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    NetError error;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;
};

// Cancels the request it names when the caller loses interest; a no-op once it finished.
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(QNetworkReply *reply)
        : m_reply(reply)
    { }
    void cancel();
    bool isRunning() const;

private:
    QPointer<QNetworkReply> m_reply;
};

// The one HTTPS client every service client goes through: https only, strict TLS with optional
// extra trusted CAs (corporate TLS inspection, the sandbox), timeouts, and typed errors.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const JsonResponse &)>;

    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Added to the system trust store, never replacing it.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // The callback runs on the event loop, never inside this call, and not after `context` died.
    RequestHandle getJson(const QUrl &url, QObject *context, Callback callback);

    static QByteArray userAgent();

private:
    void finish(QNetworkReply *reply, const QList<QSslError> &tlsErrors, const Callback &callback);

    QNetworkAccessManager *m_manager;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(30) };
};

} // namespace odt::net
