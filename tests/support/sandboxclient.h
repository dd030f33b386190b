#pragma once

#include "sandbox/sandboxtenant.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

// Test helper: raw HTTPS calls to a sandbox tenant over the real network stack, trusting only the
// sandbox's CA. Tests use it to assert exact statuses, headers and bodies.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class SandboxClient
{
public:
    explicit SandboxClient(const QSslCertificate &ca)
        : m_ca(ca)
    { }

    HttpResult get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", url, {}, {}, headers);
    }
    HttpResult postForm(const QUrl &url, const QByteArray &form,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", url, form, "application/x-www-form-urlencoded", headers);
    }
    HttpResult postJson(const QUrl &url, const QJsonDocument &json,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", url, json.toJson(QJsonDocument::Compact), "application/json", headers);
    }
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                    const QByteArray &contentType,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request = makeRequest(url, headers);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_manager.sendCustomRequest(request, method, body));
    }
    // multipart/form-data (Iru custom profiles); the client takes ownership of `parts`.
    HttpResult sendMultipart(const QByteArray &method, const QUrl &url, QHttpMultiPart *parts,
                             const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkReply *reply
            = m_manager.sendCustomRequest(makeRequest(url, headers), method, parts);
        parts->setParent(reply);
        return wait(reply);
    }

    static QPair<QByteArray, QByteArray> bearer(const QByteArray &token)
    {
        return { "Authorization", "Bearer " + token };
    }
    static QPair<QByteArray, QByteArray> ssws(const QByteArray &token)
    {
        return { "Authorization", "SSWS " + token };
    }

private:
    QNetworkRequest makeRequest(const QUrl &url,
                                const QList<QPair<QByteArray, QByteArray>> &headers) const
    {
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ m_ca });
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return request;
    }

    static HttpResult wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body);
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    QSslCertificate m_ca;
    QNetworkAccessManager m_manager;
};

// Starts a sandbox tenant for a built-in scenario name, or for scenario JSON text.
inline std::unique_ptr<odt::sandbox::SandboxTenant>
startSandbox(const QString &nameOrJson, QString *error,
             const odt::sandbox::SandboxTenant::Options &options = {})
{
    const bool isJson = nameOrJson.trimmed().startsWith(QLatin1Char('{'));
    auto scenario = isJson ? odt::sandbox::Scenario::fromJson(nameOrJson.toUtf8(), error)
                           : odt::sandbox::Scenario::load(nameOrJson, error);
    if (!scenario)
        return nullptr;
    auto tenant = std::make_unique<odt::sandbox::SandboxTenant>(*scenario);
    if (!tenant->start(options, error))
        return nullptr;
    return tenant;
}
