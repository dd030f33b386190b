#include "controller/sandboxbrowser.h"

#include "net/formencoding.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace odt {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(443) == b.port(443);
}

bool isLoopbackRedirect(const QUrl &url)
{
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
            || url.host() == QLatin1String("::1"));
}

} // namespace

SandboxHints SandboxHints::fromCredentials(const QJsonObject &credentials)
{
    SandboxHints hints;
    const QJsonObject okta = credentials.value(u"okta").toObject();
    hints.oktaOrigin = QUrl(okta.value(u"orgUrl").toString());
    const QJsonObject client = okta.value(u"oidcClients").toArray().first().toObject();
    hints.clientId = client.value(u"clientId").toString();
    const QUrl redirect(client.value(u"redirectUris").toArray().first().toString());
    hints.redirectPort = quint16(redirect.port(0));
    const QJsonObject user = okta.value(u"users").toArray().first().toObject();
    hints.login = user.value(u"login").toString();
    hints.password = user.value(u"password").toString();
    hints.apiToken = user.value(u"apiToken").toString().toUtf8();
    const QJsonObject iru = credentials.value(u"iru").toObject();
    hints.iruApiUrl = QUrl(iru.value(u"apiUrl").toString());
    hints.iruApiToken = iru.value(u"apiToken").toString().toUtf8();
    return hints;
}

SandboxBrowser::SandboxBrowser(const SandboxHints &hints,
                               const QList<QSslCertificate> &caCertificates, QObject *parent)
    : QObject(parent)
    , m_hints(hints)
    , m_ca(caCertificates)
    , m_manager(new QNetworkAccessManager(this))
{
    // Only the sandbox (on 127.0.0.1) and the loopback listener are ever contacted.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

bool SandboxBrowser::handles(const QUrl &url) const
{
    return m_hints.isValid() && url.scheme() == QLatin1String("https")
        && sameOrigin(url, m_hints.oktaOrigin);
}

QNetworkReply *SandboxBrowser::sendToOrigin(const QByteArray &method, const QUrl &url,
                                            const QByteArray &form)
{
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!form.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, form);
    reply->setParent(this);
    return reply;
}

void SandboxBrowser::signIn(const QUrl &authorizeUrl)
{
    if (!handles(authorizeUrl)) {
        Q_EMIT failed(tr("The sandbox browser only signs in to the sandbox tenant."));
        return;
    }
    QNetworkReply *page = sendToOrigin("GET", authorizeUrl, {});
    connect(page, &QNetworkReply::finished, this,
            [this, page, authorizeUrl] { postSignInForm(authorizeUrl, page); });
}

void SandboxBrowser::postSignInForm(const QUrl &authorizeUrl, QNetworkReply *page)
{
    page->deleteLater();
    const int status = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        Q_EMIT failed(tr("The sandbox sign-in page answered HTTP %1: %2")
                          .arg(status)
                          .arg(QString::fromUtf8(page->readAll().left(200))));
        return;
    }
    // The page's hidden fields carry exactly the /authorize parameters back.
    QList<QPair<QString, QString>> fields;
    const auto items = QUrlQuery(authorizeUrl).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        fields.append(item);
    fields.append({ QStringLiteral("username"), m_hints.login });
    fields.append({ QStringLiteral("password"), m_hints.password });
    fields.append({ QStringLiteral("approve"), QStringLiteral("1") });
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    QNetworkReply *reply = sendToOrigin("POST", post, net::formEncode(fields));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { deliverRedirect(reply); });
}

void SandboxBrowser::deliverRedirect(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (status != 302 || !isLoopbackRedirect(location)) {
        Q_EMIT failed(tr("The sandbox did not redirect back to this computer (HTTP %1). Does "
                         "the scenario's user %2 still have the password it lists?")
                          .arg(status)
                          .arg(m_hints.login));
        return;
    }
    // The loopback listener answers the "browser" and hands the code to the sign-in flow.
    QNetworkReply *callback = m_manager->get(QNetworkRequest(location));
    callback->setParent(this);
    connect(callback, &QNetworkReply::finished, this, [this, callback] {
        callback->deleteLater();
        if (callback->error() == QNetworkReply::ConnectionRefusedError) {
            Q_EMIT failed(tr("Nothing listened for the sign-in on %1.")
                              .arg(callback->url().toString(QUrl::RemoveQuery)));
            return;
        }
        Q_EMIT finished();
    });
}

void SandboxBrowser::approveDeviceCode(const QUrl &verificationUri, const QString &userCode)
{
    if (!handles(verificationUri)) {
        Q_EMIT failed(tr("The sandbox browser only signs in to the sandbox tenant."));
        return;
    }
    QUrl post = verificationUri;
    post.setQuery(QString());
    QNetworkReply *reply = sendToOrigin("POST", post,
                                        net::formEncode({
                                            { QStringLiteral("user_code"), userCode },
                                            { QStringLiteral("username"), m_hints.login },
                                            { QStringLiteral("password"), m_hints.password },
                                            { QStringLiteral("approve"), QStringLiteral("1") },
                                        }));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200 || !body.contains("Device activated")) {
            Q_EMIT failed(tr("The sandbox did not approve the code (HTTP %1).").arg(status));
            return;
        }
        Q_EMIT finished();
    });
}

} // namespace odt
