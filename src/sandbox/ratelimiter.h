#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace odt::sandbox {

// Fixed-window request budgets per bucket. Okta: one bucket per endpoint family (longest matching
// path prefix from okta.rateLimits, per minute), reported in X-Rate-Limit-* headers. Iru
// Endpoint: one bucket per tenant, 10,000 requests per hour.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
    };

    // `limits`: {"default": N, "/api/v1/devices": M, …}; `windowSeconds` is the window length.
    RateLimiter(const QJsonObject &limits, int defaultLimit, int windowSeconds);

    Verdict take(const QString &path);
    QString bucketFor(const QString &path) const;

private:
    struct Window
    {
        qint64 start = 0;
        int used = 0;
    };
    QHash<QString, int> m_limits;
    QHash<QString, Window> m_windows;
    int m_windowSeconds;
};

} // namespace odt::sandbox
