#pragma once

#include "sandboxclient.h" // beside this file: also included by relative path

#include <QHostAddress>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>

// Test helper for signing in against the sandbox: a scenario whose OIDC app lists a loopback port
// that is free right now (so suites running in parallel never race for 53682) and polls the
// device grant every second, plus the admin's part in the browser.

// `scenario` is a built-in name; `*redirectPort` receives the port the OIDC app lists first.
inline std::unique_ptr<odt::sandbox::SandboxTenant>
startSandboxForSignIn(const QString &scenario, quint16 *redirectPort, QString *error)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = probe.errorString();
        return nullptr;
    }
    *redirectPort = probe.serverPort();
    probe.close();
    // (No raw string literals here: moc reads this header too, and cannot parse them.)
    const QString json
        = QStringLiteral(
              "{\"name\":\"%1\",\"extends\":\"%1\","
              "\"okta\":{\"deviceCodeIntervalSeconds\":1},"
              "\"patch\":[{\"op\":\"add\",\"path\":\"/okta/oidcClients/0/redirect_uris/0\","
              "\"value\":\"http://127.0.0.1:%2/callback\"}]}")
              .arg(scenario)
              .arg(*redirectPort);
    return startSandbox(json, error);
}

inline QString htmlUnescaped(QString text)
{
    return text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

inline QByteArray formEncoded(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// What the admin's browser does: GET the sign-in page, post its form with the credentials, and
// follow Okta's 302 to the loopback listener. Returns the listener's HTTP status (0: no answer).
inline int signInInBrowser(SandboxClient &client, const QUrl &authorizeUrl, const QString &login,
                           const QString &password)
{
    const HttpResult page = client.get(authorizeUrl);
    if (page.status != 200)
        return -page.status;
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
        const auto match = it.next();
        fields.append({ htmlUnescaped(match.captured(1)), htmlUnescaped(match.captured(2)) });
    }
    fields.append({ QStringLiteral("username"), login });
    fields.append({ QStringLiteral("password"), password });
    fields.append({ QStringLiteral("approve"), QStringLiteral("1") });
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    const HttpResult redirect = client.postForm(post, formEncoded(fields));
    if (redirect.status != 302)
        return -redirect.status;
    // A browser's GET of http://127.0.0.1:PORT/callback: plain HTTP, never through a proxy.
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply
        = manager.get(QNetworkRequest(QUrl::fromEncoded(redirect.header("Location"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}
