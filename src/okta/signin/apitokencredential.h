#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace odt::okta {

// An Okta API token (SSWS) for scripted runs, read from an environment variable the admin names
// (--okta-token-env NAME). Never from the command line: argv is visible to every user of the
// computer and lands in shell history. The token is kept in memory and never printed.
class ApiTokenCredential
{
    Q_DECLARE_TR_FUNCTIONS(odt::okta::ApiTokenCredential)
public:
    // std::nullopt with `error` set when NAME is not a variable name (e.g. the token itself was
    // pasted) or the variable is unset or empty. The error never repeats the value.
    static std::optional<ApiTokenCredential> fromEnvironment(const QString &variableName,
                                                             QString *error);

    QString variableName() const { return m_variable; }
    // "SSWS <token>", the value of the Authorization header.
    QByteArray authorizationHeader() const { return "SSWS " + m_token; }
    QByteArray token() const { return m_token; }

private:
    ApiTokenCredential(QString variable, QByteArray token)
        : m_variable(std::move(variable))
        , m_token(std::move(token))
    { }

    QString m_variable;
    QByteArray m_token;
};

} // namespace odt::okta
