#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <deque>

namespace odt::net {

// Paces requests per rate-limit bucket so that normal operation never receives a 429.
// Okta reports each bucket's budget in X-Rate-Limit-Limit/-Remaining/-Reset (reset = epoch
// seconds); services without headers (Iru Endpoint: 10,000 per hour) get a static budget.
// Times are milliseconds since the epoch, passed in so tests control the clock.
class RateGovernor
{
public:
    // Bucket of a URL: host:port plus the first three path segments ("/api/v1/devices"), which
    // is how Okta groups its limits.
    static QString bucketOf(const QUrl &url);

    // A fixed budget for a service that sends no rate-limit headers and counts every request to
    // the host against one limit (Iru Endpoint: 10,000 per hour per tenant): all paths of the host
    // share one bucket. `host` is "host" or "host:port" (the sandbox serves Okta and Iru on one
    // loopback host, different ports). Enforced as a sliding window, so no window of the
    // service's, however aligned, sees more than `requests`.
    void setStaticBudget(const QString &host, int requests, int windowSeconds);

    // How long to wait before this request may go (0: now). A request admitted with 0 is counted
    // as in flight until observe() or cancelled().
    qint64 admit(const QString &bucket, qint64 nowMs);
    // Reads the response's headers (when present) and releases the in-flight slot.
    void observe(const QString &bucket, const QList<QPair<QByteArray, QByteArray>> &headers,
                 int httpStatus, qint64 nowMs);
    // The request admitted for `bucket` ended without a response.
    void cancelled(const QString &bucket);

    // Safety margin after a reset, for clock skew between us and the service.
    static constexpr qint64 resetMarginMs = 500;
    // Without a reset time, a 429 waits this long.
    static constexpr qint64 defaultBackoffMs = 2000;

private:
    struct Bucket
    {
        int limit = -1; // unknown until a response says
        int remaining = -1; // as of the last response, minus what was admitted since
        qint64 resetMs = 0; // when the window restarts
        int inFlight = 0;
        bool staticBudget = false;
        qint64 windowMs = 0; // static budgets only
        std::deque<qint64> sent; // static budgets: admission times within the window
        qint64 blockedUntilMs = 0; // static budgets: after a 429 anyway
    };
    Bucket &bucket(const QString &name);
    // The bucket a request is counted in: the whole host for static budgets.
    QString effectiveName(const QString &name) const;
    qint64 admitStatic(Bucket &b, qint64 nowMs);

    QHash<QString, Bucket> m_buckets;
    QHash<QString, QPair<int, int>> m_staticBudgets; // host → (requests, window seconds)
};

} // namespace odt::net
