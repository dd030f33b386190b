#include "iru/iruapiurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace odt::iru {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::IruApiUrl)
};

const QString usSuffix = QStringLiteral(".kandji.io");
const QString euSuffix = QStringLiteral(".eu.kandji.io");
const QString iruSuffix = QStringLiteral(".iru.com");

// Hosts of the vendors' own sites, never a tenant.
bool isVendorSite(const QString &label)
{
    static const QStringList names
        = { QStringLiteral("www"),     QStringLiteral("api"),       QStringLiteral("support"),
            QStringLiteral("docs"),    QStringLiteral("status"),    QStringLiteral("blog"),
            QStringLiteral("updates"), QStringLiteral("community"), QStringLiteral("eu") };
    return names.contains(label);
}

bool isTenantLabel(const QString &label)
{
    // iructl's validation: [A-Za-z0-9-]+ (hosts are compared lower-case).
    static const QRegularExpression pattern(QStringLiteral("^(?!-)[a-z0-9-]{1,63}(?<!-)$"));
    return pattern.match(label).hasMatch();
}

QString formsHint()
{
    return Text::tr("The API URL is shown in the Iru Endpoint console under Access → API tokens "
                    "and looks like https://SUBDOMAIN.api.kandji.io, "
                    "https://SUBDOMAIN.api.eu.kandji.io or https://SUBDOMAIN.api.iru.com.");
}

QString apiHost(const QString &subdomain, IruApiUrl::Region region)
{
    switch (region) {
    case IruApiUrl::Region::Eu:
        return subdomain + QStringLiteral(".api.eu.kandji.io");
    case IruApiUrl::Region::Iru:
        return subdomain + QStringLiteral(".api.iru.com");
    default:
        return subdomain + QStringLiteral(".api.kandji.io");
    }
}

} // namespace

IruApiUrl IruApiUrl::failure(Problem problem, const QString &message)
{
    IruApiUrl result;
    result.m_problem = problem;
    result.m_message = message;
    return result;
}

IruApiUrl IruApiUrl::api(const QString &subdomain, Region region, int port,
                         const QString &suggestion)
{
    IruApiUrl result;
    result.m_problem = Problem::None;
    result.m_region = region;
    result.m_subdomain = subdomain;
    result.m_suggestion = suggestion;
    result.m_url.setScheme(QStringLiteral("https"));
    result.m_url.setHost(apiHost(subdomain, region));
    if (port > 0 && port != 443)
        result.m_url.setPort(port);
    return result;
}

QUrl IruApiUrl::consoleUrl() const
{
    if (!isValid() || m_subdomain.isEmpty())
        return {};
    QUrl console;
    console.setScheme(QStringLiteral("https"));
    switch (m_region) {
    case Region::Us:
        console.setHost(m_subdomain + usSuffix);
        break;
    case Region::Eu:
        console.setHost(m_subdomain + euSuffix);
        break;
    case Region::Iru:
        console.setHost(m_subdomain + iruSuffix);
        break;
    default:
        return {};
    }
    return console;
}

IruApiUrl IruApiUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(Problem::Empty,
                       Text::tr("Enter your Iru Endpoint API URL, for example "
                                "https://acme.api.kandji.io, or your tenant's subdomain."));
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return failure(
            Problem::Malformed,
            Text::tr("\"%1\" is not a URL: it contains spaces. %2").arg(text, formsHint()));

    // A bare subdomain ("acme"): the US host is the documented default, but EU and iru.com
    // tenants exist, so the suggestion says which one was assumed.
    if (isTenantLabel(text.toLower())) {
        const QString subdomain = text.toLower();
        return api(subdomain, Region::Us, -1,
                   Text::tr("Using the API address https://%1 for the subdomain %2 (US region). "
                            "For a tenant in the EU enter https://%3, for an iru.com tenant "
                            "https://%4.")
                       .arg(apiHost(subdomain, Region::Us), subdomain,
                            apiHost(subdomain, Region::Eu), apiHost(subdomain, Region::Iru)));
    }

    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto scheme = schemePrefix.match(text);
    QString withScheme = text;
    if (!scheme.hasMatch()) {
        withScheme = QStringLiteral("https://") + text;
    } else {
        const QString name = scheme.captured(1).toLower();
        if (name == QLatin1String("http"))
            return failure(Problem::PlainHttp,
                           Text::tr("The Iru Endpoint API is only served over HTTPS, and this "
                                    "tool never sends the API token over plain http. Use "
                                    "https:// instead."));
        if (name != QLatin1String("https"))
            return failure(Problem::UnsupportedScheme,
                           Text::tr("\"%1://\" is not a web address. %2").arg(name, formsHint()));
    }

    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return failure(Problem::Malformed,
                       Text::tr("\"%1\" is not a valid URL. %2").arg(text, formsHint()));
    if (!url.userInfo().isEmpty())
        return failure(Problem::HasCredentials,
                       Text::tr("The URL contains a user name or password. Enter only the "
                                "address; the API token is entered separately."));

    const QString host = url.host().toLower();
    const int port = url.port(-1);

    // Only the local sandbox tenant and the tests listen on a loopback address; no real tenant
    // does. Accepting it as is (with its port) is how --sandbox connects, still over https with
    // the sandbox's own CA.
    const QHostAddress address(host);
    if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback())) {
        IruApiUrl result;
        result.m_problem = Problem::None;
        result.m_region = Region::Loopback;
        result.m_url.setScheme(QStringLiteral("https"));
        result.m_url.setHost(url.host());
        if (port > 0)
            result.m_url.setPort(port);
        return result;
    }

    struct Form
    {
        QString suffix;
        Region region;
        bool console;
    };
    // Longest suffixes first: ".api.eu.kandji.io" also ends in ".kandji.io".
    const Form forms[] = {
        { QStringLiteral(".api.eu.kandji.io"), Region::Eu, false },
        { QStringLiteral(".api.kandji.io"), Region::Us, false },
        { QStringLiteral(".api.iru.com"), Region::Iru, false },
        { euSuffix, Region::Eu, true },
        { usSuffix, Region::Us, true },
        { iruSuffix, Region::Iru, true },
    };
    for (const Form &form : forms) {
        if (!host.endsWith(form.suffix) || host.size() == form.suffix.size())
            continue;
        const QString subdomain = host.left(host.size() - form.suffix.size());
        if (subdomain.contains(QLatin1Char('.'))) {
            // acme.api.eu.iru.com and the like: an EU form of iru.com is not documented.
            return failure(
                Problem::NotIruHost,
                Text::tr("%1 is not a known Iru Endpoint API address. %2").arg(host, formsHint()));
        }
        if (!isTenantLabel(subdomain) || isVendorSite(subdomain))
            return failure(
                Problem::NotIruHost,
                Text::tr("%1 is a site of the vendor, not your tenant. %2").arg(host, formsHint()));
        if (!form.console) {
            const bool hadPath = !url.path().isEmpty() && url.path() != QLatin1String("/");
            return api(subdomain, form.region, port,
                       hadPath || url.hasQuery()
                           ? Text::tr("Using the API address https://%1 (without the path).")
                                 .arg(apiHost(subdomain, form.region))
                           : QString());
        }
        return api(subdomain, form.region, port,
                   Text::tr("Using the API address https://%1 for the console %2.")
                       .arg(apiHost(subdomain, form.region), host));
    }

    if (host.endsWith(QLatin1String(".okta.com"))
        || host.endsWith(QLatin1String(".oktapreview.com"))
        || host.endsWith(QLatin1String(".okta-emea.com")))
        return failure(Problem::NotIruHost,
                       Text::tr("%1 is an Okta address. Enter the Iru Endpoint tenant's API URL "
                                "here. %2")
                           .arg(host, formsHint()));
    return failure(Problem::NotIruHost,
                   Text::tr("%1 is not an Iru Endpoint address. %2").arg(host, formsHint()));
}

} // namespace odt::iru
