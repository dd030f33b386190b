// Benchmark: how close the Okta readiness check's wall time comes to its critical path.
//
// Runs every Okta readiness check against the sandbox with a fixed latency on each answer (50 ms
// by default, ODT_BENCH_LATENCY_MS overrides), records each request and which answer caused it,
// then replays the same requests one after another. Reports:
//   wall        the concurrent run, as the wizard and `check` do it
//   floor       the longest chain of dependent requests, each at its replayed duration
//   sequential  the sum of the replayed durations: the same requests one after another
// Asserts only completeness (every check answered, none could not run); the numbers are for
// people, not a pass/fail threshold (timing varies with the machine's load).
#include "benchsupport.h"

#include "controller/checkrunner.h"
#include "controller/session.h"
#include "net/httpclient.h"
#include "okta/checks/oktachecks.h"
#include "okta/enginecheck.h"
#include "okta/oktaclient.h"
#include "okta/orgmetadata.h"
#include "sandbox/sandboxtenant.h"
#include "sandbox/scenario.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QtCrypto>

#include <algorithm>

using namespace odt;

namespace {

QByteArray superAdminToken(const sandbox::SandboxTenant &tenant)
{
    const QJsonArray users
        = tenant.credentials().value(u"okta").toObject().value(u"users").toArray();
    return users.at(0).toObject().value(u"apiToken").toString().toUtf8();
}

// The requests of one readiness run, with their parents.
QList<net::RequestTrace> runReadiness(Session &session, const OrgUrl &org, const QByteArray &token,
                                      qint64 *wallMs, Report *report)
{
    QList<net::RequestTrace> traces;
    session.http()->setTraceSink(
        [&traces](const net::RequestTrace &trace) { traces.append(trace); });
    okta::OktaClient client(session.http(), org, okta::OktaCredential::apiToken(token));
    CheckRunner runner;
    runner.add(new okta::EngineCheck(session.orgMetadata(), org));
    for (Check *check : okta::makeOktaChecks(&client, org))
        runner.add(check);
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::finished, &loop, [&](const Report &r) {
        *report = r;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    runner.start();
    if (runner.isRunning())
        loop.exec();
    *wallMs = timer.elapsed();
    session.http()->setTraceSink({});
    return traces;
}

// Each request again, alone: its duration without contention from the others.
QHash<quint64, qint64> replayOneByOne(Session &session, const QList<net::RequestTrace> &traces,
                                      const QByteArray &token)
{
    QHash<quint64, qint64> durations;
    for (const net::RequestTrace &trace : traces) {
        net::HttpRequest request;
        request.method = trace.method;
        request.url = trace.url;
        request.headers = { { "Authorization", "SSWS " + token } };
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        QObject context;
        session.http()->send(request, &context, [&](const net::JsonResponse &) { loop.quit(); });
        loop.exec();
        durations.insert(trace.id, timer.elapsed());
    }
    return durations;
}

struct CriticalPath
{
    qint64 floorMs = 0;
    QList<quint64> chain; // root first
};

CriticalPath criticalPath(const QList<net::RequestTrace> &traces,
                          const QHash<quint64, qint64> &durations)
{
    QHash<quint64, quint64> parentOf;
    for (const net::RequestTrace &trace : traces)
        parentOf.insert(trace.id, trace.parentId);
    CriticalPath best;
    for (const net::RequestTrace &trace : traces) {
        CriticalPath path;
        for (quint64 id = trace.id; id != 0; id = parentOf.value(id)) {
            path.floorMs += durations.value(id);
            path.chain.prepend(id);
        }
        if (path.floorMs > best.floorMs)
            best = path;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const int latencyMs = bench::latencyMs();

    QString error;
    const auto started = bench::startTenant(QStringLiteral("ready"), latencyMs, &error);
    if (!started)
        return bench::fail(error);
    sandbox::SandboxTenant &tenant = *started;

    Session session;
    session.trustExtraCaCertificates({ tenant.caCertificate() });
    const OrgUrl org = OrgUrl::parse(tenant.oktaOrgUrl().toString());
    const QByteArray token = superAdminToken(tenant);

    // A first run warms TLS sessions and connections, as a wizard's earlier pages would.
    qint64 wallMs = 0;
    Report report;
    runReadiness(session, org, token, &wallMs, &report);
    const QList<net::RequestTrace> traces = runReadiness(session, org, token, &wallMs, &report);
    if (report.checks().isEmpty() || report.errors() > 0)
        return bench::fail(QStringLiteral("%1 check(s) could not run").arg(report.errors()));

    const QHash<quint64, qint64> durations = replayOneByOne(session, traces, token);
    qint64 sequentialMs = 0;
    for (qint64 duration : durations)
        sequentialMs += duration;
    const CriticalPath path = criticalPath(traces, durations);

    QHash<quint64, net::RequestTrace> byId;
    for (const net::RequestTrace &trace : traces)
        byId.insert(trace.id, trace);
    QStringList chain;
    for (quint64 id : path.chain)
        chain.append(QStringLiteral("%1 %2 (%3 ms)")
                         .arg(QString::fromLatin1(byId.value(id).method), byId.value(id).url.path())
                         .arg(durations.value(id)));

    bench::out() << "Okta readiness, " << report.checks().size() << " checks, " << traces.size()
                 << " requests, " << latencyMs << " ms injected latency per answer\n"
                 << "  wall (concurrent):     " << wallMs << " ms\n"
                 << "  critical-path floor:   " << path.floorMs << " ms (" << path.chain.size()
                 << " dependent requests)\n"
                 << "  sequential (one by one): " << sequentialMs << " ms\n"
                 << "  wall / floor:          "
                 << QString::number(double(wallMs) / qMax<qint64>(1, path.floorMs), 'f', 2)
                 << "\n  wall / sequential:     "
                 << QString::number(double(wallMs) / qMax<qint64>(1, sequentialMs), 'f', 2) << "\n"
                 << "  critical path: " << chain.join(QStringLiteral(" → ")) << "\n";
    return bench::passed();
}
