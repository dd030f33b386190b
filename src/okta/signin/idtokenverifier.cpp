#include "okta/signin/idtokenverifier.h"

#include "crypto/jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace odt::okta {

IdTokenVerifier::IdTokenVerifier(net::HttpClient *http, const Expectations &expectations,
                                 QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_expect(expectations)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{ }

void IdTokenVerifier::verify(const QByteArray &idToken, const QString &nonce, QObject *context,
                             Callback callback)
{
    if (idToken.isEmpty()) {
        QTimer::singleShot(0, context, [this, callback] {
            callback({ {},
                       tr("Okta sent no ID token, so the signed-in user cannot be verified. "
                          "Check that the OIDC app may use the openid scope.") });
        });
        return;
    }
    if (!m_haveKeys) {
        fetchKeys(context, [=, this](const QString &error) {
            if (!error.isEmpty())
                callback({ {}, error });
            else
                check(idToken, nonce, true, context, callback);
        });
        return;
    }
    QTimer::singleShot(0, context, [=, this] { check(idToken, nonce, false, context, callback); });
}

void IdTokenVerifier::fetchKeys(QObject *context, std::function<void(const QString &)> done)
{
    ++m_fetches;
    QPointer<IdTokenVerifier> self(this);
    m_http->getJson(m_expect.keysUrl, context, [self, done](const net::JsonResponse &r) {
        if (!self)
            return;
        if (!r.ok()) {
            done(tr("Okta's signing keys could not be fetched to verify the sign-in: %1")
                     .arg(r.error.message));
            return;
        }
        const QJsonObject jwks = r.json.object();
        if (!jwks.value(u"keys").isArray()) {
            done(tr("Okta's signing key set (%1) has no \"keys\" list.")
                     .arg(r.url.toDisplayString()));
            return;
        }
        self->m_jwks = jwks;
        self->m_haveKeys = true;
        done({});
    });
}

void IdTokenVerifier::check(const QByteArray &idToken, const QString &nonce, bool refetched,
                            QObject *context, const Callback &callback)
{
    const crypto::JwtVerification jwt = crypto::verifyJwt(idToken, m_jwks);
    if (jwt.error == crypto::JwtVerification::Error::UnknownKeyId && !refetched) {
        fetchKeys(context, [=, this](const QString &error) {
            if (!error.isEmpty())
                callback({ {}, error });
            else
                check(idToken, nonce, true, context, callback);
        });
        return;
    }
    IdTokenVerification result;
    if (!jwt.ok()) {
        switch (jwt.error) {
        case crypto::JwtVerification::Error::UnknownKeyId:
            result.error = tr("The ID token was signed with key \"%1\", which Okta's signing key "
                              "set does not list. The token is not from this org; sign in "
                              "again.")
                               .arg(jwt.header.value(u"kid").toString());
            break;
        case crypto::JwtVerification::Error::BadSignature:
            result.error = tr("The ID token's signature is not valid: it was altered or not "
                              "issued by this org. Sign in again.");
            break;
        default:
            result.error = tr("The ID token could not be verified: %1").arg(jwt.message);
            break;
        }
        callback(result);
        return;
    }
    const QString claimsError = crypto::checkIdTokenClaims(
        jwt.claims, m_expect.issuer, m_expect.clientId, nonce, m_clock(), m_expect.leewaySecs);
    if (!claimsError.isEmpty()) {
        result.error = claimsError;
    } else if (jwt.claims.value(u"sub").toString().isEmpty()) {
        result.error = tr("The ID token names no user (sub).");
    } else {
        result.claims = jwt.claims;
    }
    callback(result);
}

} // namespace odt::okta
