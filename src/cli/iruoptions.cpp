#include "cli/iruoptions.h"

#include "iru/inventory.h"
#include "iru/iruapiurl.h"
#include "iru/irutoken.h"
#include "sandbox/sandboxtenant.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace odt::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::IruOptions)
};

// Names shown when a --blueprint is unknown; a tenant may have hundreds.
constexpr int maxListedBlueprints = 20;
} // namespace

IruOptions::IruOptions()
    : url(QStringLiteral("iru-url"),
          Text::tr("The Iru Endpoint API URL, e.g. https://acme.api.kandji.io (the console "
                   "address or the subdomain works too)."),
          QStringLiteral("URL"))
    , tokenEnv(QStringLiteral("iru-token-env"),
               Text::tr("Read the Iru Endpoint API token from the environment variable NAME. "
                        "Tokens are never taken from the command line."),
               QStringLiteral("NAME"))
    , blueprint(QStringLiteral("blueprint"),
                Text::tr("Check only this Blueprint (by name; repeatable). Default: every "
                         "Blueprint."),
                QStringLiteral("NAME"))
{ }

bool IruOptions::wanted(const QCommandLineParser &parser, bool sandbox) const
{
    return sandbox || parser.isSet(url);
}

QString IruOptions::usageProblem(const QCommandLineParser &parser, bool sandbox) const
{
    if (sandbox)
        return {};
    if (parser.isSet(url) && !parser.isSet(tokenEnv))
        return Text::tr("--iru-url needs --iru-token-env NAME (the environment variable holding "
                        "the Iru Endpoint API token)");
    if (parser.isSet(tokenEnv) && !parser.isSet(url))
        return Text::tr("--iru-token-env needs --iru-url URL");
    if (parser.isSet(blueprint) && !parser.isSet(url))
        return Text::tr("--blueprint needs the Iru Endpoint tenant: give --iru-url and "
                        "--iru-token-env, or --sandbox");
    return {};
}

bool IruOptions::resolve(const QCommandLineParser &parser, const sandbox::SandboxTenant *tenant,
                         QUrl *apiUrl, QByteArray *token, QString *error) const
{
    const QJsonObject sandboxIru
        = tenant ? tenant->credentials().value(u"iru").toObject() : QJsonObject();
    if (parser.isSet(url)) {
        const iru::IruApiUrl parsed = iru::IruApiUrl::parse(parser.value(url));
        if (!parsed.isValid()) {
            *error = QStringLiteral("--iru-url: ") + parsed.errorMessage();
            return false;
        }
        *apiUrl = parsed.url();
    } else {
        *apiUrl = tenant ? tenant->iruApiUrl() : QUrl();
    }

    if (!parser.isSet(tokenEnv)) {
        *token = sandboxIru.value(u"apiToken").toString().toUtf8();
        return true;
    }
    const QString name = parser.value(tokenEnv);
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!variable.match(name).hasMatch()) {
        // Not echoed: what was typed may be the token itself.
        *error = Text::tr("--iru-token-env takes the NAME of an environment variable that holds "
                          "the Iru Endpoint API token (for example IRU_API_TOKEN), not the token "
                          "itself.");
        return false;
    }
    const QString value = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
    if (value.isEmpty()) {
        *error = Text::tr("The environment variable %1 is not set or is empty; set it to the Iru "
                          "Endpoint API token.")
                     .arg(name);
        return false;
    }
    QString why;
    if (!iru::IruToken::validate(value, &why)) {
        *error = Text::tr("The environment variable %1 does not hold an Iru Endpoint API token. "
                          "%2")
                     .arg(name, why);
        return false;
    }
    *token = iru::IruToken::normalized(value).toUtf8();
    return true;
}

QStringList resolveBlueprints(const QStringList &names, const iru::Inventory &inventory,
                              QString *error)
{
    QSet<QString> wanted;
    QStringList unknown;
    for (const QString &name : names) {
        QStringList matches;
        for (const iru::Blueprint &b : inventory.blueprints) {
            if (b.name == name)
                matches.append(b.id);
        }
        if (matches.isEmpty()) {
            for (const iru::Blueprint &b : inventory.blueprints) {
                if (b.name.compare(name, Qt::CaseInsensitive) == 0 || b.id == name)
                    matches.append(b.id);
            }
        }
        if (matches.isEmpty())
            unknown.append(name);
        for (const QString &id : std::as_const(matches))
            wanted.insert(id);
    }
    if (!unknown.isEmpty()) {
        QStringList existing;
        for (const iru::Blueprint &b : inventory.blueprints) {
            if (existing.size() == maxListedBlueprints) {
                existing.append(Text::tr("and %n more", nullptr,
                                         int(inventory.blueprints.size()) - maxListedBlueprints));
                break;
            }
            existing.append(QLatin1Char('"') + b.name + QLatin1Char('"'));
        }
        QStringList quoted;
        for (const QString &name : std::as_const(unknown))
            quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
        *error = existing.isEmpty()
            ? Text::tr("--blueprint: the tenant has no Blueprint named %1; it has no Blueprints "
                       "at all.")
                  .arg(quoted.join(QStringLiteral(", ")))
            : Text::tr("--blueprint: the tenant has no Blueprint named %1. Its Blueprints: %2.")
                  .arg(quoted.join(QStringLiteral(", ")), existing.join(QStringLiteral(", ")));
        return {};
    }
    QStringList ids;
    for (const iru::Blueprint &b : inventory.blueprints) {
        if (wanted.contains(b.id))
            ids.append(b.id);
    }
    return ids;
}

} // namespace odt::cli
