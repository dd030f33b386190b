#include "sandbox/sandboxtenant.h"

#include "sandbox/oktaorgserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslServer>

namespace odt::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "odt.sandbox", QtInfoMsg)

SandboxTenant::SandboxTenant(const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{ }

SandboxTenant::~SandboxTenant() = default;

bool SandboxTenant::start(quint16 oktaPort, QString *error)
{
    m_authority = crypto::TlsAuthority::create(error);
    if (!m_authority)
        return false;
    const crypto::TlsIdentity identity = m_authority->serverIdentity();
    m_okta = std::make_unique<OktaOrgServer>(m_scenario);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(identity.chain);
    tls.setPrivateKey(identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates

    // Our own QSslServer, bound to the HTTP server: listening stays under our control and only
    // on the loopback address.
    auto *tlsServer = new QSslServer(m_okta.get());
    tlsServer->setSslConfiguration(tls);
    connect(tlsServer, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError socketError) {
                qCDebug(lcSandbox) << "TLS connection failed:" << socketError;
            });
    quint16 port = 0;
    if (tlsServer->listen(QHostAddress::LocalHost, oktaPort)) {
        port = tlsServer->serverPort();
        m_okta->http().bind(tlsServer);
    }
    if (port == 0) {
        if (error)
            *error = QCoreApplication::translate("odt::sandbox::SandboxTenant",
                                                 "Cannot listen on 127.0.0.1:%1 (port in use?).")
                         .arg(oktaPort);
        return false;
    }
    QUrl origin;
    origin.setScheme(QStringLiteral("https"));
    origin.setHost(QStringLiteral("127.0.0.1"));
    origin.setPort(port);
    m_okta->setOrigin(origin);
    qCDebug(lcSandbox) << "scenario" << m_scenario.name << "Okta org at" << origin.toString();
    return true;
}

QUrl SandboxTenant::oktaOrgUrl() const
{
    return m_okta ? m_okta->origin() : QUrl();
}

QSslCertificate SandboxTenant::caCertificate() const
{
    return m_authority ? m_authority->caCertificate() : QSslCertificate();
}

QByteArray SandboxTenant::caCertificatePem() const
{
    return m_authority ? m_authority->caCertificatePem() : QByteArray();
}

} // namespace odt::sandbox
