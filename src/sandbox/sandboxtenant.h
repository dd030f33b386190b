#pragma once

#include "crypto/tlsauthority.h"
#include "sandbox/scenario.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace odt::sandbox {

class OktaOrgServer;

// The sandbox tenant: a local HTTPS server that plays an Okta org (and, later, an Iru Endpoint
// tenant) for one scenario. Listens on 127.0.0.1 only, with a CA minted at start-up.
class SandboxTenant : public QObject
{
    Q_OBJECT
public:
    explicit SandboxTenant(const Scenario &scenario, QObject *parent = nullptr);
    ~SandboxTenant() override;

    // Mints the CA and server certificate, then listens. Port 0 picks a free port.
    bool start(quint16 oktaPort, QString *error);

    const Scenario &scenario() const { return m_scenario; }
    QUrl oktaOrgUrl() const;
    QSslCertificate caCertificate() const;
    QByteArray caCertificatePem() const;

private:
    Scenario m_scenario;
    std::optional<crypto::TlsAuthority> m_authority;
    std::unique_ptr<OktaOrgServer> m_okta;
};

} // namespace odt::sandbox
