// Benchmark: pushing the ODT configuration to the 500 generated Blueprints of the large scenario,
// at 50 ms injected latency per answer (ODT_BENCH_LATENCY_MS overrides). Reports:
//   read        TenantStateReader: custom profiles and every Blueprint's library items
//   apply       DeployRunner: 3 creates, then one assignment per profile and Blueprint
//   request     one request alone (latency plus the sandbox's work), measured
//   floor       the waves' rounds (steps / concurrency, rounded up) times one request, plus any
//               wait Iru's 10,000 requests/hour budget would impose on this many writes
//   429s        answers the governor let the tenant refuse (goal 0)
// Asserts completeness only: every step done, no 429, and a second plan is empty.
#include "benchsupport.h"

#include "deploy/deployjournal.h"
#include "deploy/deployplan.h"
#include "deploy/deployrunner.h"
#include "deploy/desiredstate.h"
#include "deploy/endpointmanagement.h"
#include "deploy/profileset.h"
#include "deploy/tenantstate.h"
#include "iru/iruclient.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtCrypto>

#include <limits>

using namespace odt;

namespace {

std::optional<deploy::TenantState> readTenant(iru::IruClient *client, const QStringList &ids)
{
    deploy::TenantStateReader reader(client, ids);
    std::optional<deploy::TenantState> state;
    QEventLoop loop;
    QObject::connect(&reader, &deploy::TenantStateReader::finished, &loop,
                     [&](const deploy::TenantState &s) {
                         state = s;
                         loop.quit();
                     });
    QObject::connect(&reader, &deploy::TenantStateReader::failed, &loop, [&] { loop.quit(); });
    reader.start();
    loop.exec();
    return state;
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const int latencyMs = bench::latencyMs();
    QString error;
    const auto tenant = bench::startTenant(QStringLiteral("large"), latencyMs, &error);
    if (!tenant)
        return bench::fail(error);

    QNetworkAccessManager manager;
    net::HttpClient http(&manager);
    http.setExtraCaCertificates({ tenant->caCertificate() });
    int rateLimited = 0;
    int requests = 0;
    http.setTraceSink([&](const net::RequestTrace &trace) {
        ++requests;
        if (trace.httpStatus == 429 || trace.attempts > 1)
            ++rateLimited;
    });
    const QByteArray token
        = tenant->credentials().value(u"iru").toObject().value(u"apiToken").toString().toUtf8();
    iru::IruClient client(&http, tenant->iruApiUrl(), token);

    // The 500 generated Blueprints; every tenth is an Assignment Map whose "If platform is Mac"
    // node id the admin would copy from the console (the sandbox derives it from the index).
    QList<iru::Blueprint> classic;
    QHash<QString, QString> nodes;
    int maps = 0;
    {
        QEventLoop loop;
        client.blueprints(&loop, [&](const iru::IruResult<QList<iru::Blueprint>> &result) {
            for (const iru::Blueprint &blueprint : result.value) {
                if (!blueprint.name.startsWith(QLatin1String("Generated Blueprint ")))
                    continue;
                classic.append(blueprint);
                if (blueprint.isMap()) {
                    ++maps;
                    const int index = blueprint.name.mid(20).toInt() - 1;
                    nodes.insert(blueprint.id,
                                 QStringLiteral("a9e00002-0000-4000-8000-%1")
                                     .arg(index, 12, 10, QLatin1Char('0')));
                }
            }
            loop.quit();
        });
        loop.exec();
    }
    if (classic.size() != 500)
        return bench::fail(
            QStringLiteral("%1 generated Blueprints, expected 500").arg(classic.size()));
    QStringList ids;
    for (const iru::Blueprint &blueprint : std::as_const(classic))
        ids.append(blueprint.id);

    qint64 requestMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 6; ++i) {
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        client.probe(&loop, [&](const iru::IruResult<int> &) { loop.quit(); });
        loop.exec();
        if (i > 0)
            requestMs = qMin(requestMs, timer.elapsed());
    }

    deploy::EndpointManagementInput input;
    input.orgUrl = tenant->oktaOrgUrl().toString();
    QList<deploy::InputProblem> problems;
    const auto settings = deploy::EndpointManagement::validate(input, &problems);
    if (!settings)
        return bench::fail(problems.value(0).message);
    const deploy::DesiredState desired = deploy::DesiredState::build(
        settings->orgHost(), true, deploy::ProfileSet::generate(*settings), classic, nodes);

    QElapsedTimer timer;
    timer.start();
    const auto before = readTenant(&client, ids);
    const qint64 readMs = timer.elapsed();
    if (!before)
        return bench::fail(QStringLiteral("cannot read the tenant"));
    QTemporaryDir dir;
    deploy::DeployJournal journal(dir.filePath(QStringLiteral("journal.json")));
    const deploy::DeployPlan plan = deploy::DeployPlanner::apply(desired, *before, journal, false);
    const int requestsBefore = requests;

    deploy::DeployRunner runner(&client, &journal, desired);
    bool ok = false;
    QString why;
    QEventLoop loop;
    QObject::connect(&runner, &deploy::DeployRunner::finished, &loop,
                     [&](bool succeeded, const QString &message) {
                         ok = succeeded;
                         why = message;
                         loop.quit();
                     });
    timer.restart();
    runner.start(plan);
    loop.exec();
    const qint64 applyMs = timer.elapsed();
    const int writes = requests - requestsBefore;
    if (!ok)
        return bench::fail(why);

    const auto after = readTenant(&client, ids);
    if (!after || !deploy::DeployPlanner::apply(desired, *after, journal, false).isEmpty())
        return bench::fail(QStringLiteral("a second plan is not empty"));

    const int concurrency = 6; // DeployRunner's default
    qint64 creates = 0;
    for (const deploy::PlanStep &step : plan.steps)
        creates += step.action == deploy::PlanStep::Action::Create ? 1 : 0;
    const qint64 assigns = plan.steps.size() - creates;
    const qint64 rounds
        = (creates + concurrency - 1) / concurrency + (assigns + concurrency - 1) / concurrency;
    const qint64 budget = iru::IruClient::requestsPerHour;
    const qint64 total = requests;
    const qint64 rateFloorMs = total > budget ? (total - 1) / budget * 3600 * 1000 : 0;
    const qint64 floorMs = rounds * requestMs + rateFloorMs;

    bench::out() << "Deploy to " << classic.size() << " Blueprints (" << maps
                 << " of them Assignment Maps; large scenario), " << latencyMs
                 << " ms injected latency per answer\n"
                 << "  read tenant:      " << readMs << " ms (" << (1 + ids.size()) << " lists)\n"
                 << "  plan:             " << plan.steps.size() << " steps (" << creates
                 << " creates, " << assigns << " assignments)\n"
                 << "  one request:      " << requestMs << " ms\n"
                 << "  apply (wall):     " << applyMs << " ms for " << writes << " writes\n"
                 << "  floor:            " << floorMs << " ms (" << rounds << " rounds of "
                 << concurrency << " × one request; rate budget wait " << rateFloorMs << " ms)\n"
                 << "  ratio:            "
                 << QString::number(double(applyMs) / double(floorMs), 'f', 2)
                 << "\n  429s:             " << rateLimited << " (goal 0)\n";
    if (rateLimited != 0)
        return bench::fail(QStringLiteral("%1 answers were rate limited").arg(rateLimited));
    return bench::passed();
}
