#include "sandbox/oktaorgserver.h"

#include "sandbox/oktaerrors.h"
#include "sandbox/statestore.h"

#include <QJsonObject>

namespace odt::sandbox {

namespace {
// Okta's default per-minute budget for most management endpoints; scenarios override per bucket.
constexpr int defaultPerMinute = 600;

bool isManagementPath(const QString &path)
{
    return path.startsWith(QLatin1String("/api/v1/"))
        || path.startsWith(QLatin1String("/integrations/api/v1/"));
}
} // namespace

OktaOrgServer::OktaOrgServer(const Scenario &scenario, StateStore *state, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_state(state)
    , m_http(new SandboxHttpServer(this))
    , m_auth(state)
    , m_rateLimiter(state->okta().value(u"rateLimits").toObject(), defaultPerMinute,
                    state->okta().value(u"rateLimitWindowSeconds").toInt(60))
{
    m_context
        = std::make_unique<OktaContext>(OktaContext { *m_http, *m_state, m_auth, m_scenario });

    // Every request spends from its bucket; the headers tell clients how much is left.
    m_http->addGate([this](const SandboxRequest &request) -> std::optional<SandboxResponse> {
        if (!isManagementPath(request.path) && !request.path.startsWith(QLatin1String("/oauth2/")))
            return std::nullopt;
        const RateLimiter::Verdict verdict = m_rateLimiter.take(request.path);
        m_lastVerdict = verdict; // respond() runs gate, handler and decorator in one go
        if (verdict.allowed)
            return std::nullopt;
        SandboxResponse response = oktaerrors::apiError(QStringLiteral("E0000047"));
        response.setHeader("X-Rate-Limit-Limit", QByteArray::number(verdict.limit));
        response.setHeader("X-Rate-Limit-Remaining", "0");
        response.setHeader("X-Rate-Limit-Reset", QByteArray::number(verdict.resetEpochSeconds));
        return response;
    });
    m_http->setDecorator([this](const SandboxRequest &request, SandboxResponse &response) {
        if (!response.header("X-Rate-Limit-Limit").isEmpty() || !m_lastVerdict
            || (!isManagementPath(request.path)
                && !request.path.startsWith(QLatin1String("/oauth2/"))))
            return;
        response.setHeader("X-Rate-Limit-Limit", QByteArray::number(m_lastVerdict->limit));
        response.setHeader("X-Rate-Limit-Remaining", QByteArray::number(m_lastVerdict->remaining));
        response.setHeader("X-Rate-Limit-Reset",
                           QByteArray::number(m_lastVerdict->resetEpochSeconds));
        m_lastVerdict.reset();
    });
    m_http->setFallback([](const SandboxRequest &request, bool pathKnown) {
        if (pathKnown)
            return oktaerrors::apiError(QStringLiteral("E0000022"));
        if (isManagementPath(request.path))
            return oktaerrors::apiError(QStringLiteral("E0000007"), request.path);
        return SandboxResponse::text(404,
                                     "<!DOCTYPE html><html><head><title>Not Found</title></head>"
                                     "<body><h1>404 - Page Not Found</h1></body></html>",
                                     "text/html; charset=utf-8");
    });
    m_http->setFaultBody([](int status, const SandboxRequest &request) {
        if (status == 429) {
            SandboxResponse response = oktaerrors::apiError(QStringLiteral("E0000047"));
            response.setHeader("X-Rate-Limit-Limit", "600");
            response.setHeader("X-Rate-Limit-Remaining", "0");
            response.setHeader("X-Rate-Limit-Reset",
                               QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1));
            return response;
        }
        if (request.path.startsWith(QLatin1String("/oauth2/")))
            return oktaerrors::oauthError(QStringLiteral("server_error"));
        SandboxResponse response = oktaerrors::apiError(QStringLiteral("E0000009"));
        response.status = status; // 500 in the catalog; the fault picks 502/503/504 too
        return response;
    });

    addCoreRoutes();
    addOktaOAuthRoutes(*m_context);
    addOktaManagementRoutes(*m_context);
}

OktaOrgServer::~OktaOrgServer() = default;

QJsonObject OktaOrgServer::wellKnownOrganization() const
{
    // Shape: WellKnownOrgMetadata in the Okta Management OpenAPI spec (operation
    // getWellknownOrgMetadata); `alternate` only when the org has a custom domain.
    QJsonObject links { { QStringLiteral("organization"),
                          QJsonObject { { QStringLiteral("href"), origin().toString() } } } };
    if (!m_scenario.okta.customDomain.isEmpty())
        links.insert(
            QStringLiteral("alternate"),
            QJsonObject { { QStringLiteral("href"),
                            QString(QStringLiteral("https://") + m_scenario.okta.customDomain) } });
    return QJsonObject {
        { QStringLiteral("id"), m_scenario.okta.orgId },
        { QStringLiteral("pipeline"), m_scenario.okta.pipeline },
        { QStringLiteral("_links"), links },
    };
}

void OktaOrgServer::addCoreRoutes()
{
    m_http->router().add("GET", QStringLiteral("/.well-known/okta-organization"),
                         [this](const SandboxRequest &, const QStringList &) {
                             return SandboxResponse::json(200, wellKnownOrganization());
                         });
}

} // namespace odt::sandbox
