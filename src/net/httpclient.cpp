#include "net/httpclient.h"

#include "net/logging.h"
#include "net/serviceerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

namespace odt::net {

struct RequestHandle::State
{
    HttpRequest request;
    HttpClient::Callback callback;
    QPointer<QObject> context;
    QString bucket;
    int attempts = 0;
    int rateLimitedAttempts = 0;
    bool cancelled = false;
    bool done = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> waiting;
    QList<QSslError> tlsErrors;
    bool timedOut = false;
    QMetaObject::Connection contextGuard;
    RequestTrace trace;
};

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::net::HttpClient)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

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
        if (status == 0 && reply->manager()
            && (reply->manager()->proxy().type() == QNetworkProxy::HttpProxy
                || reply->manager()->proxy().type() == QNetworkProxy::Socks5Proxy)) {
            // Qt reports a tunnel the proxy refused as an unknown network error.
            const QNetworkProxy proxy = reply->manager()->proxy();
            error.kind = NetError::Kind::Network;
            error.message = Text::tr("The connection to %1 through the proxy %2:%3 failed (%4). "
                                     "Check the proxy in the network settings, then try again.")
                                .arg(host, proxy.hostName())
                                .arg(proxy.port())
                                .arg(reply->errorString());
            return error;
        }
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
    }
    return error;
}

bool retryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

bool HttpRequest::idempotent() const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
        || method == "OPTIONS";
}

QByteArray JsonResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> JsonResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value.split('\n')); // QNetworkReply joins repeated headers with \n
    }
    return values;
}

void RequestHandle::cancel()
{
    if (!m_state || m_state->done)
        return;
    m_state->cancelled = true;
    if (m_state->waiting)
        m_state->waiting->stop();
    if (m_state->reply)
        m_state->reply->abort();
}

bool RequestHandle::isRunning() const
{
    return m_state && !m_state->done && !m_state->cancelled;
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
    HttpRequest request;
    request.url = url;
    return send(request, context, std::move(callback));
}

RequestHandle HttpClient::send(const HttpRequest &request, QObject *context, Callback callback)
{
    auto state = std::make_shared<RequestHandle::State>();
    state->request = request;
    state->callback = std::move(callback);
    state->context = context;
    state->bucket = RateGovernor::bucketOf(request.url);
    state->trace.id = m_nextRequestId++;
    state->trace.parentId = m_answeringRequestId;
    state->trace.method = request.method;
    state->trace.url = request.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);

    if (request.url.scheme() != QLatin1String("https")) {
        JsonResponse response;
        response.url = request.url;
        response.error.kind = NetError::Kind::InsecureUrl;
        response.error.message
            = Text::tr("Refusing to send a request over plain %1: only https:// is allowed.")
                  .arg(request.url.scheme().isEmpty() ? QStringLiteral("text")
                                                      : request.url.scheme());
        state->done = true;
        QTimer::singleShot(0, context, [state, response] { state->callback(response); });
        return RequestHandle(state);
    }
    // The caller is gone: nothing may call back into it, and the request stops.
    state->contextGuard = connect(context, &QObject::destroyed, this, [this, state] {
        state->cancelled = true;
        state->done = true;
        if (state->waiting)
            state->waiting->stop();
        if (state->reply) {
            state->reply->disconnect(); // abort() finishes synchronously: no callback may run
            state->reply->abort();
            state->reply->deleteLater();
            m_governor.cancelled(state->bucket);
        }
    });
    schedule(state);
    return RequestHandle(state);
}

void HttpClient::schedule(const std::shared_ptr<RequestHandle::State> &state)
{
    if (state->cancelled || state->done)
        return;
    const qint64 wait = m_governor.admit(state->bucket, nowMs());
    if (wait <= 0) {
        dispatch(state);
        return;
    }
    qCDebug(lcNet) << "rate limit: waiting" << wait << "ms for" << state->bucket;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    state->waiting = timer;
    connect(timer, &QTimer::timeout, this, [this, state, timer] {
        timer->deleteLater();
        schedule(state);
    });
    timer->start(int(wait));
}

void HttpClient::dispatch(const std::shared_ptr<RequestHandle::State> &state)
{
    ++state->attempts;
    if (state->attempts == 1)
        state->trace.startedMs = nowMs();
    state->tlsErrors.clear();
    state->timedOut = false;

    const HttpRequest &r = state->request;
    QNetworkRequest request(r.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);

    // Okta wants Content-Length: 0 on body-less POST/PUT; sendCustomRequest sets it.
    QNetworkReply *reply = m_manager->sendCustomRequest(request, r.method, r.body);
    state->reply = reply;
    qCDebug(lcNet) << r.method << r.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                   << "attempt" << state->attempts;

    // TLS errors are collected, never ignored: the handshake then fails and the reply reports it.
    connect(reply, &QNetworkReply::sslErrors, reply,
            [state](const QList<QSslError> &errors) { state->tlsErrors = errors; });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [state, reply] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    connect(reply, &QNetworkReply::finished, this, [this, state, reply] { finish(state, reply); });
}

std::chrono::milliseconds HttpClient::backoff(int attempt) const
{
    // Capped exponential backoff with full jitter, so clients retrying together spread out.
    const qint64 ceiling = qMin<qint64>(
        m_retry.maxDelay.count(), m_retry.baseDelay.count() * (qint64(1) << qMin(attempt, 16)));
    return std::chrono::milliseconds(ceiling / 2
                                     + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void HttpClient::finish(const std::shared_ptr<RequestHandle::State> &state, QNetworkReply *reply)
{
    reply->deleteLater();
    if (state->done)
        return;
    JsonResponse response;
    response.url = reply->url();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (cancel, timeout) is closed: reading it only earns a QIODevice warning.
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.attempts = state->attempts;
    response.error = classify(reply, state->tlsErrors, state->timedOut);
    if (response.httpStatus != 0)
        m_governor.observe(state->bucket, response.headers, response.httpStatus, nowMs());
    else
        m_governor.cancelled(state->bucket);

    if (state->cancelled) {
        state->done = true; // cancel() means the caller no longer wants an answer
        disconnect(state->contextGuard);
        return;
    }
    {
        const bool rateLimited = response.httpStatus == 429;
        const bool transient = retryableStatus(response.httpStatus)
            || (response.httpStatus == 0
                && (response.error.kind == NetError::Kind::Network
                    || response.error.kind == NetError::Kind::Timeout));
        if (rateLimited && ++state->rateLimitedAttempts < m_retry.maxRateLimitedAttempts) {
            qCInfo(lcNet) << "429 from" << state->bucket << "- waiting for the limit to reset";
            schedule(state); // the governor now holds it until the reset
            return;
        }
        if (transient && state->request.idempotent() && state->attempts < m_retry.maxAttempts) {
            const auto delay = backoff(state->attempts);
            qCInfo(lcNet) << "retrying" << state->bucket << "in" << delay.count() << "ms after"
                          << (response.httpStatus ? QString::number(response.httpStatus)
                                                  : response.error.technical);
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            state->waiting = timer;
            connect(timer, &QTimer::timeout, this, [this, state, timer] {
                timer->deleteLater();
                schedule(state);
            });
            timer->start(delay);
            return;
        }
    }

    if (response.error.kind == NetError::Kind::Http)
        describeServiceError(response.error, response.body, response.header("Content-Type"),
                             response.url.host());
    if (!response.error.isError() && !response.body.isEmpty()
        && !response.header("Content-Type").contains("html")) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            response.error.kind = NetError::Kind::InvalidJson;
            response.error.technical = parseError.errorString();
            response.error.message = Text::tr("%1 sent a response that is not valid JSON (%2).")
                                         .arg(response.url.host(), parseError.errorString());
        }
    } else if (!response.error.isError() && response.header("Content-Type").contains("html")) {
        response.error.kind = NetError::Kind::InvalidJson;
        response.error.technical = QStringLiteral("an HTML page: ") + htmlToText(response.body, 80);
        response.error.message
            = Text::tr("%1 sent a web page where data was expected.").arg(response.url.host());
    }
    if (response.error.isError())
        qCInfo(lcNet) << "request failed:"
                      << response.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                      << response.error.technical << "after" << state->attempts << "attempt(s)";
    state->done = true;
    disconnect(state->contextGuard);
    if (!state->context)
        return;
    if (m_traceSink) {
        state->trace.finishedMs = nowMs();
        state->trace.httpStatus = response.httpStatus;
        state->trace.attempts = state->attempts;
        m_traceSink(state->trace);
    }
    const quint64 outer = m_answeringRequestId;
    m_answeringRequestId = state->trace.id;
    state->callback(response);
    m_answeringRequestId = outer;
}

} // namespace odt::net
