#include "core/orgurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace odt {

namespace {

// developer.okta.com "Okta organizations" and "find your domain" list these org domains.
const char *const oktaDomains[] = { "okta.com", "oktapreview.com", "okta-emea.com" };

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::OrgUrl)
};

bool isValidHostName(const QString &host)
{
    static const QRegularExpression label(
        QStringLiteral("^(?!-)[a-z0-9-]{1,63}(?<!-)(\\.(?!-)[a-z0-9-]{1,63}(?<!-))*$"));
    return host.size() <= 253 && label.match(host).hasMatch();
}

} // namespace

bool OrgUrl::isOktaDomain(const QString &host)
{
    for (const char *domain : oktaDomains) {
        const QString suffix = QLatin1Char('.') + QLatin1String(domain);
        if (host.endsWith(suffix) && host.size() > suffix.size())
            return true;
    }
    return false;
}

OrgUrl OrgUrl::failure(Problem problem, const QString &message)
{
    OrgUrl result;
    result.m_problem = problem;
    result.m_message = message;
    return result;
}

OrgUrl OrgUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(
            Problem::Empty,
            Text::tr("Enter your Okta organization URL, for example https://acme.okta.com."));
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return failure(
            Problem::Malformed,
            Text::tr("\"%1\" is not a URL: it contains spaces. Enter the address of your Okta "
                     "organization, for example https://acme.okta.com.")
                .arg(text));

    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto scheme = schemePrefix.match(text);
    QString withScheme = text;
    if (!scheme.hasMatch()) {
        withScheme = QStringLiteral("https://") + text;
    } else {
        const QString name = scheme.captured(1).toLower();
        if (name == QLatin1String("http"))
            return failure(
                Problem::PlainHttp,
                Text::tr("Okta organizations are only served over HTTPS, and this tool never "
                         "sends anything over plain http. Use https:// instead."));
        if (name != QLatin1String("https"))
            return failure(
                Problem::UnsupportedScheme,
                Text::tr("\"%1://\" is not a web address. Enter the https:// address of your "
                         "Okta organization.")
                    .arg(name));
    }

    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return failure(
            Problem::Malformed,
            Text::tr("\"%1\" is not a valid URL. Enter the address of your Okta organization, "
                     "for example https://acme.okta.com.")
                .arg(text));
    if (!url.userInfo().isEmpty())
        return failure(
            Problem::HasCredentials,
            Text::tr("The URL contains a user name or password. Remove it: sign-in happens "
                     "later, in your browser."));

    QString host = url.host(); // QUrl lower-cases and IDNA-normalises the host
    const bool isAddress = !QHostAddress(host).isNull();
    if (!isAddress && (!isValidHostName(host) || !host.contains(QLatin1Char('.'))))
        return failure(Problem::Malformed,
                       Text::tr("\"%1\" is not a valid host name. Okta organizations look like "
                                "acme.okta.com, acme.oktapreview.com or a custom domain such as "
                                "login.acme.com.")
                           .arg(host));

    OrgUrl result;
    if (isOktaDomain(host)) {
        const int dot = host.indexOf(QLatin1Char('.'));
        const QString label = host.left(dot);
        static const QLatin1String adminSuffix("-admin");
        if (label.endsWith(adminSuffix) && label.size() > adminSuffix.size()) {
            host = label.chopped(adminSuffix.size()) + host.mid(dot);
            result.m_foldedAdmin = true;
        }
    }

    QUrl origin;
    origin.setScheme(QStringLiteral("https"));
    origin.setHost(host);
    if (url.port() != -1 && url.port() != 443)
        origin.setPort(url.port());
    result.m_url = origin;
    result.m_problem = Problem::None;
    return result;
}

} // namespace odt
