#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>
#include <optional>

namespace odt::crypto {

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain; // what the server presents: certificate first
};

// The sandbox tenant's TLS trust anchor, minted in memory with QCA at start-up: a CA certificate
// and a server certificate it issued, both RSA with SHA-256. Clients trust only the CA, and only
// when told to (sandbox mode or --ca-file); only its certificate is ever exported (--print-ca).
// The CA's private key is dropped as soon as the server certificate is signed, so nothing else can
// ever be issued under it; the server key never leaves the process.
//
// The certificates' DER is built here (crypto/der.h) and only signed by QCA, because qca-ossl
// 2.3.10 cannot issue a usable server certificate: QCA::CertificateAuthority::signRequest always
// signs with SHA-1, which OpenSSL 3 refuses at its default security level ("ca md too weak"), and
// it writes every IP-address subject alternative name as 0.0.0.0. Browsers, curl and Python accept
// https://127.0.0.1 only with an IP SAN, and the OAuth sign-in page must open in a real browser.
class TlsAuthority
{
public:
    struct Options
    {
        QString caCommonName = QStringLiteral("ODT Setup Assistant Sandbox CA");
        // The server certificate's subject alternative names; its CN is the first DNS name.
        QStringList dnsNames { QStringLiteral("localhost") };
        QList<QHostAddress> addresses { QHostAddress(QHostAddress::LocalHost),
                                        QHostAddress(QHostAddress::LocalHostIPv6) };
        int keyBits = 2048;
        int validDays = 30;
    };

    // std::nullopt with `error` set when the crypto provider is missing or minting fails.
    static std::optional<TlsAuthority> create(QString *error);
    static std::optional<TlsAuthority> create(const Options &options, QString *error);

    TlsAuthority(TlsAuthority &&) noexcept;
    TlsAuthority &operator=(TlsAuthority &&) noexcept;
    ~TlsAuthority();

    QSslCertificate caCertificate() const;
    // The CA certificate alone, PEM: what clients are told to trust.
    QByteArray caCertificatePem() const;
    // What the TLS server presents: the server certificate, its key, and the chain up to the CA.
    TlsIdentity serverIdentity() const;

private:
    struct Private;
    explicit TlsAuthority(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace odt::crypto
