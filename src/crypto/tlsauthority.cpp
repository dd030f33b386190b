#include "crypto/tlsauthority.h"

#include "crypto/cryptosupport.h"
#include "crypto/der.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <QtCrypto>
#include <QtEndian>

namespace odt::crypto {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::crypto::TlsAuthority)
};

constexpr char kSha256WithRsa[] = "1.2.840.113549.1.1.11";
constexpr char kCommonName[] = "2.5.4.3";
constexpr char kOrganization[] = "2.5.4.10";
constexpr char kSubjectKeyIdentifier[] = "2.5.29.14";
constexpr char kKeyUsage[] = "2.5.29.15";
constexpr char kSubjectAltName[] = "2.5.29.17";
constexpr char kBasicConstraints[] = "2.5.29.19";
constexpr char kAuthorityKeyIdentifier[] = "2.5.29.35";
constexpr char kExtKeyUsage[] = "2.5.29.37";
constexpr char kServerAuth[] = "1.3.6.1.5.5.7.3.1";

// keyUsage bit numbers (RFC 5280 §4.2.1.3).
constexpr int kDigitalSignature = 0;
constexpr int kKeyEncipherment = 2;
constexpr int kKeyCertSign = 5;
constexpr int kCrlSign = 6;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QByteArray randomSerial()
{
    // Positive (top bit clear) and always 16 bytes long (next bit set): RFC 5280 §4.1.2.2.
    QByteArray bytes = QCA::Random::randomArray(16).toByteArray();
    bytes[0] = char((bytes[0] & 0x3f) | 0x40);
    return bytes;
}

QByteArray signatureAlgorithm()
{
    // RFC 4055 §5: the parameters of sha256WithRSAEncryption are an explicit NULL.
    return der::sequence({ der::oid(kSha256WithRsa), der::null() });
}

// One attribute per RDN, most significant first, as OpenSSL and browsers print them.
QByteArray name(const QList<std::pair<const char *, QString>> &attributes)
{
    QByteArrayList rdns;
    for (const auto &[type, value] : attributes)
        rdns.append(der::set({ der::sequence({ der::oid(type), der::utf8String(value) }) }));
    return der::sequence(rdns);
}

QByteArray extension(const char *oid, bool critical, const QByteArray &value)
{
    QByteArrayList fields { der::oid(oid) };
    if (critical) // DEFAULT FALSE, so DER leaves a false one out
        fields.append(der::boolean(true));
    fields.append(der::octetString(value));
    return der::sequence(fields);
}

struct KeyPair
{
    QCA::PrivateKey key;
    QByteArray subjectPublicKeyInfo;
    QByteArray keyIdentifier;
};

// RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING's value, without its
// unused-bits octet. Only a name for the key, so SHA-1's weakness does not matter here.
QByteArray keyIdentifier(const QByteArray &subjectPublicKeyInfo)
{
    const auto outer = der::read(subjectPublicKeyInfo);
    if (!outer || outer->tag != der::Sequence || outer->encodedSize != subjectPublicKeyInfo.size())
        return {};
    const auto fields = der::readAll(outer->contents);
    if (!fields || fields->size() != 2 || fields->at(1).tag != der::BitString
        || !fields->at(1).contents.startsWith('\0'))
        return {};
    return QCA::Hash(QStringLiteral("sha1")).hash(fields->at(1).contents.sliced(1)).toByteArray();
}

std::optional<KeyPair> generateKey(int bits, QString *error)
{
    KeyPair pair;
    pair.key = QCA::KeyGenerator().createRSA(bits);
    if (!pair.key.isNull()) {
        pair.subjectPublicKeyInfo = pair.key.toPublicKey().toDER();
        pair.keyIdentifier = keyIdentifier(pair.subjectPublicKeyInfo);
    }
    if (pair.keyIdentifier.isEmpty()) {
        setError(error, Text::tr("Generating a %1-bit RSA key failed.").arg(bits));
        return std::nullopt;
    }
    return pair;
}

struct CertificateFields
{
    QByteArray issuer;
    QByteArray subject;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray subjectPublicKeyInfo;
    QByteArrayList extensions;
};

// RFC 5280 §4.1: a v3 certificate, signed by `issuerKey` with sha256WithRSAEncryption.
QByteArray issue(const CertificateFields &fields, QCA::PrivateKey &issuerKey)
{
    const QByteArray tbs = der::sequence({
        der::explicitTag(0, der::integer(2)), // v3
        der::integer(randomSerial()),
        signatureAlgorithm(),
        fields.issuer,
        der::sequence({ der::time(fields.notBefore), der::time(fields.notAfter) }),
        fields.subject,
        fields.subjectPublicKeyInfo,
        der::explicitTag(3, der::sequence(fields.extensions)),
    });
    const QByteArray signature = issuerKey.signMessage(tbs, QCA::EMSA3_SHA256);
    if (signature.isEmpty())
        return {};
    return der::sequence({ tbs, signatureAlgorithm(), der::bitString(signature) });
}

// The iPAddress form of GeneralName holds the raw network-order bytes (RFC 5280 §4.2.1.6).
QByteArray addressBytes(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        QByteArray bytes(4, Qt::Uninitialized);
        qToBigEndian(address.toIPv4Address(), bytes.data());
        return bytes;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    }
    return {};
}

std::optional<QByteArray> subjectAltNames(const TlsAuthority::Options &options, QString *error)
{
    QByteArrayList names;
    for (const QString &dnsName : options.dnsNames) {
        // dNSName is IA5String: international names go in as their ACE (xn--) form.
        const QByteArray ace = QUrl::toAce(dnsName);
        if (ace.isEmpty()) {
            setError(error, Text::tr("\"%1\" is not a valid host name.").arg(dnsName));
            return std::nullopt;
        }
        names.append(der::implicitTag(2, der::ia5String(ace)));
    }
    for (const QHostAddress &address : options.addresses) {
        const QByteArray bytes = addressBytes(address);
        if (bytes.isEmpty()) {
            setError(error, Text::tr("\"%1\" is not an IP address.").arg(address.toString()));
            return std::nullopt;
        }
        names.append(der::implicitTag(7, der::octetString(bytes)));
    }
    if (names.isEmpty()) {
        setError(error,
                 Text::tr("The sandbox certificate needs at least one host name or address."));
        return std::nullopt;
    }
    return der::sequence(names);
}

std::optional<QSslCertificate> toQt(const QByteArray &der)
{
    QSslCertificate certificate(der, QSsl::Der);
    if (der.isEmpty() || certificate.isNull())
        return std::nullopt;
    return certificate;
}

} // namespace

struct TlsAuthority::Private
{
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
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
        setError(error, missing);
        return std::nullopt;
    }
    if (!QCA::isSupported("sha1")) {
        setError(error, Text::tr("The QCA crypto provider cannot compute SHA-1 key identifiers."));
        return std::nullopt;
    }
    if (options.validDays < 1) {
        setError(error, Text::tr("The sandbox certificates must be valid for at least a day."));
        return std::nullopt;
    }
    const std::optional<QByteArray> altNames = subjectAltNames(options, error);
    if (!altNames)
        return std::nullopt;
    std::optional<KeyPair> caKey = generateKey(options.keyBits, error);
    if (!caKey)
        return std::nullopt;
    std::optional<KeyPair> serverKey = generateKey(options.keyBits, error);
    if (!serverKey)
        return std::nullopt;

    // An hour of slack at the start absorbs clock differences between processes and machines.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = now.addSecs(-3600);
    const QDateTime notAfter = now.addDays(options.validDays);

    const QByteArray caName
        = name({ { kOrganization, QStringLiteral("ODT Setup Assistant Sandbox") },
                 { kCommonName, options.caCommonName } });
    const QByteArray caDer = issue(
        {
            caName,
            caName,
            notBefore,
            notAfter,
            caKey->subjectPublicKeyInfo,
            {
                // pathLen 0: it may sign server certificates, never another CA.
                extension(kBasicConstraints, true,
                          der::sequence({ der::boolean(true), der::integer(0) })),
                extension(kKeyUsage, true, der::namedBits({ kKeyCertSign, kCrlSign })),
                extension(kSubjectKeyIdentifier, false, der::octetString(caKey->keyIdentifier)),
            },
        },
        caKey->key);

    const QString serverCommonName = options.dnsNames.value(0, QStringLiteral("127.0.0.1"));
    const QByteArray serverDer = issue(
        {
            caName,
            name({ { kCommonName, serverCommonName } }),
            notBefore,
            notAfter,
            serverKey->subjectPublicKeyInfo,
            {
                // CA:FALSE is the DEFAULT, so DER encodes it as an empty SEQUENCE.
                extension(kBasicConstraints, true, der::sequence({})),
                extension(kKeyUsage, true, der::namedBits({ kDigitalSignature, kKeyEncipherment })),
                extension(kExtKeyUsage, false, der::sequence({ der::oid(kServerAuth) })),
                extension(kSubjectAltName, false, *altNames),
                extension(kSubjectKeyIdentifier, false, der::octetString(serverKey->keyIdentifier)),
                extension(
                    kAuthorityKeyIdentifier, false,
                    der::sequence({ der::implicitTag(0, der::octetString(caKey->keyIdentifier)) })),
            },
        },
        caKey->key);

    auto d = std::make_unique<Private>();
    const std::optional<QSslCertificate> ca = toQt(caDer);
    const std::optional<QSslCertificate> server = toQt(serverDer);
    if (!ca || !server) {
        setError(error, Text::tr("Creating the sandbox certificates failed."));
        return std::nullopt;
    }
    d->ca = *ca;
    d->server = *server;
    // Through PEM: QSslKey cannot read the PKCS#8 DER that QCA writes.
    d->serverKey
        = QSslKey(serverKey->key.toPEM().toLatin1(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (d->serverKey.isNull()) {
        setError(error, Text::tr("Converting the sandbox server key for Qt failed."));
        return std::nullopt;
    }
    // caKey goes out of scope here: the CA can never sign anything again.
    return TlsAuthority(std::move(d));
}

QSslCertificate TlsAuthority::caCertificate() const
{
    return d->ca;
}

QByteArray TlsAuthority::caCertificatePem() const
{
    return d->ca.toPem();
}

TlsIdentity TlsAuthority::serverIdentity() const
{
    return { d->server, d->serverKey, { d->server, d->ca } };
}

} // namespace odt::crypto
