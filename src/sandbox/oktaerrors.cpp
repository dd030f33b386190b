#include "sandbox/oktaerrors.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace odt::sandbox::oktaerrors {

namespace {

struct Entry
{
    int status = 500;
    QString code;
    QString text;
};

QHash<QString, Entry> loadCatalog(const QString &path, const char *keyField, const char *textField)
{
    QHash<QString, Entry> catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    const QJsonArray errors
        = QJsonDocument::fromJson(file.readAll()).object().value(u"errors").toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        const QString key = e.value(QLatin1String(keyField)).toString();
        if (key.isEmpty() || catalog.contains(key))
            continue;
        catalog.insert(key,
                       { e.value(u"statusCode").toInt(500), e.value(u"errorCode").toString(),
                         e.value(QLatin1String(textField)).toString() });
    }
    return catalog;
}

const QHash<QString, Entry> &apiCatalog()
{
    static const QHash<QString, Entry> catalog = loadCatalog(
        QStringLiteral(":/sandbox/okta/error-codes.json"), "errorCode", "errorSummary");
    return catalog;
}

const QHash<QString, Entry> &oauthCatalog()
{
    static const QHash<QString, Entry> catalog
        = loadCatalog(QStringLiteral(":/sandbox/okta/oauth2-error-codes.json"), "internalErrorCode",
                      "errorDescription");
    return catalog;
}

QString errorId()
{
    // Okta's errorId is an opaque request id for support, not a secret.
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(25));
}

} // namespace

int apiStatus(const QString &errorCode)
{
    return apiCatalog().value(errorCode).status;
}

SandboxResponse apiError(const QString &errorCode, const QString &summaryArgument,
                         const QStringList &causes)
{
    const Entry entry = apiCatalog().value(errorCode, Entry { 500, errorCode, errorCode });
    QString summary = entry.text;
    if (!summaryArgument.isEmpty())
        summary.replace(QStringLiteral("{0}"), summaryArgument);
    QJsonArray errorCauses;
    for (const QString &cause : causes)
        errorCauses.append(QJsonObject { { QStringLiteral("errorSummary"), cause } });
    return SandboxResponse::json(entry.status,
                                 QJsonObject {
                                     { QStringLiteral("errorCode"), errorCode },
                                     { QStringLiteral("errorSummary"), summary },
                                     { QStringLiteral("errorLink"), errorCode },
                                     { QStringLiteral("errorId"), errorId() },
                                     { QStringLiteral("errorCauses"), errorCauses },
                                 });
}

SandboxResponse oauthError(const QString &internalCode, const QString &description)
{
    const Entry entry = oauthCatalog().value(internalCode, Entry { 400, internalCode, QString() });
    return SandboxResponse::json(
        entry.status,
        QJsonObject { { QStringLiteral("error"), entry.code },
                      { QStringLiteral("error_description"),
                        description.isEmpty() ? entry.text : description } });
}

} // namespace odt::sandbox::oktaerrors
