#include "sandbox/irutenantserver.h"

#include <QJsonObject>

namespace odt::sandbox {

namespace {
constexpr int requestsPerHour = 10000; // Kandji/Iru API collection: per customer

// The API's 401/403/429 bodies are not documented; the API is served by Django REST framework
// (its `id__in` filters and `{count,next,previous,results}` pages), so its standard "detail"
// bodies are used. Clients must not depend on them (the collection documents no error schema).
SandboxResponse detail(int status, const char *text)
{
    return SandboxResponse::json(
        status, QJsonObject { { QStringLiteral("detail"), QString::fromLatin1(text) } });
}
} // namespace

SandboxResponse IruTenantServer::notFoundPage()
{
    return SandboxResponse::text(
        404,
        "<!doctype html><html lang=\"en\"><head><title>Not Found</title></head><body><h1>Not "
        "Found</h1><p>The requested resource was not found on this server.</p></body></html>",
        "text/html; charset=utf-8");
}

IruTenantServer::IruTenantServer(const Scenario &scenario, StateStore *state, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_state(state)
    , m_http(new SandboxHttpServer(this))
    , m_rateLimiter(QJsonObject(), state->iru().value(u"rateLimitPerHour").toInt(requestsPerHour),
                    3600)
{
    m_context = std::make_unique<IruContext>(IruContext { *m_http, *m_state, m_scenario });

    m_http->addGate([this](const SandboxRequest &request) -> std::optional<SandboxResponse> {
        if (!request.path.startsWith(QLatin1String("/api/")))
            return std::nullopt;
        const QByteArray token = request.credential("Bearer");
        if (token.isEmpty())
            return detail(401, "Authentication credentials were not provided.");
        if (token != m_state->iru().value(u"apiToken").toString().toUtf8())
            return detail(401, "Invalid token.");
        if (!m_rateLimiter.take(request.path).allowed)
            return detail(429, "Request was throttled.");
        return std::nullopt;
    });
    m_http->setFallback([](const SandboxRequest &, bool pathKnown) {
        if (pathKnown)
            return detail(405, "Method not allowed.");
        return notFoundPage();
    });
    m_http->setFaultBody([](int status, const SandboxRequest &) {
        if (status == 429)
            return detail(429, "Request was throttled.");
        return SandboxResponse::text(status, reasonPhrase(status));
    });
    addIruRoutes(*m_context);
}

IruTenantServer::~IruTenantServer() = default;

} // namespace odt::sandbox
