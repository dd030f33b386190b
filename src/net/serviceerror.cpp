#include "net/serviceerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace odt::net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::net::ServiceError)
};

// What the admin can do about the Okta codes the wizard meets; others fall back to the summary.
QString oktaAdvice(const QString &code)
{
    if (code == QLatin1String("E0000011") || code == QLatin1String("E0000004"))
        return Text::tr("The token was refused (expired, revoked or mistyped). Sign in again or "
                        "create a new API token.");
    if (code == QLatin1String("E0000006"))
        return Text::tr("The signed-in admin is missing a role or the app a granted scope for this "
                        "call. Sign in as a Super Administrator, and check the OIDC app's Okta API "
                        "Scopes.");
    if (code == QLatin1String("E0000015"))
        return Text::tr("The org does not have the feature this call needs (for device "
                        "integrations: Okta Adaptive MFA).");
    if (code == QLatin1String("E0000047"))
        return Text::tr("Okta's rate limit was reached. Wait until the limit resets, then retry.");
    if (code == QLatin1String("E0000007"))
        return Text::tr("Okta does not know the requested object. It may have been deleted.");
    return {};
}

QString iruAdvice(int status)
{
    switch (status) {
    case 401:
        return Text::tr("The Iru Endpoint API token was refused. Check that it is copied "
                        "completely and not revoked (Settings > Access > API tokens).");
    case 403:
        return Text::tr("The Iru Endpoint API token lacks the permission for this call. Edit the "
                        "token's permissions in Settings > Access > API tokens.");
    case 404:
        return Text::tr("Iru Endpoint does not know the requested object.");
    case 429:
        return Text::tr("Iru Endpoint's limit of 10,000 requests per hour was reached. Wait, then "
                        "retry.");
    default:
        return {};
    }
}

} // namespace

QString htmlToText(const QByteArray &html, int maxLength)
{
    QString text = QString::fromUtf8(html);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    text = text.replace(space, QStringLiteral(" ")).trimmed();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

void describeServiceError(NetError &error, const QByteArray &body, const QByteArray &contentType,
                          const QString &host)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    QString advice;
    if (json.isObject()) {
        const QJsonObject object = json.object();
        if (object.contains(QLatin1String("errorCode"))) {
            error.serviceCode = object.value(u"errorCode").toString();
            error.serviceSummary = object.value(u"errorSummary").toString();
            error.requestId = object.value(u"errorId").toString();
            const QJsonArray causes = object.value(u"errorCauses").toArray();
            for (const QJsonValue &cause : causes)
                error.causes.append(cause.toObject().value(u"errorSummary").toString());
            advice = oktaAdvice(error.serviceCode);
        } else if (object.contains(QLatin1String("error"))) {
            error.serviceCode = object.value(u"error").toString();
            error.serviceSummary = object.value(u"error_description").toString();
        } else if (object.contains(QLatin1String("detail"))) {
            error.serviceSummary = object.value(u"detail").toString();
            advice = iruAdvice(error.httpStatus);
        }
    } else if (json.isArray()) {
        QStringList parts;
        const QJsonArray array = json.array();
        for (const QJsonValue &value : array)
            parts.append(value.toString());
        error.serviceSummary = parts.join(QStringLiteral("; "));
        advice = iruAdvice(error.httpStatus);
    } else if (contentType.contains("html") || body.trimmed().startsWith('<')) {
        error.serviceSummary = htmlToText(body);
        advice = iruAdvice(error.httpStatus);
    } else if (!body.trimmed().isEmpty()) {
        error.serviceSummary = QString::fromUtf8(body.trimmed().left(300));
        advice = iruAdvice(error.httpStatus);
    }

    QString message = Text::tr("%1 answered HTTP %2").arg(host).arg(error.httpStatus);
    if (!error.serviceSummary.isEmpty())
        message += QStringLiteral(": ") + error.serviceSummary;
    if (!error.serviceCode.isEmpty())
        message += QStringLiteral(" (%1)").arg(error.serviceCode);
    message += QLatin1Char('.');
    if (!error.causes.isEmpty())
        message += QLatin1Char(' ') + error.causes.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!advice.isEmpty())
        message += QLatin1Char(' ') + advice;
    if (!error.requestId.isEmpty())
        message += QLatin1Char(' ') + Text::tr("Okta error id: %1.").arg(error.requestId);
    error.message = message;
}

} // namespace odt::net
