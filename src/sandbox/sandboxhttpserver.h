#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/router.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QSslServer;

namespace odt::sandbox {

// One HTTPS origin of the sandbox (the Okta org, or the Iru Endpoint tenant). QtHttpServer parses
// requests; this class routes them to plain handlers and writes the answer itself, so it can be
// delayed, replaced by an injected fault, truncated, stalled or cut.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // Runs before routing; an answer stops the request there (authentication, rate limits).
    using Gate = std::function<std::optional<SandboxResponse>(const SandboxRequest &)>;
    // Answers requests no route takes: `pathKnown` means the path exists for another method.
    using Fallback = std::function<SandboxResponse(const SandboxRequest &, bool pathKnown)>;
    // Adjusts every answer (rate-limit headers, request ids).
    using Decorator = std::function<void(const SandboxRequest &, SandboxResponse &)>;
    // Builds the body of an injected error status in this service's own error shape.
    using FaultBody = std::function<SandboxResponse(int status, const SandboxRequest &)>;

    explicit SandboxHttpServer(QObject *parent = nullptr);

    Router &router() { return m_router; }
    void addGate(Gate gate) { m_gates.append(std::move(gate)); }
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    void setDecorator(Decorator decorator) { m_decorator = std::move(decorator); }
    void setFaultBody(FaultBody body) { m_faultBody = std::move(body); }
    FaultInjector &faults() { return m_faults; }

    // Listens on 127.0.0.1 only. Port 0 picks a free port.
    bool listenTls(const QSslConfiguration &tls, quint16 port, QString *error);
    QUrl origin() const { return m_origin; }
    quint64 requestCount() const { return m_requestCount; }

    // Answers a request as routing would, without a socket (used by tests and by handlers that
    // render an internal request).
    SandboxResponse respond(const SandboxRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest &request);
    void deliver(QTcpSocket *socket, const SandboxResponse &response,
                 const FaultInjector::Decision &fault);

    Router m_router;
    QList<Gate> m_gates;
    Fallback m_fallback;
    Decorator m_decorator;
    FaultBody m_faultBody;
    FaultInjector m_faults;
    QSslServer *m_tlsServer = nullptr;
    QUrl m_origin;
    quint64 m_requestCount = 0;
};

} // namespace odt::sandbox
