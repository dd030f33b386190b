#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace odt::okta {

// The redirect target of a native-app sign-in (RFC 8252 §7.3): a one-shot HTTP listener on the
// loopback interface only, never on other interfaces, so nothing on the network can reach it or
// trigger a firewall prompt. It waits for exactly one `GET /callback?code=…&state=…` whose state
// matches, answers the browser with a page, and closes. Stray requests (another path, a stale tab
// with an old state, port scanners, bytes that are not HTTP) get an answer and are otherwise
// ignored.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Binds `host` (127.0.0.1, localhost or ::1; anything else is refused) on `port` (0: any
    // free port, for tests) and starts the timeout. False with `error` set when the port is taken.
    bool listen(const QString &host, quint16 port, const QByteArray &expectedState, QString *error);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    // Stops listening without a signal.
    void close();

Q_SIGNALS:
    // The one valid callback. The receiver has stopped listening.
    void codeReceived(const QString &code);
    // Okta redirected with error=… and the right state (the admin denied, the app is not
    // assigned, …), or the timeout passed. The receiver has stopped listening.
    void errorReceived(const QString &error, const QString &description);
    void timedOut();

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void handleCallback(QTcpSocket *socket, const QByteArray &target);
    void finish();

    QTcpServer *m_server;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout { std::chrono::minutes(5) };
    QByteArray m_state;
    bool m_done = false;
};

} // namespace odt::okta
