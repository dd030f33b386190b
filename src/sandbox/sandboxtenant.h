#pragma once

#include "crypto/tlsauthority.h"
#include "sandbox/faultinjector.h"
#include "sandbox/scenario.h"

#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace odt::sandbox {

class OktaOrgServer;
class IruTenantServer;
class StateStore;

// The sandbox tenant: an Okta org and an Iru Endpoint tenant for one scenario, each on its own
// HTTPS origin on 127.0.0.1 (separate origins, as in reality), with a CA minted at start-up.
class SandboxTenant : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 oktaPort = 0; // 0: any free port
        quint16 iruPort = 0;
        QString statePath; // persist state across restarts
        // Extra fault rules and latency on top of the scenario's "faults".
        QList<FaultInjector::Rule> extraFaults;
        std::optional<int> latencyMs;
        std::optional<int> jitterMs;
        std::optional<quint32> seed;
    };

    explicit SandboxTenant(const Scenario &scenario, QObject *parent = nullptr);
    ~SandboxTenant() override;

    bool start(quint16 oktaPort, QString *error);
    bool start(const Options &options, QString *error);

    const Scenario &scenario() const { return m_scenario; }
    QUrl oktaOrgUrl() const;
    QUrl iruApiUrl() const;
    QSslCertificate caCertificate() const;
    QByteArray caCertificatePem() const;
    // What scripts outside the process need: ports, Okta users' API tokens, the OIDC client, the
    // Iru Endpoint token (--print-credentials). Sandbox-only values, never real secrets.
    QJsonObject credentials() const;

    OktaOrgServer *okta() const { return m_okta.get(); }
    IruTenantServer *iru() const { return m_iru.get(); }
    StateStore *state() const { return m_state.get(); }

private:
    bool configureFaults(const Options &options, QString *error);

    Scenario m_scenario;
    std::optional<crypto::TlsAuthority> m_authority;
    std::unique_ptr<StateStore> m_state;
    std::unique_ptr<OktaOrgServer> m_okta;
    std::unique_ptr<IruTenantServer> m_iru;
};

} // namespace odt::sandbox
