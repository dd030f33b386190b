#include "iru/irutoken.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace odt::iru {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::IruToken)
};

} // namespace

QString IruToken::normalized(const QString &input)
{
    QString token = input.trimmed();
    static const QRegularExpression bearer(QStringLiteral("^bearer\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    token.remove(bearer);
    return token;
}

bool IruToken::validate(const QString &input, QString *error)
{
    const QString token = normalized(input);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (token.isEmpty())
        return fail(Text::tr("Paste the Iru Endpoint API token. It is shown once when the token "
                             "is added in the Iru Endpoint console under Access → API tokens."));
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    if (uuid.match(token).hasMatch())
        return true;
    if (token.contains(QRegularExpression(QStringLiteral("\\s"))))
        return fail(Text::tr("The API token contains spaces or line breaks. Copy it again as one "
                             "piece: an Iru Endpoint token is a UUID such as "
                             "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d."));
    // Okta API tokens (SSWS) are 42 characters starting with "00": a likely mix-up in a tool that
    // asks for both.
    if (token.size() == 42 && token.startsWith(QLatin1String("00")))
        return fail(Text::tr("This looks like an Okta API token. Enter the Iru Endpoint API token "
                             "here: a UUID such as 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d."));
    return fail(Text::tr("This is not an Iru Endpoint API token: those are UUIDs of 36 "
                         "characters such as 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d (this one has "
                         "%n character(s)). Copy the whole token from Access → API tokens.",
                         nullptr, int(token.size())));
}

IruTokenStore::IruTokenStore(secrets::SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString IruTokenStore::keyFor(const QUrl &apiUrl)
{
    QString host = apiUrl.host().toLower();
    if (apiUrl.port(443) != 443)
        host += QLatin1Char(':') + QString::number(apiUrl.port());
    return QStringLiteral("iru-endpoint-api-token/") + host;
}

namespace {
void noStore(QObject *context, const IruTokenStore::Callback &done)
{
    secrets::SecretResult result;
    result.error = secrets::SecretResult::Error::NoBackend;
    result.message = Text::tr("No keychain is available to keep the Iru Endpoint API token.");
    QTimer::singleShot(0, context, [result, done] { done(result); });
}
} // namespace

void IruTokenStore::save(const QUrl &apiUrl, const QByteArray &token, Callback done)
{
    if (!m_store)
        return noStore(this, done);
    m_store->write(keyFor(apiUrl), token, std::move(done));
}

void IruTokenStore::load(const QUrl &apiUrl, Callback done)
{
    if (!m_store)
        return noStore(this, done);
    m_store->read(keyFor(apiUrl), std::move(done));
}

void IruTokenStore::remove(const QUrl &apiUrl, Callback done)
{
    if (!m_store)
        return noStore(this, done);
    m_store->remove(keyFor(apiUrl), std::move(done));
}

} // namespace odt::iru
