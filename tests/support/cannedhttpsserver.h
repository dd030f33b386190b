#pragma once

#include "crypto/tlsauthority.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

// An HTTPS server on 127.0.0.1 that answers every request with one canned raw HTTP response, or
// never answers (`silent`): for the answers a real Okta org never gives.
class CannedHttpsServer : public QObject
{
public:
    explicit CannedHttpsServer(QByteArray rawResponse, bool silent = false)
        : m_response(std::move(rawResponse))
        , m_silent(silent)
    {
        QString error;
        m_authority = odt::crypto::TlsAuthority::create(&error);
        Q_ASSERT(m_authority);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(m_authority->serverIdentity().chain);
        tls.setPrivateKey(m_authority->serverIdentity().key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    m_requests.append(socket->readAll());
                    if (m_silent)
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }
    QSslCertificate caCertificate() const { return m_authority->caCertificate(); }
    QList<QByteArray> requests() const { return m_requests; }

    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    QByteArray m_response;
    bool m_silent;
    std::optional<odt::crypto::TlsAuthority> m_authority;
    QSslServer m_server;
    QList<QByteArray> m_requests;
};
