#include "okta/signin/signinresult.h"

namespace odt::okta {

TokenResponse TokenResponse::fromJson(const QJsonObject &body, const QDateTime &now)
{
    TokenResponse response;
    response.accessToken = body.value(u"access_token").toString().toLatin1();
    response.refreshToken = body.value(u"refresh_token").toString().toLatin1();
    response.idToken = body.value(u"id_token").toString().toLatin1();
    response.scopes = body.value(u"scope").toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Okta's org authorization server issues one-hour access tokens; assume that when unsaid.
    const qint64 lifetime = body.value(u"expires_in").toInteger(3600);
    response.expires = now.addSecs(lifetime);
    return response;
}

SignInResult TokenResponse::toResult(const QJsonObject &verifiedClaims) const
{
    SignInResult result;
    result.userId = verifiedClaims.value(u"sub").toString();
    result.login = verifiedClaims.value(u"preferred_username").toString();
    if (result.login.isEmpty())
        result.login = verifiedClaims.value(u"email").toString();
    result.name = verifiedClaims.value(u"name").toString();
    result.accessToken = accessToken;
    result.refreshToken = refreshToken;
    result.scopes = scopes;
    result.expires = expires;
    return result;
}

} // namespace odt::okta
