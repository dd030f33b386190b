#include "net/proxysetting.h"

#include <QCoreApplication>
#include <QUrl>

namespace odt::net {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::net::ProxySetting)
};

} // namespace

ProxySetting ProxySetting::none()
{
    ProxySetting setting;
    setting.m_mode = Mode::None;
    setting.m_type = QNetworkProxy::NoProxy;
    return setting;
}

ProxySetting ProxySetting::manual(QNetworkProxy::ProxyType type, const QString &host, quint16 port)
{
    ProxySetting setting;
    setting.m_mode = Mode::Manual;
    setting.m_type = type;
    setting.m_host = host;
    setting.m_port = port;
    return setting;
}

ProxySetting ProxySetting::parse(const QString &text, QString *error)
{
    const QString input = text.trimmed();
    const QString lower = input.toLower();
    if (lower.isEmpty() || lower == QLatin1String("system"))
        return system();
    if (lower == QLatin1String("none") || lower == QLatin1String("direct"))
        return none();

    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return system();
    };
    if (!input.contains(QLatin1String("://")))
        return fail(Text::tr("\"%1\" is not a proxy: write system, none, http://HOST:PORT or "
                             "socks5://HOST:PORT.")
                        .arg(input));
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(Text::tr("\"%1\" is not a valid proxy address: write http://HOST:PORT or "
                             "socks5://HOST:PORT.")
                        .arg(input));
    if (!url.userInfo().isEmpty())
        return fail(Text::tr("Leave the user name and password out of the proxy address: they "
                             "would be kept in plain text. Proxies that ask for a password are "
                             "not supported yet; use the system proxy settings instead."));
    QNetworkProxy::ProxyType type;
    if (url.scheme() == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (url.scheme() == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    else if (url.scheme() == QLatin1String("https"))
        return fail(Text::tr("Proxies reached over HTTPS are not supported; most corporate "
                             "proxies also listen on http://HOST:PORT (the traffic to Okta and "
                             "Iru Endpoint stays encrypted end to end through it)."));
    else
        return fail(
            Text::tr("Unsupported proxy type \"%1\": use http:// or socks5://.").arg(url.scheme()));
    if (url.port() <= 0)
        return fail(Text::tr("The proxy address %1 needs a port, e.g. %2:8080.")
                        .arg(input, url.toString(QUrl::RemovePath | QUrl::RemovePort)));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return fail(
            Text::tr("A proxy address has no path: write %1.").arg(url.toString(QUrl::RemovePath)));
    return manual(type, url.host(), quint16(url.port()));
}

QString ProxySetting::toString() const
{
    switch (m_mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        break;
    }
    QUrl url;
    url.setScheme(m_type == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                       : QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    return url.toString();
}

QNetworkProxy ProxySetting::toNetworkProxy() const
{
    switch (m_mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        break;
    }
    return QNetworkProxy(m_type, m_host, m_port);
}

} // namespace odt::net
