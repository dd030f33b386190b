#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace odt::crypto {

// RFC 4648 §5 alphabet, never padded (what JOSE and PKCE expect).
QByteArray base64UrlEncode(const QByteArray &data);
// Accepts input with or without trailing '=' padding; std::nullopt for any character outside the
// URL-safe alphabet, misplaced padding or an impossible length.
std::optional<QByteArray> base64UrlDecode(const QByteArray &encoded);

// Base64url of `bytes` bytes from QCA's CSPRNG: for OAuth `state`, `nonce` and codes.
QByteArray randomToken(int bytes = 32);

// PKCE, RFC 7636, S256 method only. Both fields are empty when QCA has no SHA-256 provider.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

// An in-memory RS256 key for the sandbox's OAuth server. Immutable once generated, so copies share
// the key material.
class RsaSigningKey
{
public:
    // std::nullopt with `error` set when bits < 2048, QCA has no RSA provider or generation fails.
    static std::optional<RsaSigningKey> generate(int bits, QString *error);

    // RFC 7638 JWK SHA-256 thumbprint of an RSA key given its base64url `n` and `e` members.
    static QString jwkThumbprint(const QByteArray &nBase64Url, const QByteArray &eBase64Url);

    // The thumbprint of this key; used as its `kid`.
    QString keyId() const;
    // {"kty":"RSA","alg":"RS256","use":"sig","kid","n","e"}: one entry of a JWKS "keys" array.
    QJsonObject publicJwk() const;
    // Compact JWS over `claims`. The header is {"alg":"RS256","typ":"JWT","kid":keyId()} with
    // `extraHeader` merged in; alg and kid cannot be overridden. Empty on signing failure.
    QByteArray sign(const QJsonObject &claims, const QJsonObject &extraHeader = {}) const;

private:
    struct Private;
    explicit RsaSigningKey(std::shared_ptr<const Private> d);
    std::shared_ptr<const Private> d;
};

struct JwtVerification
{
    enum class Error { None, Malformed, UnsupportedAlgorithm, UnknownKeyId, BadSignature };
    Error error = Error::Malformed;
    QString message; // for users; empty when ok()
    QJsonObject header; // set whenever the header parsed, so callers can see e.g. an unknown kid
    QJsonObject claims; // set only when ok(): unverified claims are never handed out

    bool ok() const { return error == Error::None; }
};

// Checks the structure, algorithm (RS256 only) and signature of `compactJws` against the key in
// `jwks` ({"keys":[jwk, ...]}) whose kid matches the token's. Does not look at any claim: see
// checkIdTokenClaims().
JwtVerification verifyJwt(const QByteArray &compactJws, const QJsonObject &jwks);

// OpenID Connect Core §3.1.3.7 checks on verified ID token claims. Returns an empty string when
// they pass, else a sentence naming the failing claim. An empty `nonce` skips the nonce check (for
// flows that did not send one); `iat` is checked only when present.
QString checkIdTokenClaims(const QJsonObject &claims, const QString &issuer,
                           const QString &audience, const QString &nonce, qint64 nowSecs,
                           qint64 leewaySecs = 120);

} // namespace odt::crypto
