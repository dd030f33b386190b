#include "sandbox/ratelimiter.h"

namespace odt::sandbox {

RateLimiter::RateLimiter(const QJsonObject &limits, int defaultLimit, int windowSeconds)
    : m_windowSeconds(windowSeconds)
{
    m_limits.insert(QStringLiteral("default"), defaultLimit);
    for (auto it = limits.begin(); it != limits.end(); ++it)
        m_limits.insert(it.key(), it.value().toInt(defaultLimit));
}

QString RateLimiter::bucketFor(const QString &path) const
{
    QString best = QStringLiteral("default");
    qsizetype bestLength = 0;
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('/')) && path.startsWith(it.key())
            && it.key().size() > bestLength) {
            best = it.key();
            bestLength = it.key().size();
        }
    }
    return best;
}

RateLimiter::Verdict RateLimiter::take(const QString &path)
{
    const QString bucket = bucketFor(path);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Window &window = m_windows[bucket];
    if (window.start == 0 || now >= window.start + m_windowSeconds)
        window = { now, 0 };
    Verdict verdict;
    verdict.limit = m_limits.value(bucket);
    verdict.resetEpochSeconds = window.start + m_windowSeconds;
    if (window.used >= verdict.limit) {
        verdict.allowed = false;
        verdict.remaining = 0;
        return verdict;
    }
    ++window.used;
    verdict.remaining = verdict.limit - window.used;
    return verdict;
}

} // namespace odt::sandbox
