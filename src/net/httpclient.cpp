#include "net/httpclient.h"

#include "net/logging.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace odt::net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::net::HttpClient)
};

QString describeTlsErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &error : errors)
        parts.append(error.errorString());
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

NetError classify(QNetworkReply *reply, const QList<QSslError> &tlsErrors, bool timedOut)
{
    NetError error;
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.httpStatus = status;
    error.technical = reply->errorString();

    const auto timeout = [&error, &host] {
        error.kind = NetError::Kind::Timeout;
        error.message
            = Text::tr("%1 did not answer in time. Check your network connection or proxy, "
                       "then try again.")
                  .arg(host);
        return error;
    };
    if (timedOut)
        return timeout();
    if (!tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        error.kind = NetError::Kind::Tls;
        if (!tlsErrors.isEmpty())
            error.technical = describeTlsErrors(tlsErrors);
        error.message
            = Text::tr("The secure connection to %1 could not be verified (%2). Nothing was "
                       "sent. If your network inspects TLS traffic, add your organization's "
                       "root certificate as a trusted CA file.")
                  .arg(host, error.technical);
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = NetError::Kind::HostNotFound;
        error.message
            = Text::tr("The host %1 could not be found. Check the spelling of the address and "
                       "your network connection.")
                  .arg(host);
        return error;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = NetError::Kind::ConnectionRefused;
        error.message
            = Text::tr("%1 refused the connection. Check the address and port.").arg(host);
        return error;
    case QNetworkReply::TimeoutError:
        return timeout();
    case QNetworkReply::OperationCanceledError:
        error.kind = NetError::Kind::Cancelled;
        error.message = Text::tr("The request to %1 was cancelled.").arg(host);
        return error;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error.kind = NetError::Kind::Network;
        error.message = Text::tr("The proxy could not reach %1 (%2). Check the proxy settings.")
                            .arg(host, reply->errorString());
        return error;
    default:
        if (status == 0) {
            error.kind = NetError::Kind::Network;
            error.message
                = Text::tr("The connection to %1 failed (%2). Check your network connection, "
                           "then try again.")
                      .arg(host, reply->errorString());
            return error;
        }
        break; // an HTTP status: reported below
    }
    if (status < 200 || status >= 300) {
        error.kind = NetError::Kind::Http;
        error.technical
            = QStringLiteral("HTTP %1 %2")
                  .arg(status)
                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        error.message = Text::tr("%1 answered HTTP %2.").arg(host).arg(status);
    }
    return error;
}

} // namespace

QByteArray JsonResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void RequestHandle::cancel()
{
    if (m_reply)
        m_reply->abort();
}

bool RequestHandle::isRunning() const
{
    return m_reply && m_reply->isRunning();
}

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    Q_ASSERT(manager);
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas = certificates;
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("ODTSetupAssistant/") + QByteArrayLiteral(ODT_VERSION);
}

RequestHandle HttpClient::getJson(const QUrl &url, QObject *context, Callback callback)
{
    if (url.scheme() != QLatin1String("https")) {
        JsonResponse response;
        response.url = url;
        response.error.kind = NetError::Kind::InsecureUrl;
        response.error.message
            = Text::tr("Refusing to send a request over plain %1: only https:// is "
                       "allowed.")
                  .arg(url.scheme().isEmpty() ? QStringLiteral("text") : url.scheme());
        QTimer::singleShot(0, context,
                           [callback = std::move(callback), response] { callback(response); });
        return {};
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);

    QNetworkReply *reply = m_manager->get(request);
    qCDebug(lcNet) << "GET" << url.toDisplayString(QUrl::RemoveQuery);

    // Errors are collected, never ignored: the handshake then fails and the reply reports it.
    auto tlsErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [tlsErrors](const QList<QSslError> &errors) { *tlsErrors = errors; });

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);

    connect(reply, &QNetworkReply::finished, context,
            [reply, tlsErrors, timedOut, callback = std::move(callback)] {
                reply->deleteLater();
                JsonResponse response;
                response.url = reply->url();
                response.httpStatus
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.body = reply->readAll();
                response.headers = reply->rawHeaderPairs();
                response.error = classify(reply, *tlsErrors, *timedOut);
                if (!response.error.isError() && !response.body.isEmpty()) {
                    QJsonParseError parseError;
                    response.json = QJsonDocument::fromJson(response.body, &parseError);
                    if (parseError.error != QJsonParseError::NoError) {
                        response.error.kind = NetError::Kind::InvalidJson;
                        response.error.technical = parseError.errorString();
                        response.error.message
                            = Text::tr("%1 sent a response that is not valid JSON (%2).")
                                  .arg(reply->url().host(), parseError.errorString());
                    }
                }
                if (response.error.isError())
                    qCInfo(lcNet) << "request failed:"
                                  << reply->url().toDisplayString(QUrl::RemoveQuery)
                                  << response.error.technical;
                callback(response);
            });
    // The caller is gone: drop the callback before aborting, since abort() finishes synchronously
    // and the callback may touch the half-destroyed caller.
    connect(context, &QObject::destroyed, reply, [reply] {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    });
    return RequestHandle(reply);
}

} // namespace odt::net
