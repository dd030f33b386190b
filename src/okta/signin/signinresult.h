#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace odt::okta {

// Who signed in and the tokens to call Okta's APIs as them. The tokens live in memory only: they
// are never written to disk, and nothing logs them.
struct SignInResult
{
    QString userId; // the ID token's sub: the Okta user id
    QString login; // preferred_username
    QString name;
    QByteArray accessToken;
    QByteArray refreshToken;
    QStringList scopes; // as granted, which may be fewer than requested
    QDateTime expires; // of the access token

    bool isValid() const { return !userId.isEmpty() && !accessToken.isEmpty(); }
};

// A token endpoint answer, before the ID token is trusted.
struct TokenResponse
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray idToken;
    QStringList scopes;
    QDateTime expires;

    // accessToken stays empty when the body is not a token response.
    static TokenResponse fromJson(const QJsonObject &body, const QDateTime &now);
    // Combines the tokens with the verified ID token claims.
    SignInResult toResult(const QJsonObject &verifiedClaims) const;
};

} // namespace odt::okta

Q_DECLARE_METATYPE(odt::okta::SignInResult)
