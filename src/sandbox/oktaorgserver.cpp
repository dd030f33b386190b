#include "sandbox/oktaorgserver.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace odt::sandbox {

OktaOrgServer::OktaOrgServer(const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    addRoutes();
}

QJsonObject OktaOrgServer::wellKnownOrganization() const
{
    // Shape: WellKnownOrgMetadata in the Okta Management OpenAPI spec (operation
    // getWellknownOrgMetadata); `alternate` only when the org has a custom domain.
    QJsonObject links { { QStringLiteral("organization"),
                          QJsonObject { { QStringLiteral("href"), m_origin.toString() } } } };
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

void OktaOrgServer::addRoutes()
{
    m_server.route(QStringLiteral("/.well-known/okta-organization"),
                   QHttpServerRequest::Method::Get,
                   [this] { return QHttpServerResponse(wellKnownOrganization()); });
}

} // namespace odt::sandbox
