#include "sandbox/oktaauth.h"

#include "sandbox/oktaerrors.h"
#include "sandbox/statestore.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace odt::sandbox {

OktaAuth::OktaAuth(StateStore *state)
    : m_state(state)
{ }

QByteArray OktaAuth::issueAccessToken(const OktaPrincipal &principal, int lifetimeSeconds)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    const QByteArray token
        = "sbx." + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, { principal, QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds) });
    return token;
}

QJsonObject OktaAuth::user(const QString &loginOrId) const
{
    const QJsonArray users = m_state->okta().value(u"users").toArray();
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (user.value(u"id").toString() == loginOrId
            || user.value(u"profile").toObject().value(u"login").toString() == loginOrId)
            return user;
    }
    return {};
}

std::optional<OktaPrincipal> OktaAuth::authenticate(const SandboxRequest &request,
                                                    SandboxResponse *error) const
{
    const QByteArray ssws = request.credential("SSWS");
    if (!ssws.isEmpty()) {
        const QJsonArray users = m_state->okta().value(u"users").toArray();
        for (const QJsonValue &value : users) {
            const QJsonObject user = value.toObject();
            if (user.value(u"apiToken").toString().toUtf8() == ssws
                && user.value(u"status").toString(QStringLiteral("ACTIVE"))
                    == QLatin1String("ACTIVE")) {
                OktaPrincipal principal;
                principal.userId = user.value(u"id").toString();
                principal.apiToken = true;
                return principal;
            }
        }
    }
    const QByteArray bearer = request.credential("Bearer");
    if (!bearer.isEmpty()) {
        const auto it = m_tokens.constFind(bearer);
        if (it != m_tokens.cend() && it->expires > QDateTime::currentDateTimeUtc())
            return it->principal;
    }
    if (error)
        *error = oktaerrors::apiError(QStringLiteral("E0000011"));
    return std::nullopt;
}

bool OktaAuth::hasScope(const OktaPrincipal &principal, const QString &scope)
{
    if (principal.apiToken || principal.scopes.contains(scope))
        return true;
    if (scope.endsWith(QLatin1String(".read"))) {
        QString manage = scope;
        manage.chop(5);
        return principal.scopes.contains(manage + QStringLiteral(".manage"));
    }
    return false;
}

std::optional<SandboxResponse> OktaAuth::requireScope(const OktaPrincipal &principal,
                                                      const QString &scope)
{
    if (hasScope(principal, scope))
        return std::nullopt;
    SandboxResponse response = oktaerrors::apiError(QStringLiteral("E0000006"));
    response.setHeader("WWW-Authenticate",
                       "Bearer authorization_uri=\"http://okta.com\", realm=\"Okta\", "
                       "scope=\""
                           + scope.toUtf8()
                           + "\", error=\"insufficient_scope\", error_description=\"The access "
                             "token provided does not contain the required scopes.\"");
    return response;
}

} // namespace odt::sandbox
