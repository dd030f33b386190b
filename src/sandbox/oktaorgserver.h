#pragma once

#include "sandbox/scenario.h"

#include <QHttpServer>
#include <QObject>
#include <QUrl>

namespace odt::sandbox {

// The Okta org half of the sandbox tenant: documented Okta endpoints, answered from the scenario.
class OktaOrgServer : public QObject
{
    Q_OBJECT
public:
    explicit OktaOrgServer(const Scenario &scenario, QObject *parent = nullptr);

    QHttpServer &http() { return m_server; }
    // Set once listening: the issuer and org URL, https://127.0.0.1:PORT.
    void setOrigin(const QUrl &origin) { m_origin = origin; }
    QUrl origin() const { return m_origin; }

private:
    void addRoutes();
    QJsonObject wellKnownOrganization() const;

    Scenario m_scenario;
    QHttpServer m_server;
    QUrl m_origin;
};

} // namespace odt::sandbox
