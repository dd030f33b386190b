#pragma once

#include "net/neterror.h"
#include "net/rategovernor.h"

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
#include <memory>

class QNetworkAccessManager;

namespace odt::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers; // e.g. Authorization: never logged
    QByteArray body;
    QByteArray contentType;

    // Safe to send twice: retried after 5xx, resets and timeouts. Everything may be retried after
    // a 429, which the service rejected before doing anything.
    bool idempotent() const;
};

struct JsonResponse
{
    QUrl url;
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json; // null unless the body parsed as JSON
    HeaderList headers;
    NetError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;
    // Every value of a repeated header (Okta sends one Link header per relation).
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

// One request as it happened, for benchmarks and diagnostics: which request's answer caused it
// (its parent, 0 for none), and when it started and ended. Carries no headers or bodies.
struct RequestTrace
{
    quint64 id = 0;
    quint64 parentId = 0;
    QByteArray method;
    QUrl url; // without credentials or fragment
    qint64 startedMs = 0; // first attempt sent
    qint64 finishedMs = 0; // answer handed to the caller
    int httpStatus = 0;
    int attempts = 0;
};

// Cancels the request it names when the caller loses interest: no callback runs afterwards, and
// no retry is sent. A no-op once it finished.
class RequestHandle
{
public:
    struct State;
    RequestHandle() = default;
    explicit RequestHandle(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }
    void cancel();
    bool isRunning() const;

private:
    std::shared_ptr<State> m_state;
};

// The one HTTPS client every service client goes through: https only, strict TLS with optional
// extra trusted CAs (corporate TLS inspection, the sandbox), per-attempt timeouts, a rate-limit
// governor, retries with capped exponential backoff and jitter, and typed errors that carry what
// the service said.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const JsonResponse &)>;

    struct RetryPolicy
    {
        int maxAttempts = 4; // for idempotent requests on 5xx, resets, timeouts
        int maxRateLimitedAttempts = 6;
        std::chrono::milliseconds baseDelay { 250 };
        std::chrono::milliseconds maxDelay { 8000 };
    };

    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Added to the system trust store, never replacing it.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RateGovernor &governor() { return m_governor; }

    // The callback runs on the event loop, never inside this call, and not after `context` died.
    RequestHandle send(const HttpRequest &request, QObject *context, Callback callback);
    RequestHandle getJson(const QUrl &url, QObject *context, Callback callback);

    static QByteArray userAgent();

    // Called once per request that reaches its caller. A request sent from inside another's
    // callback is that request's child: the chains are the readiness check's critical path.
    using TraceSink = std::function<void(const RequestTrace &)>;
    void setTraceSink(TraceSink sink) { m_traceSink = std::move(sink); }

private:
    friend struct RequestHandle::State;
    void schedule(const std::shared_ptr<RequestHandle::State> &state);
    void dispatch(const std::shared_ptr<RequestHandle::State> &state);
    void finish(const std::shared_ptr<RequestHandle::State> &state, QNetworkReply *reply);
    std::chrono::milliseconds backoff(int attempt) const;

    QNetworkAccessManager *m_manager;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(30) };
    RetryPolicy m_retry;
    RateGovernor m_governor;
    TraceSink m_traceSink;
    quint64 m_nextRequestId = 1;
    quint64 m_answeringRequestId = 0; // whose callback is running
};

} // namespace odt::net
