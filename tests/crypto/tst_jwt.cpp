#include "crypto/jwt.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using odt::crypto::base64UrlDecode;
using odt::crypto::base64UrlEncode;
using odt::crypto::checkIdTokenClaims;
using odt::crypto::JwtVerification;
using odt::crypto::Pkce;
using odt::crypto::randomToken;
using odt::crypto::RsaSigningKey;
using odt::crypto::verifyJwt;

Q_DECLARE_METATYPE(JwtVerification::Error)

namespace odt::crypto {
// Found by QCOMPARE through ADL, so failures print the enum name rather than nothing.
char *toString(JwtVerification::Error error)
{
    switch (error) {
    case JwtVerification::Error::None:
        return qstrdup("None");
    case JwtVerification::Error::Malformed:
        return qstrdup("Malformed");
    case JwtVerification::Error::UnsupportedAlgorithm:
        return qstrdup("UnsupportedAlgorithm");
    case JwtVerification::Error::UnknownKeyId:
        return qstrdup("UnknownKeyId");
    case JwtVerification::Error::BadSignature:
        return qstrdup("BadSignature");
    }
    return qstrdup("?");
}
} // namespace odt::crypto

namespace {

QByteArray segment(const QJsonObject &object)
{
    return base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Returns a QByteArray, not a QStringBuilder, which QTest's data rows would misread.
QByteArray jws(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return header + '.' + payload + '.' + signature;
}

QJsonObject jwksOf(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array.append(key);
    return QJsonObject { { QStringLiteral("keys"), array } };
}

const QJsonObject kClaims {
    { QStringLiteral("iss"), QStringLiteral("https://127.0.0.1:8443/oauth2/default") },
    { QStringLiteral("sub"), QStringLiteral("00u1") },
    { QStringLiteral("aud"), QStringLiteral("0oa-client") },
    { QStringLiteral("exp"), 1700003600 },
    { QStringLiteral("iat"), 1700000000 },
    { QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj") },
    { QStringLiteral("name"), QStringLiteral("Zoë \"Q\" Tester") },
};

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void base64UrlEncodes_data();
    void base64UrlEncodes();
    void base64UrlDecodes_data();
    void base64UrlDecodes();

    void pkceRfc7636Vector();
    void pkceGeneratesFreshVerifiers();
    void randomTokensAreUrlSafeAndFresh();

    void thumbprintRfc7638Vector();
    void rejectsWeakKeySizes();
    void publicJwkIsUnsignedBigEndian();

    void signVerifyRoundTrip();
    void extraHeaderCannotOverrideAlgOrKid();
    void selectsKeyByKid();
    void rejects_data();
    void rejects();

    void idTokenClaims_data();
    void idTokenClaims();

private:
    std::optional<RsaSigningKey> m_key;
    std::optional<RsaSigningKey> m_otherKey;
};

void TestJwt::initTestCase()
{
    QString error;
    m_key = RsaSigningKey::generate(2048, &error);
    QVERIFY2(m_key, qPrintable(error));
    m_otherKey = RsaSigningKey::generate(2048, &error);
    QVERIFY2(m_otherKey, qPrintable(error));
    QVERIFY(m_key->keyId() != m_otherKey->keyId());
}

void TestJwt::base64UrlEncodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("1 byte") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("2 bytes") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("3 bytes") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff", 2) << QByteArray("-_8");
    QTest::newRow("zero bytes") << QByteArray(3, '\0') << QByteArray("AAAA");
}

void TestJwt::base64UrlEncodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(base64UrlEncode(input), expected);
    const auto back = base64UrlDecode(expected);
    QVERIFY(back);
    QCOMPARE(*back, input);
}

void TestJwt::base64UrlDecodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("unpadded") << QByteArray("Zm8") << true << QByteArray("fo");
    QTest::newRow("padded 1") << QByteArray("Zm8=") << true << QByteArray("fo");
    QTest::newRow("padded 2") << QByteArray("Zg==") << true << QByteArray("f");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("standard alphabet +/") << QByteArray("+/8") << false << QByteArray();
    QTest::newRow("space") << QByteArray("Zm 8") << false << QByteArray();
    QTest::newRow("newline") << QByteArray("Zm9v\nZm9v") << false << QByteArray();
    QTest::newRow("dot") << QByteArray("Zm.8") << false << QByteArray();
    QTest::newRow("non-ascii") << QByteArray("Zm\xc3\xa9") << false << QByteArray();
    QTest::newRow("single char") << QByteArray("Z") << false << QByteArray();
    QTest::newRow("5 chars") << QByteArray("Zm9vZ") << false << QByteArray();
    QTest::newRow("short padding") << QByteArray("Zg=") << false << QByteArray();
    QTest::newRow("3 pad chars") << QByteArray("Z===") << false << QByteArray();
    QTest::newRow("padding in middle") << QByteArray("Zg==Zm8") << false << QByteArray();
    QTest::newRow("only padding") << QByteArray("====") << false << QByteArray();
}

void TestJwt::base64UrlDecodes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(QByteArray, expected);
    const auto decoded = base64UrlDecode(input);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, expected);
}

void TestJwt::pkceRfc7636Vector()
{
    // RFC 7636 Appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestJwt::pkceGeneratesFreshVerifiers()
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    for (const Pkce &pkce : { a, b }) {
        QVERIFY2(shape.match(QString::fromLatin1(pkce.verifier)).hasMatch(), pkce.verifier);
        QVERIFY2(shape.match(QString::fromLatin1(pkce.challenge)).hasMatch(), pkce.challenge);
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
    }
    QVERIFY(a.verifier != b.verifier);
    QVERIFY(a.challenge != b.challenge);
}

void TestJwt::randomTokensAreUrlSafeAndFresh()
{
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QByteArray a = randomToken();
    const QByteArray b = randomToken();
    QCOMPARE(a.size(), 43);
    QVERIFY2(urlSafe.match(QString::fromLatin1(a)).hasMatch(), a);
    QVERIFY(a != b);
    QCOMPARE(base64UrlDecode(randomToken(16)).value_or(QByteArray()).size(), 16);
}

void TestJwt::thumbprintRfc7638Vector()
{
    // RFC 7638 §3.1.
    const QByteArray n
        = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFx"
          "uhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_"
          "RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQv"
          "RL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_"
          "xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
    QCOMPARE(RsaSigningKey::jwkThumbprint(n, "AQAB"),
             QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
}

void TestJwt::rejectsWeakKeySizes()
{
    QString error;
    QVERIFY(!RsaSigningKey::generate(1024, &error));
    QVERIFY2(error.contains(u"2048"), qPrintable(error));
}

void TestJwt::publicJwkIsUnsignedBigEndian()
{
    const QJsonObject jwk = m_key->publicJwk();
    QCOMPARE(jwk.value(u"kty").toString(), QStringLiteral("RSA"));
    QCOMPARE(jwk.value(u"alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(jwk.value(u"use").toString(), QStringLiteral("sig"));
    QCOMPARE(jwk.value(u"kid").toString(), m_key->keyId());
    QCOMPARE(jwk.value(u"e").toString(), QStringLiteral("AQAB"));
    QCOMPARE(jwk.size(), 6);
    // A 2048-bit modulus has its top bit set: exactly 256 octets, no two's-complement 0x00.
    const auto n = base64UrlDecode(jwk.value(u"n").toString().toLatin1());
    QVERIFY(n);
    QCOMPARE(n->size(), 256);
    QVERIFY(static_cast<unsigned char>(n->at(0)) & 0x80);
    QCOMPARE(m_key->keyId(),
             RsaSigningKey::jwkThumbprint(jwk.value(u"n").toString().toLatin1(),
                                          jwk.value(u"e").toString().toLatin1()));
}

void TestJwt::signVerifyRoundTrip()
{
    const QByteArray token = m_key->sign(kClaims);
    QCOMPARE(token.count('.'), 2);
    const JwtVerification result = verifyJwt(token, jwksOf({ m_key->publicJwk() }));
    QCOMPARE(result.error, JwtVerification::Error::None);
    QVERIFY(result.ok());
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.claims, kClaims);
    QCOMPARE(result.header,
             (QJsonObject { { QStringLiteral("alg"), QStringLiteral("RS256") },
                            { QStringLiteral("typ"), QStringLiteral("JWT") },
                            { QStringLiteral("kid"), m_key->keyId() } }));

    // A copy signs with the same key.
    const RsaSigningKey copy = *m_key;
    QVERIFY(verifyJwt(copy.sign(kClaims), jwksOf({ m_key->publicJwk() })).ok());
}

void TestJwt::extraHeaderCannotOverrideAlgOrKid()
{
    const QByteArray token = m_key->sign(kClaims,
                                         { { QStringLiteral("typ"), QStringLiteral("at+jwt") },
                                           { QStringLiteral("alg"), QStringLiteral("none") },
                                           { QStringLiteral("kid"), QStringLiteral("other") } });
    const JwtVerification result = verifyJwt(token, jwksOf({ m_key->publicJwk() }));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.header.value(u"typ").toString(), QStringLiteral("at+jwt"));
    QCOMPARE(result.header.value(u"alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(result.header.value(u"kid").toString(), m_key->keyId());
}

void TestJwt::selectsKeyByKid()
{
    const QJsonObject both = jwksOf({ m_key->publicJwk(), m_otherKey->publicJwk() });
    const JwtVerification second = verifyJwt(m_otherKey->sign(kClaims), both);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.claims, kClaims);
    QVERIFY(verifyJwt(m_key->sign(kClaims), both).ok());

    // The key is the one the kid names, not any key that happens to verify.
    QJsonObject impostor = m_key->publicJwk();
    impostor.insert(QStringLiteral("kid"), m_otherKey->keyId());
    const JwtVerification wrongKey
        = verifyJwt(m_otherKey->sign(kClaims), jwksOf({ m_key->publicJwk(), impostor }));
    QCOMPARE(wrongKey.error, JwtVerification::Error::BadSignature);
    QVERIFY(wrongKey.claims.isEmpty());
}

void TestJwt::rejects_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<JwtVerification::Error>("error");
    using Error = JwtVerification::Error;

    const QByteArray good = m_key->sign(kClaims);
    const QList<QByteArray> parts = good.split('.');
    const QByteArray &header = parts.at(0);
    const QByteArray &payload = parts.at(1);
    const QByteArray &signature = parts.at(2);
    const QString kid = m_key->keyId();

    QJsonObject tamperedClaims = kClaims;
    tamperedClaims.insert(QStringLiteral("sub"), QStringLiteral("00u2"));
    QTest::newRow("tampered payload")
        << jws(header, segment(tamperedClaims), signature) << Error::BadSignature;
    QByteArray flipped = *base64UrlDecode(signature);
    flipped[100] = char(flipped.at(100) ^ 0x01);
    QTest::newRow("tampered signature")
        << jws(header, payload, base64UrlEncode(flipped)) << Error::BadSignature;
    QTest::newRow("signature from other key")
        << jws(header, payload, m_otherKey->sign(kClaims).split('.').at(2)) << Error::BadSignature;
    QTest::newRow("truncated signature")
        << jws(header, payload, base64UrlEncode(flipped.left(255))) << Error::BadSignature;

    QTest::newRow("unknown kid") << m_otherKey->sign(kClaims) << Error::UnknownKeyId;
    const auto withHeader = [&](const QJsonObject &h, const QByteArray &sig) {
        return jws(segment(h), payload, sig);
    };
    QTest::newRow("no kid") << withHeader({ { QStringLiteral("alg"), QStringLiteral("RS256") } },
                                          signature)
                            << Error::UnknownKeyId;

    QTest::newRow("alg none") << withHeader(
        { { QStringLiteral("alg"), QStringLiteral("none") }, { QStringLiteral("kid"), kid } },
        QByteArray()) << Error::UnsupportedAlgorithm;
    QTest::newRow("alg HS256") << withHeader(
        { { QStringLiteral("alg"), QStringLiteral("HS256") }, { QStringLiteral("kid"), kid } },
        signature) << Error::UnsupportedAlgorithm;
    QTest::newRow("alg RS512") << withHeader(
        { { QStringLiteral("alg"), QStringLiteral("RS512") }, { QStringLiteral("kid"), kid } },
        signature) << Error::UnsupportedAlgorithm;
    QTest::newRow("alg lowercase") << withHeader(
        { { QStringLiteral("alg"), QStringLiteral("rs256") }, { QStringLiteral("kid"), kid } },
        signature) << Error::UnsupportedAlgorithm;
    QTest::newRow("alg missing") << withHeader({ { QStringLiteral("kid"), kid } }, signature)
                                 << Error::UnsupportedAlgorithm;
    // The alg check comes before key lookup: an unknown kid does not mask it.
    QTest::newRow("alg none, unknown kid")
        << withHeader({ { QStringLiteral("alg"), QStringLiteral("none") },
                        { QStringLiteral("kid"), QStringLiteral("nope") } },
                      QByteArray())
        << Error::UnsupportedAlgorithm;

    QTest::newRow("empty") << QByteArray() << Error::Malformed;
    QTest::newRow("garbage") << QByteArray("not a token") << Error::Malformed;
    QTest::newRow("two parts") << QByteArray(header + '.' + payload) << Error::Malformed;
    QTest::newRow("four parts") << QByteArray(good + ".AAAA") << Error::Malformed;
    QTest::newRow("header not json")
        << jws(base64UrlEncode("notjson"), payload, signature) << Error::Malformed;
    QTest::newRow("header is array")
        << jws(base64UrlEncode("[1]"), payload, signature) << Error::Malformed;
    QTest::newRow("payload not base64url") << jws(header, "e30*", signature) << Error::Malformed;
    QTest::newRow("empty signature") << jws(header, payload, {}) << Error::Malformed;
    QTest::newRow("signature not base64url")
        << jws(header, payload, signature.left(10) + "+/") << Error::Malformed;
    QTest::newRow("crit header") << withHeader(
        { { QStringLiteral("alg"), QStringLiteral("RS256") },
          { QStringLiteral("kid"), kid },
          { QStringLiteral("crit"), QJsonArray { QStringLiteral("exp") } } },
        signature) << Error::Malformed;
}

void TestJwt::rejects()
{
    QFETCH(QByteArray, token);
    QFETCH(JwtVerification::Error, error);
    const JwtVerification result = verifyJwt(token, jwksOf({ m_key->publicJwk() }));
    QCOMPARE(result.error, error);
    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.claims.isEmpty());
}

void TestJwt::idTokenClaims_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("expected");

    const QString nonce = kClaims.value(u"nonce").toString();
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject claims = kClaims;
        if (value.isUndefined())
            claims.remove(key);
        else
            claims.insert(key, value);
        return claims;
    };
    const QString aud = QStringLiteral("aud");

    QTest::newRow("ok") << kClaims << nonce << QString();
    QTest::newRow("ok, aud array")
        << with(aud, QJsonArray { QStringLiteral("api://x"), QStringLiteral("0oa-client") })
        << nonce << QString();
    QTest::newRow("ok, expired within leeway")
        << with(QStringLiteral("exp"), 1700000000 - 60) << nonce << QString();
    QTest::newRow("ok, no nonce expected")
        << with(QStringLiteral("nonce"), QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("wrong iss")
        << with(QStringLiteral("iss"), QStringLiteral("https://evil.example")) << nonce
        << QStringLiteral("The ID token was issued by \"https://evil.example\" (iss), not by "
                          "\"https://127.0.0.1:8443/oauth2/default\".");
    QTest::newRow("aud array without client")
        << with(aud, QJsonArray { QStringLiteral("api://x"), QStringLiteral("0oa-other") }) << nonce
        << QStringLiteral(
               "The ID token's audience (aud) does not include the client ID \"0oa-client\".");
    QTest::newRow("aud string mismatch")
        << with(aud, QStringLiteral("0oa-other")) << nonce
        << QStringLiteral(
               "The ID token's audience (aud) does not include the client ID \"0oa-client\".");
    QTest::newRow("aud missing") << with(aud, QJsonValue::Undefined) << nonce
                                 << QStringLiteral("The ID token names no audience (aud).");
    QTest::newRow("azp mismatch")
        << with(QStringLiteral("azp"), QStringLiteral("0oa-other")) << nonce
        << QStringLiteral(
               "The ID token's authorized party (azp) is not the client ID \"0oa-client\".");
    QTest::newRow("expired") << with(QStringLiteral("exp"), 1700000000 - 121) << nonce
                             << QStringLiteral("The ID token has expired (exp).");
    QTest::newRow("exp missing") << with(QStringLiteral("exp"), QJsonValue::Undefined) << nonce
                                 << QStringLiteral("The ID token has no expiry time (exp).");
    QTest::newRow("iat in future")
        << with(QStringLiteral("iat"), 1700000000 + 121) << nonce
        << QStringLiteral(
               "The ID token was issued in the future (iat); check this computer's clock.");
    QTest::newRow("ok, iat within leeway")
        << with(QStringLiteral("iat"), 1700000000 + 120) << nonce << QString();
    QTest::newRow("nonce mismatch")
        << kClaims << QStringLiteral("other-nonce")
        << QStringLiteral("The ID token's nonce does not match the one this sign-in sent.");
    QTest::newRow("nonce missing")
        << with(QStringLiteral("nonce"), QJsonValue::Undefined) << nonce
        << QStringLiteral("The ID token's nonce does not match the one this "
                          "sign-in sent.");
}

void TestJwt::idTokenClaims()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, nonce);
    QFETCH(QString, expected);
    QCOMPARE(checkIdTokenClaims(claims, QStringLiteral("https://127.0.0.1:8443/oauth2/default"),
                                QStringLiteral("0oa-client"), nonce, 1700000000),
             expected);
}

ODT_TEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
