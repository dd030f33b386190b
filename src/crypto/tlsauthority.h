#pragma once

#include <QByteArray>
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

// The sandbox tenant's TLS trust anchor, minted in memory with QCA at start-up (RSA, SHA-256).
// Its private key never leaves the process; only the certificate is exported (--print-ca).
//
// The anchor is a self-signed CA certificate that is also the server certificate: qca-ossl 2.3.10
// signs issued certificates with SHA-1 (which OpenSSL 3 refuses at its default security level)
// and cannot encode IP-address subject alternative names, so a separately issued server
// certificate could not be trusted. Clients trust exactly this one certificate, and only when
// told to (sandbox mode or --ca-file).
class TlsAuthority
{
public:
    struct Options
    {
        // Host name the certificate is valid for; Qt also matches an IP host against the CN.
        QString commonName = QStringLiteral("127.0.0.1");
        QStringList dnsNames { QStringLiteral("localhost") };
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
    QByteArray caCertificatePem() const;
    // What a TLS server presents: the certificate above and its private key.
    TlsIdentity serverIdentity() const;

private:
    struct Private;
    explicit TlsAuthority(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace odt::crypto
