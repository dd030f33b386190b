#include "okta/signin/apitokencredential.h"

#include <QRegularExpression>

namespace odt::okta {

std::optional<ApiTokenCredential> ApiTokenCredential::fromEnvironment(const QString &variableName,
                                                                      QString *error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!name.match(variableName).hasMatch()) {
        // Not echoed: what was typed may be the token itself.
        *error = tr("--okta-token-env takes the NAME of an environment variable that holds the "
                    "Okta API token (for example OKTA_API_TOKEN), not the token itself.");
        return std::nullopt;
    }
    const QByteArray value = qgetenv(variableName.toLocal8Bit().constData()).trimmed();
    if (value.isEmpty()) {
        *error = tr("The environment variable %1 is not set or is empty; set it to the Okta API "
                    "token.")
                     .arg(variableName);
        return std::nullopt;
    }
    QByteArray token = value;
    // A pasted header value works too.
    if (token.startsWith("SSWS "))
        token = token.mid(5).trimmed();
    for (const char c : std::as_const(token)) {
        if (c <= ' ' || c > '~') {
            *error = tr("The environment variable %1 holds spaces or control characters, which "
                        "an Okta API token never has.")
                         .arg(variableName);
            return std::nullopt;
        }
    }
    return ApiTokenCredential(variableName, token);
}

} // namespace odt::okta
