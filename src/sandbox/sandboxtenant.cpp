#include "sandbox/sandboxtenant.h"

#include "sandbox/irutenantserver.h"
#include "sandbox/oktaorgserver.h"
#include "sandbox/statestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSslConfiguration>

namespace odt::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "odt.sandbox", QtInfoMsg)

SandboxTenant::SandboxTenant(const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{ }

SandboxTenant::~SandboxTenant() = default;

bool SandboxTenant::start(quint16 oktaPort, QString *error)
{
    Options options;
    options.oktaPort = oktaPort;
    return start(options, error);
}

bool SandboxTenant::start(const Options &options, QString *error)
{
    m_authority = crypto::TlsAuthority::create(error);
    if (!m_authority)
        return false;
    m_state = std::make_unique<StateStore>(m_scenario, options.statePath);
    if (!m_state->load(error))
        return false;

    const crypto::TlsIdentity identity = m_authority->serverIdentity();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(identity.chain);
    tls.setPrivateKey(identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates

    m_okta = std::make_unique<OktaOrgServer>(m_scenario, m_state.get());
    m_iru = std::make_unique<IruTenantServer>(m_scenario, m_state.get());
    if (!configureFaults(options, error))
        return false;
    if (!m_okta->http().listenTls(tls, options.oktaPort, error)
        || !m_iru->http().listenTls(tls, options.iruPort, error))
        return false;
    qCDebug(lcSandbox) << "scenario" << m_scenario.name << "Okta org at" << oktaOrgUrl()
                       << "Iru Endpoint at" << iruApiUrl();
    return true;
}

bool SandboxTenant::configureFaults(const Options &options, QString *error)
{
    for (SandboxHttpServer *server : { &m_okta->http(), &m_iru->http() }) {
        auto injector = FaultInjector::fromJson(m_scenario.faults, error);
        if (!injector)
            return false;
        for (const FaultInjector::Rule &rule : options.extraFaults)
            injector->addRule(rule);
        if (options.seed)
            injector->setSeed(*options.seed);
        if (options.latencyMs || options.jitterMs)
            injector->setLatency(options.latencyMs.value_or(0), options.jitterMs.value_or(0));
        server->faults() = *injector;
    }
    return true;
}

QUrl SandboxTenant::oktaOrgUrl() const
{
    return m_okta ? m_okta->origin() : QUrl();
}

QUrl SandboxTenant::iruApiUrl() const
{
    return m_iru ? m_iru->origin() : QUrl();
}

QSslCertificate SandboxTenant::caCertificate() const
{
    return m_authority ? m_authority->caCertificate() : QSslCertificate();
}

QByteArray SandboxTenant::caCertificatePem() const
{
    return m_authority ? m_authority->caCertificatePem() : QByteArray();
}

QJsonObject SandboxTenant::credentials() const
{
    QJsonArray users;
    const QJsonArray scenarioUsers = m_state->okta().value(u"users").toArray();
    for (const QJsonValue &value : scenarioUsers) {
        const QJsonObject user = value.toObject();
        users.append(QJsonObject {
            { QStringLiteral("id"), user.value(u"id") },
            { QStringLiteral("login"), user.value(u"profile").toObject().value(u"login") },
            { QStringLiteral("password"), user.value(u"password") },
            { QStringLiteral("apiToken"), user.value(u"apiToken") },
        });
    }
    QJsonArray clients;
    const QJsonArray scenarioClients = m_state->okta().value(u"oidcClients").toArray();
    for (const QJsonValue &value : scenarioClients) {
        const QJsonObject client = value.toObject();
        clients.append(
            QJsonObject { { QStringLiteral("clientId"), client.value(u"client_id") },
                          { QStringLiteral("redirectUris"), client.value(u"redirect_uris") } });
    }
    return QJsonObject {
        { QStringLiteral("scenario"), m_scenario.name },
        { QStringLiteral("okta"),
          QJsonObject { { QStringLiteral("orgUrl"), oktaOrgUrl().toString() },
                        { QStringLiteral("port"), oktaOrgUrl().port() },
                        { QStringLiteral("users"), users },
                        { QStringLiteral("oidcClients"), clients } } },
        { QStringLiteral("iru"),
          QJsonObject { { QStringLiteral("apiUrl"), iruApiUrl().toString() },
                        { QStringLiteral("port"), iruApiUrl().port() },
                        { QStringLiteral("apiToken"), m_state->iru().value(u"apiToken") } } },
    };
}

} // namespace odt::sandbox
