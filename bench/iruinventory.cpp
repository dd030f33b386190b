// Benchmark: how close loading the Iru Endpoint inventory of the large scenario (20,000 devices,
// 500 Blueprints) comes to the floor its page count, latency and rate limit allow.
//
// The sandbox answers every request after a fixed latency (50 ms by default, ODT_BENCH_LATENCY_MS
// overrides). Reports:
//   wall        InventoryLoader: Blueprints and devices at once, pages in parallel
//   page        one device page alone (latency plus the sandbox's work), measured
//   floor       the larger of two bounds, plus whatever the 10,000 requests/hour budget would
//               make it wait: the rounds the page plan needs (first page, then pageConcurrency at
//               a time) times one page; and the work of every page (one page minus the injected
//               latency), which cannot overlap here because the sandbox and the client share this
//               process's one thread (a real tenant serves pages in parallel)
//   sequential  every page one after another
// Then every Iru readiness check over all 503 Blueprints, with the same client: its requests,
// wall time and the floor its rounds of ScopeGatherer::maxConcurrent requests set.
// Asserts only completeness (every device and Blueprint read, every check answered, no 429); the
// numbers are for people, not a pass/fail threshold.
#include "benchsupport.h"

#include "controller/checkrunner.h"
#include "iru/checks/iruchecks.h"
#include "iru/checks/scopegatherer.h"
#include "iru/inventory.h"
#include "iru/iruclient.h"
#include "net/httpclient.h"
#include "sandbox/irutenantserver.h"
#include "sandbox/sandboxtenant.h"
#include "sandbox/scenario.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrlQuery>
#include <QtCrypto>

#include <limits>

using namespace odt;

namespace {

qint64 pagesOf(qint64 items, qint64 pageSize)
{
    return qMax<qint64>(1, (items + pageSize - 1) / pageSize);
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const int latencyMs = bench::latencyMs();

    QString error;
    const auto started = bench::startTenant(QStringLiteral("large"), latencyMs, &error);
    if (!started)
        return bench::fail(error);
    sandbox::SandboxTenant &tenant = *started;

    QNetworkAccessManager manager;
    net::HttpClient http(&manager);
    http.setExtraCaCertificates({ tenant.caCertificate() });
    net::HttpClient::RetryPolicy retry;
    retry.maxRateLimitedAttempts = 1; // a 429 is a failure here, not a quiet wait
    http.setRetryPolicy(retry);
    const QByteArray token
        = tenant.credentials().value(u"iru").toObject().value(u"apiToken").toString().toUtf8();
    iru::IruClient client(&http, tenant.iruApiUrl(), token);

    // One device page alone, the fastest of five after a warm-up (TLS session): the unit of the
    // floor, as free of the machine's other load as it gets.
    qint64 pageMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 6; ++i) {
        net::HttpRequest request;
        request.url = tenant.iruApiUrl();
        request.url.setPath(QStringLiteral("/api/v1/devices"));
        request.url.setQuery(QStringLiteral("limit=300&offset=9000"));
        request.headers = { { "Authorization", "Bearer " + token } };
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        QObject context;
        http.send(request, &context, [&](const net::JsonResponse &) { loop.quit(); });
        loop.exec();
        if (i > 0)
            pageMs = qMin(pageMs, timer.elapsed());
    }

    const quint64 requestsBefore = tenant.iru()->http().requestCount();
    iru::InventoryLoader loader(&client);
    iru::Inventory inventory;
    std::optional<iru::IruResult<int>> failure;
    QEventLoop loop;
    QObject::connect(&loader, &iru::InventoryLoader::finished, &loop,
                     [&](const iru::Inventory &loaded) {
                         inventory = loaded;
                         loop.quit();
                     });
    QObject::connect(&loader, &iru::InventoryLoader::failed, &loop,
                     [&](const iru::IruResult<int> &result) {
                         failure = result;
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    loader.start();
    loop.exec();
    const qint64 wallMs = timer.elapsed();
    const qint64 requests = qint64(tenant.iru()->http().requestCount() - requestsBefore);
    if (failure)
        return bench::fail(failure->error.message);

    const qint64 devices = inventory.devices.size();
    const qint64 blueprints = inventory.blueprints.size();
    if (devices != 20004 || blueprints != 503)
        return bench::fail(
            QStringLiteral("read %1 devices and %2 Blueprints, expected 20004 and 503")
                .arg(devices)
                .arg(blueprints));

    // Devices: a short page ends the list (20,004 / 300 → 67 pages, the last one short).
    const qint64 devicePages = pagesOf(devices + 1, iru::IruClient::devicePageSize);
    const qint64 blueprintPages = pagesOf(blueprints, iru::IruClient::blueprintPageSize);
    const qint64 concurrency = iru::IruClient::pageConcurrency;
    auto rounds = [concurrency](qint64 pages) {
        return 1 + (pages - 1 + concurrency - 1) / concurrency;
    };
    // Both lists run at once; the longer one sets the floor.
    const qint64 latencyFloorMs = qMax(rounds(devicePages), rounds(blueprintPages)) * pageMs;
    const qint64 pages = devicePages + blueprintPages;
    const qint64 workFloorMs = pages * qMax<qint64>(0, pageMs - latencyMs);
    const qint64 budget = iru::IruClient::requestsPerHour;
    const qint64 rateFloorMs = pages > budget ? (pages - 1) / budget * 3600 * 1000 : 0;
    const qint64 floorMs = qMax(latencyFloorMs, workFloorMs) + rateFloorMs;
    const qint64 sequentialMs = pages * pageMs;

    bench::out() << "Iru inventory (large scenario): " << devices << " devices, " << blueprints
                 << " Blueprints, " << latencyMs << " ms injected latency per answer\n"
                 << "  requests:              " << requests << " (" << devicePages
                 << " device pages + " << blueprintPages << " Blueprint pages; "
                 << (requests - pages) << " device page(s) read ahead past the end)\n"
                 << "  one page alone:        " << pageMs << " ms\n"
                 << "  wall (InventoryLoader): " << wallMs << " ms\n"
                 << "  floor:                 " << floorMs
                 << " ms (latency: " << rounds(devicePages) << " rounds of " << concurrency
                 << " pages = " << latencyFloorMs << " ms; work on this one thread: " << workFloorMs
                 << " ms; rate limit adds " << rateFloorMs << " ms for " << pages << " of "
                 << budget << " requests/hour)\n"
                 << "  sequential:            " << sequentialMs << " ms\n"
                 << "  wall / floor:          "
                 << QString::number(double(wallMs) / qMax<qint64>(1, floorMs), 'f', 2) << "\n"
                 << "  wall / sequential:     "
                 << QString::number(double(wallMs) / qMax<qint64>(1, sequentialMs), 'f', 2) << "\n";

    // The readiness checks over the whole tenant.
    QStringList everyBlueprint;
    for (const iru::Blueprint &blueprint : inventory.blueprints)
        everyBlueprint.append(blueprint.id);
    const quint64 checksBefore = tenant.iru()->http().requestCount();
    CheckRunner runner;
    for (Check *check : iru::makeIruChecks(&client, inventory, everyBlueprint))
        runner.add(check);
    Report report;
    QObject::connect(&runner, &CheckRunner::finished, &loop, [&](const Report &r) {
        report = r;
        loop.quit();
    });
    timer.restart();
    runner.start();
    if (runner.isRunning())
        loop.exec();
    const qint64 checksWallMs = timer.elapsed();
    const qint64 checkRequests = qint64(tenant.iru()->http().requestCount() - checksBefore);
    if (report.checks().isEmpty() || report.errors() > 0) {
        for (const CheckResult &result : report.checks())
            if (result.status == CheckStatus::Error)
                return bench::fail(result.id + QStringLiteral(": ") + result.detail);
        return bench::fail(QStringLiteral("no Iru check answered"));
    }
    const qint64 checkConcurrency = iru::ScopeGatherer::maxConcurrent;
    // Check requests are small (one Blueprint's list, one device's items): the injected latency
    // is their unavoidable part.
    const qint64 checkFloorMs
        = (checkRequests + checkConcurrency - 1) / checkConcurrency * qint64(latencyMs);
    bench::out() << "Iru readiness checks over all " << blueprints
                 << " Blueprints: " << report.checks().size() << " checks, " << checkRequests
                 << " requests, no 429\n"
                 << "  wall:                  " << checksWallMs << " ms\n"
                 << "  floor:                 " << checkFloorMs << " ms (" << checkConcurrency
                 << " requests at a time, " << latencyMs << " ms each)\n"
                 << "  wall / floor:          "
                 << QString::number(double(checksWallMs) / qMax<qint64>(1, checkFloorMs), 'f', 2)
                 << "\n"
                 << "  requests this hour:    " << (requests + checkRequests) << " of " << budget
                 << "\n";
    return bench::passed();
}
