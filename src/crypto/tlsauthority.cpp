#include "crypto/tlsauthority.h"

#include "crypto/cryptosupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtCrypto>

namespace odt::crypto {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::crypto::TlsAuthority)
};

QCA::BigInteger randomSerial()
{
    // 16 random bytes, top bit cleared so the serial stays positive (RFC 5280 §4.1.2.2).
    QCA::SecureArray bytes = QCA::Random::randomArray(16);
    bytes[0] = char(bytes[0] & 0x7f);
    return QCA::BigInteger(bytes);
}

std::optional<QSslCertificate> toQt(const QCA::Certificate &certificate)
{
    const QSslCertificate converted(certificate.toDER(), QSsl::Der);
    if (converted.isNull())
        return std::nullopt;
    return converted;
}

} // namespace

struct TlsAuthority::Private
{
    QCA::PrivateKey key;
    QCA::Certificate certificate;
    QSslCertificate sslCertificate;
    QSslKey sslKey;
};

TlsAuthority::TlsAuthority(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{ }
TlsAuthority::TlsAuthority(TlsAuthority &&) noexcept = default;
TlsAuthority &TlsAuthority::operator=(TlsAuthority &&) noexcept = default;
TlsAuthority::~TlsAuthority() = default;

std::optional<TlsAuthority> TlsAuthority::create(QString *error)
{
    return create(Options {}, error);
}

std::optional<TlsAuthority> TlsAuthority::create(const Options &options, QString *error)
{
    if (const QString missing = missingCryptoSupport(); !missing.isEmpty()) {
        if (error)
            *error = missing;
        return std::nullopt;
    }
    auto d = std::make_unique<Private>();
    d->key = QCA::KeyGenerator().createRSA(options.keyBits);
    if (d->key.isNull()) {
        if (error)
            *error = Text::tr("Generating a %1-bit RSA key failed.").arg(options.keyBits);
        return std::nullopt;
    }

    QCA::CertificateInfoOrdered info;
    info += QCA::CertificateInfoPair(QCA::CommonName, options.commonName);
    info += QCA::CertificateInfoPair(QCA::Organization,
                                     QStringLiteral("ODT Setup Assistant Sandbox"));
    for (const QString &name : options.dnsNames)
        info += QCA::CertificateInfoPair(QCA::DNS, name);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCA::CertificateOptions certOptions;
    certOptions.setInfoOrdered(info);
    certOptions.setAsCA(0); // an anchor for itself only
    certOptions.setConstraints(
        { QCA::KeyCertificateSign, QCA::DigitalSignature, QCA::KeyEncipherment, QCA::ServerAuth });
    certOptions.setSerialNumber(randomSerial());
    certOptions.setValidityPeriod(now.addSecs(-3600), now.addDays(options.validDays));

    d->certificate = QCA::Certificate(certOptions, d->key);
    if (d->certificate.isNull()) {
        if (error)
            *error = Text::tr("Creating the sandbox certificate failed.");
        return std::nullopt;
    }
    d->sslCertificate = toQt(d->certificate).value_or(QSslCertificate());
    d->sslKey = QSslKey(d->key.toPEM().toLatin1(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (d->sslCertificate.isNull() || d->sslKey.isNull()) {
        if (error)
            *error = Text::tr("Converting the sandbox certificate for Qt failed.");
        return std::nullopt;
    }
    return TlsAuthority(std::move(d));
}

QSslCertificate TlsAuthority::caCertificate() const
{
    return d->sslCertificate;
}

QByteArray TlsAuthority::caCertificatePem() const
{
    return d->sslCertificate.toPem();
}

TlsIdentity TlsAuthority::serverIdentity() const
{
    return { d->sslCertificate, d->sslKey, { d->sslCertificate } };
}

} // namespace odt::crypto
