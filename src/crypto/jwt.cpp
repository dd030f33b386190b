#include "crypto/jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtCrypto>

namespace odt::crypto {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::crypto::Jwt)
};

const QString kRs256 = QStringLiteral("RS256");

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

bool sha256Available()
{
    return QCA::isSupported("sha256");
}

QByteArray sha256(const QByteArray &data)
{
    return QCA::Hash(QStringLiteral("sha256")).hash(data).toByteArray();
}

// JWK integers are unsigned big-endian with no leading zero octet (RFC 7518 §6.3.1); QCA's
// toArray() is two's complement, which prepends 0x00 whenever the top bit is set.
QByteArray toUnsignedBigEndian(const QCA::BigInteger &value)
{
    QByteArray bytes = value.toArray().toByteArray();
    qsizetype zeros = 0;
    while (zeros < bytes.size() - 1 && bytes.at(zeros) == '\0')
        ++zeros;
    return bytes.mid(zeros);
}

QCA::BigInteger fromUnsignedBigEndian(QByteArray bytes)
{
    // Without the extra zero octet QCA would read a set top bit as a negative number.
    if (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.at(0)) & 0x80))
        bytes.prepend('\0');
    return QCA::BigInteger(QCA::SecureArray(bytes));
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> decodeJsonObject(const QByteArray &segment)
{
    const std::optional<QByteArray> json = base64UrlDecode(segment);
    if (!json)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

JwtVerification failure(JwtVerification::Error error, const QString &message,
                        const QJsonObject &header = {})
{
    JwtVerification result;
    result.error = error;
    result.message = message;
    result.header = header;
    return result;
}

// A JWKS member fit to verify RS256: wrong-type or wrong-purpose keys sharing the kid are skipped.
bool isRs256SigningJwk(const QJsonObject &jwk)
{
    if (jwk.value(u"kty").toString() != u"RSA")
        return false;
    if (jwk.contains(u"alg") && jwk.value(u"alg").toString() != kRs256)
        return false;
    if (jwk.contains(u"use") && jwk.value(u"use").toString() != u"sig")
        return false;
    return true;
}

std::optional<QCA::RSAPublicKey> publicKeyFromJwk(const QJsonObject &jwk)
{
    const auto n = base64UrlDecode(jwk.value(u"n").toString().toLatin1());
    const auto e = base64UrlDecode(jwk.value(u"e").toString().toLatin1());
    if (!n || !e || n->isEmpty() || e->isEmpty())
        return std::nullopt;
    QCA::RSAPublicKey key(fromUnsignedBigEndian(*n), fromUnsignedBigEndian(*e));
    if (key.isNull())
        return std::nullopt;
    return key;
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(const QByteArray &encoded)
{
    qsizetype length = encoded.size();
    qsizetype padding = 0;
    while (length > 0 && encoded.at(length - 1) == '=') {
        --length;
        ++padding;
    }
    if (padding > 2 || (padding > 0 && encoded.size() % 4 != 0))
        return std::nullopt;
    // One leftover character carries only 6 bits: no byte can end there.
    if (length % 4 == 1)
        return std::nullopt;
    const QByteArray body = encoded.left(length);
    for (const char c : body) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(body,
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::OmitTrailingEquals
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

QByteArray randomToken(int bytes)
{
    Q_ASSERT(bytes > 0);
    return base64UrlEncode(QCA::Random::randomArray(bytes).toByteArray());
}

Pkce Pkce::generate()
{
    if (!sha256Available())
        return {};
    Pkce pkce;
    // 32 octets give the 43-character verifier RFC 7636 §4.1 recommends.
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    if (!sha256Available())
        return {};
    return base64UrlEncode(sha256(verifier));
}

struct RsaSigningKey::Private
{
    QCA::PrivateKey key;
    QString keyId;
    QJsonObject publicJwk;
};

RsaSigningKey::RsaSigningKey(std::shared_ptr<const Private> dd)
    : d(std::move(dd))
{ }

std::optional<RsaSigningKey> RsaSigningKey::generate(int bits, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bits < 2048)
        return fail(Text::tr("RSA signing keys need at least 2048 bits, not %1.").arg(bits));
    QStringList missing;
    for (const char *feature : { "pkey", "rsa", "sha256" }) {
        if (!QCA::isSupported(feature))
            missing.append(QLatin1String(feature));
    }
    if (!missing.isEmpty()) {
        return fail(Text::tr("The QCA crypto provider cannot sign tokens (no support for %1). "
                             "Install the qca-ossl plugin, or set QCA_PLUGIN_PATH to the folder "
                             "that holds crypto/libqca-ossl.")
                        .arg(missing.join(QStringLiteral(", "))));
    }

    auto d = std::make_shared<Private>();
    d->key = QCA::KeyGenerator().createRSA(bits);
    if (d->key.isNull() || !d->key.canSign())
        return fail(Text::tr("Generating a %1-bit RSA signing key failed.").arg(bits));

    const QCA::RSAPublicKey publicKey = d->key.toPublicKey().toRSA();
    const QByteArray n = base64UrlEncode(toUnsignedBigEndian(publicKey.n()));
    const QByteArray e = base64UrlEncode(toUnsignedBigEndian(publicKey.e()));
    d->keyId = jwkThumbprint(n, e);
    d->publicJwk = QJsonObject {
        { QStringLiteral("kty"), QStringLiteral("RSA") },
        { QStringLiteral("alg"), kRs256 },
        { QStringLiteral("use"), QStringLiteral("sig") },
        { QStringLiteral("kid"), d->keyId },
        { QStringLiteral("n"), QString::fromLatin1(n) },
        { QStringLiteral("e"), QString::fromLatin1(e) },
    };
    return RsaSigningKey(std::move(d));
}

QString RsaSigningKey::jwkThumbprint(const QByteArray &nBase64Url, const QByteArray &eBase64Url)
{
    if (!sha256Available())
        return {};
    // RFC 7638 §3.2 wants the required members only, sorted, without whitespace: QJsonObject keeps
    // its keys sorted and compact output adds no whitespace.
    const QJsonObject members {
        { QStringLiteral("e"), QString::fromLatin1(eBase64Url) },
        { QStringLiteral("kty"), QStringLiteral("RSA") },
        { QStringLiteral("n"), QString::fromLatin1(nBase64Url) },
    };
    return QString::fromLatin1(base64UrlEncode(sha256(compactJson(members))));
}

QString RsaSigningKey::keyId() const
{
    return d->keyId;
}

QJsonObject RsaSigningKey::publicJwk() const
{
    return d->publicJwk;
}

QByteArray RsaSigningKey::sign(const QJsonObject &claims, const QJsonObject &extraHeader) const
{
    QJsonObject header = extraHeader;
    header.insert(QStringLiteral("alg"), kRs256);
    header.insert(QStringLiteral("kid"), d->keyId);
    if (!header.contains(u"typ"))
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));

    const QByteArray signingInput
        = base64UrlEncode(compactJson(header)) + '.' + base64UrlEncode(compactJson(claims));
    // Signing mutates QCA's key context; a copy detaches it, so concurrent sign() calls are safe.
    QCA::PrivateKey key = d->key;
    const QByteArray signature = key.signMessage(signingInput, QCA::EMSA3_SHA256);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64UrlEncode(signature);
}

JwtVerification verifyJwt(const QByteArray &compactJws, const QJsonObject &jwks)
{
    using Error = JwtVerification::Error;
    const QList<QByteArray> parts = compactJws.split('.');
    if (parts.size() != 3)
        return failure(Error::Malformed, Text::tr("The token does not have three parts."));

    const std::optional<QJsonObject> header = decodeJsonObject(parts.at(0));
    if (!header)
        return failure(Error::Malformed, Text::tr("The token header is not valid JSON."));
    const std::optional<QJsonObject> claims = decodeJsonObject(parts.at(1));
    if (!claims)
        return failure(Error::Malformed, Text::tr("The token payload is not valid JSON."), *header);

    // Decided from the header alone, before any key is touched, so "none" or
    // HMAC-with-the-public-key tricks never reach signature code.
    const QJsonValue alg = header->value(u"alg");
    if (alg.toString() != kRs256) {
        return failure(Error::UnsupportedAlgorithm,
                       Text::tr("The token is signed with \"%1\"; only RS256 is accepted.")
                           .arg(alg.isString() ? alg.toString() : QStringLiteral("(none)")),
                       *header);
    }
    // RFC 7515 §4.1.11: extensions we do not implement must make the token fail.
    if (header->contains(u"crit")) {
        return failure(Error::Malformed,
                       Text::tr("The token header lists critical extensions, which are not "
                                "supported."),
                       *header);
    }

    const std::optional<QByteArray> signature = base64UrlDecode(parts.at(2));
    if (!signature || signature->isEmpty())
        return failure(Error::Malformed, Text::tr("The token signature is missing or not valid."),
                       *header);

    const QString kid = header->value(u"kid").toString();
    if (kid.isEmpty()) {
        return failure(Error::UnknownKeyId,
                       Text::tr("The token header names no signing key (kid)."), *header);
    }
    std::optional<QJsonObject> jwk;
    for (const QJsonValue &entry : jwks.value(u"keys").toArray()) {
        const QJsonObject candidate = entry.toObject();
        if (candidate.value(u"kid").toString() == kid && isRs256SigningJwk(candidate)) {
            jwk = candidate;
            break;
        }
    }
    if (!jwk) {
        return failure(Error::UnknownKeyId,
                       Text::tr("The signing key \"%1\" is not in the issuer's key set.").arg(kid),
                       *header);
    }
    if (!QCA::isSupported("pkey") || !QCA::isSupported("rsa")) {
        return failure(Error::BadSignature,
                       Text::tr("The token signature cannot be checked: the QCA crypto provider "
                                "has no RSA support."),
                       *header);
    }
    std::optional<QCA::RSAPublicKey> publicKey = publicKeyFromJwk(*jwk);
    if (!publicKey) {
        return failure(
            Error::UnknownKeyId,
            Text::tr("The signing key \"%1\" in the issuer's key set is not a usable RSA "
                     "key.")
                .arg(kid),
            *header);
    }

    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!publicKey->verifyMessage(signingInput, *signature, QCA::EMSA3_SHA256)) {
        return failure(
            Error::BadSignature,
            Text::tr("The token signature does not match the signing key \"%1\".").arg(kid),
            *header);
    }

    JwtVerification result;
    result.error = Error::None;
    result.header = *header;
    result.claims = *claims;
    return result;
}

QString checkIdTokenClaims(const QJsonObject &claims, const QString &issuer,
                           const QString &audience, const QString &nonce, qint64 nowSecs,
                           qint64 leewaySecs)
{
    const QString iss = claims.value(u"iss").toString();
    if (iss != issuer) {
        return Text::tr("The ID token was issued by \"%1\" (iss), not by \"%2\".").arg(iss, issuer);
    }

    const QJsonValue aud = claims.value(u"aud");
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else {
        for (const QJsonValue &entry : aud.toArray())
            audiences.append(entry.toString());
    }
    audiences.removeAll(QString());
    if (audiences.isEmpty())
        return Text::tr("The ID token names no audience (aud).");
    if (!audiences.contains(audience)) {
        return Text::tr("The ID token's audience (aud) does not include the client ID \"%1\".")
            .arg(audience);
    }
    // OpenID Connect Core §3.1.3.7 items 4-5: another party's token must not pass as ours.
    if (claims.contains(u"azp") && claims.value(u"azp").toString() != audience) {
        return Text::tr("The ID token's authorized party (azp) is not the client ID \"%1\".")
            .arg(audience);
    }

    const QJsonValue exp = claims.value(u"exp");
    if (!exp.isDouble())
        return Text::tr("The ID token has no expiry time (exp).");
    if (nowSecs - leewaySecs >= exp.toInteger())
        return Text::tr("The ID token has expired (exp).");

    if (claims.contains(u"iat")) {
        const QJsonValue iat = claims.value(u"iat");
        if (!iat.isDouble())
            return Text::tr("The ID token's issue time (iat) is not a number.");
        if (iat.toInteger() > nowSecs + leewaySecs) {
            return Text::tr("The ID token was issued in the future (iat); check this computer's "
                            "clock.");
        }
    }

    if (!nonce.isEmpty() && claims.value(u"nonce").toString() != nonce)
        return Text::tr("The ID token's nonce does not match the one this sign-in sent.");
    return {};
}

} // namespace odt::crypto
