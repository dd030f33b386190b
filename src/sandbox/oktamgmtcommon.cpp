#include "sandbox/oktamgmtcommon.h"

#include "sandbox/oktaerrors.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>

namespace odt::sandbox::mgmt {

namespace {

QList<QPair<QString, QString>> queryItems(const SandboxRequest &request)
{
    QList<QPair<QString, QString>> items;
    const QString query = request.url.query(QUrl::FullyEncoded);
    const auto decode = [](QString text) {
        text.replace(QLatin1Char('+'), QLatin1Char(' '));
        return QUrl::fromPercentEncoding(text.toLatin1());
    };
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            items.append({ decode(pair), QString(QLatin1String("")) });
        else
            items.append({ decode(pair.left(equals)), decode(pair.mid(equals + 1)) });
    }
    return items;
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

void addRoute(OktaContext &context, const QByteArray &method, const QString &pathTemplate,
              const QString &scope, Handler handler)
{
    context.http.router().add(method, pathTemplate,
                              [&context, scope, handler = std::move(handler)](
                                  const SandboxRequest &request, const QStringList &args) {
                                  SandboxResponse error;
                                  const auto principal = context.auth.authenticate(request, &error);
                                  if (!principal)
                                      return error;
                                  if (auto denied = OktaAuth::requireScope(*principal, scope))
                                      return *denied;
                                  return handler(request, args, *principal);
                              });
}

QJsonObject link(const QString &href, const QStringList &allow)
{
    QJsonObject object { { QStringLiteral("href"), href } };
    if (!allow.isEmpty())
        object.insert(
            QStringLiteral("hints"),
            QJsonObject { { QStringLiteral("allow"), QJsonArray::fromStringList(allow) } });
    return object;
}

QString queryValue(const SandboxRequest &request, const QString &name)
{
    for (const auto &[key, value] : queryItems(request)) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasQueryValue(const SandboxRequest &request, const QString &name)
{
    for (const auto &item : queryItems(request)) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString selfUrl(const OktaContext &context, const SandboxRequest &request)
{
    const QString query = request.url.query(QUrl::FullyEncoded);
    return context.originString() + request.path
        + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QString nextUrl(const OktaContext &context, const SandboxRequest &request, const QString &cursor)
{
    QStringList parts;
    for (const auto &[key, value] : queryItems(request)) {
        if (key != QLatin1String("after"))
            parts.append(encode(key) + QLatin1Char('=') + encode(value));
    }
    parts.append(QStringLiteral("after=") + encode(cursor));
    return context.originString() + request.path + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

void addLinkHeader(SandboxResponse &response, const QString &url, const char *rel)
{
    response.headers.append({ "Link", '<' + url.toUtf8() + ">; rel=\"" + QByteArray(rel) + '"' });
}

SandboxResponse notFound(const QString &id, const QString &type)
{
    return oktaerrors::apiError(QStringLiteral("E0000007"),
                                QStringLiteral("Resource not found: %1 (%2)").arg(id, type));
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject publicUser(const OktaContext &context, QJsonObject user)
{
    for (const char *key : { "password", "apiToken", "roles" })
        user.remove(QLatin1String(key));
    // Scenario users carry only what tests care about; real users always have these, and
    // clients that parse them must not trip over their absence only in the sandbox.
    const QString since = QStringLiteral("2024-03-01T10:00:00.000Z");
    for (const char *key :
         { "created", "activated", "statusChanged", "lastUpdated", "passwordChanged" }) {
        if (!user.contains(QLatin1String(key)))
            user.insert(QLatin1String(key), since);
    }
    if (!user.contains(u"lastLogin"))
        user.insert(QStringLiteral("lastLogin"), QJsonValue::Null);
    if (!user.contains(u"status"))
        user.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    if (!user.contains(u"credentials"))
        user.insert(
            QStringLiteral("credentials"),
            QJsonObject { { QStringLiteral("provider"),
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("OKTA") },
                                          { QStringLiteral("name"), QStringLiteral("OKTA") } } } });
    user.insert(QStringLiteral("_links"),
                QJsonObject { { QStringLiteral("self"),
                                link(context.originString() + QStringLiteral("/api/v1/users/")
                                     + user.value(u"id").toString()) } });
    return user;
}

QJsonObject userSummary(const OktaContext &context, const QJsonObject &user)
{
    const QJsonObject profile = user.value(u"profile").toObject();
    QJsonObject summaryProfile;
    for (const char *key : { "firstName", "lastName", "login", "email" }) {
        if (profile.contains(QLatin1String(key)))
            summaryProfile.insert(QLatin1String(key), profile.value(QLatin1String(key)));
    }
    return QJsonObject {
        { QStringLiteral("id"), user.value(u"id") },
        { QStringLiteral("profile"), summaryProfile },
        { QStringLiteral("_links"),
          QJsonObject { { QStringLiteral("self"),
                          link(context.originString() + QStringLiteral("/api/v1/users/")
                               + user.value(u"id").toString()) } } },
    };
}

QString randomId(const QString &prefix, int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix;
    while (id.size() < length)
        id.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]));
    return id;
}

} // namespace odt::sandbox::mgmt
