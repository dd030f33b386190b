#include "okta/signin/loopbackreceiver.h"

#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace odt::okta {

namespace {

// A browser's GET with its headers fits easily; anything longer is not a sign-in callback.
constexpr qint64 maxRequestHeadBytes = 16 * 1024;
// Browsers open speculative connections they may never use; they must not linger for minutes.
constexpr int idleConnectionMs = 15000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    // A system proxy must never see, or answer for, the loopback listener (QTBUG-58374).
    m_server->setProxy(QNetworkProxy::NoProxy);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish();
        Q_EMIT timedOut();
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::acceptConnections);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(const QString &host, quint16 port, const QByteArray &expectedState,
                              QString *error)
{
    QHostAddress address;
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (host == QLatin1String("::1"))
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    if (address.isNull()) {
        *error = tr("The sign-in redirect must go to this computer's loopback address "
                    "(127.0.0.1, localhost or ::1), not to %1.")
                     .arg(host);
        return false;
    }
    m_state = expectedState;
    m_done = false;
    if (!m_server->listen(address, port)) {
        const QString uri = QStringLiteral("http://%1:%2/callback").arg(host).arg(port);
        if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
            *error = tr("Port %1 on %2 is in use by another program, so the sign-in cannot "
                        "receive Okta's redirect there. Close that program or choose another "
                        "port; the OIDC app in Okta must list %3 as a sign-in redirect URI.")
                         .arg(port)
                         .arg(host, uri);
        } else {
            *error = tr("Cannot listen on %1 port %2 for the sign-in redirect (%3). The OIDC app "
                        "in Okta must list %4 as a sign-in redirect URI.")
                         .arg(host)
                         .arg(port)
                         .arg(m_server->errorString(), uri);
        }
        return false;
    }
    m_timer.start(m_timeout);
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

QHostAddress LoopbackReceiver::address() const
{
    return m_server->serverAddress();
}

void LoopbackReceiver::close()
{
    finish();
}

void LoopbackReceiver::finish()
{
    m_done = true;
    m_timer.stop();
    m_server->close();
}

void LoopbackReceiver::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Parented to the receiver: closing the server must not cut off a page being written.
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(idleConnectionMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void LoopbackReceiver::readRequest(QTcpSocket *socket)
{
    if (socket->property("odtAnswered").toBool())
        return;
    const QByteArray head = socket->peek(maxRequestHeadBytes + 1);
    qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        end = head.indexOf("\n\n");
    if (end < 0) {
        if (head.size() > maxRequestHeadBytes)
            respond(socket, 431, tr("Request too large"), tr("This address only takes sign-ins."));
        return; // wait for the rest of the head
    }
    socket->readAll();

    const QByteArray requestLine = head.left(head.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/')) {
        respond(socket, 400, tr("Bad request"), tr("This address only takes sign-ins."));
        return;
    }
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (path != "/callback") {
        respond(socket, 404, tr("Not found"), tr("This address only takes sign-ins."));
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, tr("Not allowed"), tr("This address only takes sign-ins."));
        return;
    }
    if (m_done) {
        respond(socket, 400, tr("Sign-in already finished"),
                tr("This sign-in has already finished. Return to ODT Setup Assistant."));
        return;
    }
    handleCallback(socket, question < 0 ? QByteArray() : target.mid(question + 1));
}

void LoopbackReceiver::handleCallback(QTcpSocket *socket, const QByteArray &query)
{
    QByteArray formQuery = query;
    formQuery.replace('+', "%20"); // a form-style space
    const QUrlQuery items(QString::fromLatin1(formQuery));
    const auto value = [&items](const QString &key) {
        return items.queryItemValue(key, QUrl::FullyDecoded);
    };
    // A stale tab from an earlier attempt, or a page that is not Okta: not this sign-in.
    if (value(QStringLiteral("state")).toLatin1() != m_state || m_state.isEmpty()) {
        respond(socket, 400, tr("Sign-in link out of date"),
                tr("This page does not belong to the sign-in that ODT Setup Assistant is "
                   "waiting for. Use the newest sign-in link, or start the sign-in again."));
        return;
    }
    const QString error = value(QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description = value(QStringLiteral("error_description"));
        respond(socket, 200, tr("Sign-in did not complete"),
                tr("Okta did not complete the sign-in: %1. Return to ODT Setup Assistant for "
                   "what to do next.")
                    .arg(description.isEmpty() ? error : description));
        finish();
        Q_EMIT errorReceived(error, description);
        return;
    }
    const QString code = value(QStringLiteral("code"));
    if (code.isEmpty()) {
        respond(socket, 400, tr("No sign-in code"),
                tr("Okta's answer carried no sign-in code. Start the sign-in again."));
        return;
    }
    respond(socket, 200, tr("Signed in"),
            tr("You are signed in to ODT Setup Assistant. You can close this window."));
    finish();
    Q_EMIT codeReceived(code);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QString &title,
                               const QString &text)
{
    socket->setProperty("odtAnswered", true);
    // The page must reach the browser even when the receiver is deleted right after a callback;
    // the socket deletes itself once disconnected, or at its idle timeout.
    socket->setParent(nullptr);
    const QByteArray body
        = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                         "<title>%1</title></head><body style=\"font-family:sans-serif;"
                         "max-width:32em;margin:3em auto\"><h1>%1</h1><p>%2</p></body></html>")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
              .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close"
          "\r\n\r\n"
        + body;
    socket->write(response);
    socket->disconnectFromHost(); // after the page is written
}

} // namespace odt::okta
