#include "net/rategovernor.h"

namespace odt::net {

namespace {
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

QString RateGovernor::bucketOf(const QUrl &url)
{
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return url.host() + QLatin1Char(':') + QString::number(url.port(443)) + QLatin1Char('/')
        + segments.mid(0, 3).join(QLatin1Char('/'));
}

void RateGovernor::setStaticBudget(const QString &host, int requests, int windowSeconds)
{
    m_staticBudgets.insert(host, { requests, windowSeconds });
}

QString RateGovernor::effectiveName(const QString &name) const
{
    if (m_staticBudgets.isEmpty())
        return name;
    // "host:port/api/v1/x" → "host:port" and "host" (the last colon: IPv6 hosts contain colons).
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    const QString origin = slash < 0 ? name : name.left(slash);
    const QString host = origin.left(origin.lastIndexOf(QLatin1Char(':')));
    if (m_staticBudgets.contains(origin) || m_staticBudgets.contains(host))
        return origin;
    return name;
}

RateGovernor::Bucket &RateGovernor::bucket(const QString &name)
{
    auto it = m_buckets.find(name);
    if (it != m_buckets.end())
        return *it;
    Bucket fresh;
    const QString host = name.left(name.lastIndexOf(QLatin1Char(':')));
    auto budget = m_staticBudgets.constFind(name);
    if (budget == m_staticBudgets.cend())
        budget = m_staticBudgets.constFind(host);
    if (budget != m_staticBudgets.cend()) {
        fresh.staticBudget = true;
        fresh.limit = budget->first;
        fresh.remaining = budget->first;
        fresh.windowMs = qint64(budget->second) * 1000;
    }
    return *m_buckets.insert(name, fresh);
}

qint64 RateGovernor::admitStatic(Bucket &b, qint64 nowMs)
{
    while (!b.sent.empty() && b.sent.front() + b.windowMs <= nowMs)
        b.sent.pop_front();
    if (nowMs < b.blockedUntilMs)
        return b.blockedUntilMs - nowMs;
    if (b.limit >= 0 && qsizetype(b.sent.size()) >= b.limit)
        return b.sent.front() + b.windowMs - nowMs;
    b.sent.push_back(nowMs);
    ++b.inFlight;
    return 0;
}

qint64 RateGovernor::admit(const QString &bucketName, qint64 nowMs)
{
    const QString name = effectiveName(bucketName);
    Bucket &b = bucket(name);
    if (b.staticBudget)
        return admitStatic(b, nowMs);
    if (b.resetMs != 0 && nowMs >= b.resetMs) {
        // A new window: the full budget is back (minus what is still in flight).
        b.remaining = b.limit >= 0 ? b.limit - b.inFlight : -1;
        b.resetMs = b.staticBudget ? nowMs + b.windowMs : 0;
    }
    if (b.staticBudget && b.resetMs == 0)
        b.resetMs = nowMs + b.windowMs;
    if (b.remaining == 0 || (b.remaining < 0 && b.limit == 0)) {
        const qint64 until = b.resetMs > nowMs ? b.resetMs : nowMs + defaultBackoffMs;
        return until - nowMs + (b.staticBudget ? 0 : resetMarginMs);
    }
    if (b.remaining > 0)
        --b.remaining;
    ++b.inFlight;
    return 0;
}

void RateGovernor::observe(const QString &bucketName,
                           const QList<QPair<QByteArray, QByteArray>> &headers, int httpStatus,
                           qint64 nowMs)
{
    const QString name = effectiveName(bucketName);
    Bucket &b = bucket(name);
    b.inFlight = qMax(0, b.inFlight - 1);
    if (b.staticBudget) {
        // The service counted differently (another client on the same token, say): hold off.
        if (httpStatus == 429) {
            bool ok = false;
            const qint64 retryAfter = headerValue(headers, "Retry-After").toLongLong(&ok);
            b.blockedUntilMs = nowMs + (ok ? retryAfter * 1000 : defaultBackoffMs);
        }
        return;
    }
    bool ok = false;
    const int limit = headerValue(headers, "X-Rate-Limit-Limit").toInt(&ok);
    if (ok) {
        b.limit = limit;
        const int remaining = headerValue(headers, "X-Rate-Limit-Remaining").toInt(&ok);
        if (ok)
            b.remaining = qMax(0, remaining - b.inFlight);
        const qint64 resetSeconds = headerValue(headers, "X-Rate-Limit-Reset").toLongLong(&ok);
        if (ok)
            b.resetMs = resetSeconds * 1000;
    }
    if (httpStatus == 429) {
        b.remaining = 0;
        if (b.resetMs <= nowMs) {
            const qint64 retryAfter = headerValue(headers, "Retry-After").toLongLong(&ok);
            b.resetMs = nowMs + (ok ? retryAfter * 1000 : defaultBackoffMs);
        }
    }
}

void RateGovernor::cancelled(const QString &bucketName)
{
    Bucket &b = bucket(effectiveName(bucketName));
    b.inFlight = qMax(0, b.inFlight - 1);
}

} // namespace odt::net
