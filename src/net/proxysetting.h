#pragma once

#include <QNetworkProxy>
#include <QString>

namespace odt::net {

// How requests reach the internet: the system's proxy settings (the default, so PAC files and
// corporate settings apply), no proxy at all, or one proxy the admin names. Credentials are never
// part of it: a proxy URL with user:password is refused rather than stored or shown.
class ProxySetting
{
public:
    enum class Mode { System, None, Manual };

    ProxySetting() = default;
    static ProxySetting system() { return {}; }
    static ProxySetting none();
    static ProxySetting manual(QNetworkProxy::ProxyType type, const QString &host, quint16 port);

    // "system", "none" (or "direct"), "http://HOST:PORT", "socks5://HOST:PORT". An invalid
    // text gives a System setting with `error` set.
    static ProxySetting parse(const QString &text, QString *error);

    Mode mode() const { return m_mode; }
    QNetworkProxy::ProxyType type() const { return m_type; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    // The form parse() reads back; what settings and --proxy hold.
    QString toString() const;
    // For QNetworkAccessManager::setProxy(): DefaultProxy defers to the application's proxy
    // factory, which follows the system configuration.
    QNetworkProxy toNetworkProxy() const;

    bool operator==(const ProxySetting &other) const = default;

private:
    Mode m_mode = Mode::System;
    QNetworkProxy::ProxyType m_type = QNetworkProxy::DefaultProxy;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace odt::net
