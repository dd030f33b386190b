#include "net/proxysetting.h"

#include <QTest>

using odt::net::ProxySetting;

class TestProxySetting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void networkProxy();
};

void TestProxySetting::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("text"); // toString(), or the error's start
    const int system = int(ProxySetting::Mode::System);
    const int none = int(ProxySetting::Mode::None);
    const int manual = int(ProxySetting::Mode::Manual);
    const int http = QNetworkProxy::HttpProxy;
    const int socks = QNetworkProxy::Socks5Proxy;
    const int dflt = QNetworkProxy::DefaultProxy;

    QTest::newRow("empty means system") << "" << system << dflt << "" << 0 << "system";
    QTest::newRow("system") << " System " << system << dflt << "" << 0 << "system";
    QTest::newRow("none") << "none" << none << int(QNetworkProxy::NoProxy) << "" << 0 << "none";
    QTest::newRow("direct") << "DIRECT" << none << int(QNetworkProxy::NoProxy) << "" << 0 << "none";
    QTest::newRow("http") << "http://proxy.corp.example:3128" << manual << http
                          << "proxy.corp.example" << 3128 << "http://proxy.corp.example:3128";
    QTest::newRow("trailing slash") << "http://10.0.0.1:8080/" << manual << http << "10.0.0.1"
                                    << 8080 << "http://10.0.0.1:8080";
    QTest::newRow("socks5") << "socks5://127.0.0.1:1080" << manual << socks << "127.0.0.1" << 1080
                            << "socks5://127.0.0.1:1080";
    QTest::newRow("no scheme") << "proxy:3128" << system << dflt << "" << 0
                               << "\"proxy:3128\" is not a proxy";
    QTest::newRow("no port") << "http://proxy.corp.example" << system << dflt << "" << 0
                             << "The proxy address http://proxy.corp.example needs a port";
    QTest::newRow("credentials") << "http://bob:secret@proxy:3128" << system << dflt << "" << 0
                                 << "Leave the user name and password out";
    QTest::newRow("https proxy") << "https://proxy:3128" << system << dflt << "" << 0
                                 << "Proxies reached over HTTPS are not supported";
    QTest::newRow("ftp") << "ftp://proxy:21" << system << dflt << "" << 0
                         << "Unsupported proxy type \"ftp\"";
    QTest::newRow("path") << "http://proxy:3128/pac" << system << dflt << "" << 0
                          << "A proxy address has no path";
}

void TestProxySetting::parse()
{
    QFETCH(QString, input);
    QFETCH(int, mode);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, text);
    QString error;
    const ProxySetting setting = ProxySetting::parse(input, &error);
    QCOMPARE(int(setting.mode()), mode);
    QCOMPARE(int(setting.type()), type);
    QCOMPARE(setting.host(), host);
    QCOMPARE(int(setting.port()), port);
    if (mode == int(ProxySetting::Mode::System) && !input.trimmed().isEmpty()
        && input.trimmed().toLower() != QLatin1String("system")) {
        QVERIFY2(error.startsWith(text), qPrintable(error));
        QVERIFY(!error.contains(u"secret")); // a password never echoes back
    } else {
        QCOMPARE(error, QString());
        QCOMPARE(setting.toString(), text);
        QCOMPARE(ProxySetting::parse(setting.toString(), nullptr), setting); // round trip
    }
}

void TestProxySetting::networkProxy()
{
    QCOMPARE(ProxySetting::system().toNetworkProxy().type(), QNetworkProxy::DefaultProxy);
    QCOMPARE(ProxySetting::none().toNetworkProxy().type(), QNetworkProxy::NoProxy);
    const QNetworkProxy manual
        = ProxySetting::manual(QNetworkProxy::HttpProxy, QStringLiteral("p"), 3128)
              .toNetworkProxy();
    QCOMPARE(manual.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(manual.hostName(), QStringLiteral("p"));
    QCOMPARE(manual.port(), quint16(3128));
}

QTEST_GUILESS_MAIN(TestProxySetting)
#include "tst_proxysetting.moc"
