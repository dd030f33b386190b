#include "sandbox/sandboxhttpserver.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace odt::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

bool SandboxHttpServer::listenTls(const QSslConfiguration &tls, quint16 port, QString *error)
{
    m_tlsServer = new QSslServer(this);
    m_tlsServer->setSslConfiguration(tls);
    if (!m_tlsServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QCoreApplication::translate("odt::sandbox::SandboxHttpServer",
                                                 "Cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(m_tlsServer->errorString());
        return false;
    }
    bind(m_tlsServer);
    m_origin.setScheme(QStringLiteral("https"));
    m_origin.setHost(QStringLiteral("127.0.0.1"));
    m_origin.setPort(m_tlsServer->serverPort());
    return true;
}

SandboxRequest SandboxHttpServer::toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.url = request.url();
    r.path = r.url.path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

SandboxResponse SandboxHttpServer::respond(const SandboxRequest &request)
{
    ++m_requestCount;
    SandboxResponse response;
    bool answered = false;
    for (const Gate &gate : std::as_const(m_gates)) {
        if (auto stop = gate(request)) {
            response = *stop;
            answered = true;
            break;
        }
    }
    if (!answered) {
        const Router::Match match = m_router.match(request.method, request.path);
        if (match.handler)
            response = (*match.handler)(request, match.args);
        else if (m_fallback)
            response = m_fallback(request, match.pathKnown);
        else
            response = SandboxResponse::empty(match.pathKnown ? 405 : 404);
    }
    if (m_decorator)
        m_decorator(request, response);
    return response;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest r = toSandboxRequest(request);
    const FaultInjector::Decision fault = m_faults.decide(r);
    if (fault.kind == FaultInjector::Kind::Reset) {
        socket->abort();
        return true;
    }
    SandboxResponse response;
    if (fault.kind == FaultInjector::Kind::Status) {
        ++m_requestCount;
        response
            = m_faultBody ? m_faultBody(fault.status, r) : SandboxResponse::empty(fault.status);
        if (m_decorator)
            m_decorator(r, response);
    } else {
        response = respond(r);
    }
    deliver(socket, response, fault);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if QtHttpServer rejects a request itself.
    deliver(socket, respond(toSandboxRequest(request)), {});
}

void SandboxHttpServer::deliver(QTcpSocket *socket, const SandboxResponse &response,
                                const FaultInjector::Decision &fault)
{
    QPointer<QTcpSocket> guard(socket);
    auto write = [guard, response, kind = fault.kind] {
        if (!guard)
            return;
        const QByteArray bytes = response.serialize();
        switch (kind) {
        case FaultInjector::Kind::Truncate:
            // Headers promise the full Content-Length; half the body arrives, then the close.
            guard->write(bytes.left(bytes.size() - qMax<qsizetype>(1, response.body.size() / 2)));
            guard->flush();
            guard->disconnectFromHost();
            break;
        case FaultInjector::Kind::Stall:
            // Headers and the first bytes, then silence until the client gives up.
            guard->write(bytes.left(bytes.size() - response.body.size()
                                    + qMin<qsizetype>(8, response.body.size() / 2)));
            guard->flush();
            break;
        default:
            guard->write(bytes);
            break;
        }
    };
    if (fault.delayMs > 0)
        QTimer::singleShot(fault.delayMs, socket, write);
    else
        write();
}

} // namespace odt::sandbox
