// odt-sandbox: the sandbox tenant as a standalone HTTPS server, for demos, training and scripts.
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxtenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QtCrypto>

#include <csignal>
#include <cstdio>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "odt-sandbox: " << message << Qt::endl;
    return 2;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("odt-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ODT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a sandbox Okta org and Iru Endpoint tenant over HTTPS on 127.0.0.1, "
                       "playing one "
                       "scenario.\nBuilt-in "
                       "scenarios: %1")
            .arg(odt::sandbox::Scenario::builtInNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("Built-in scenario NAME or a scenario "
                                                           "FILE (default: ready)."),
                                            QStringLiteral("NAME|FILE"), QStringLiteral("ready"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port of the Okta org (default: any free)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption iruPortOption(QStringLiteral("iru-port"),
                                           QStringLiteral("Port of the Iru Endpoint tenant "
                                                          "(default: any free)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("Keep the tenant state in FILE across "
                                                        "restarts (written atomically)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption credentialsOption(QStringLiteral("print-credentials"),
                                               QStringLiteral("Write the scenario's credentials "
                                                              "and ports to FILE (JSON)."),
                                               QStringLiteral("FILE"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Answer after MS milliseconds, plus up "
                                                          "to JITTER more."),
                                           QStringLiteral("MS[:JITTER]"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault (repeatable), e.g. status=429,path=^/api/v1/devices,"
                       "after=2,count=3 or reset,count=1 or truncate or stall."),
        QStringLiteral("SPEC"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for jitter and probabilistic faults."),
                                        QStringLiteral("N"));
    const QCommandLineOption oktaDevicesOption(QStringLiteral("okta-devices"),
                                               QStringLiteral("Generate N Okta devices."),
                                               QStringLiteral("N"));
    const QCommandLineOption iruDevicesOption(QStringLiteral("iru-devices"),
                                              QStringLiteral("Generate N Iru Endpoint devices."),
                                              QStringLiteral("N"));
    const QCommandLineOption blueprintsOption(QStringLiteral("blueprints"),
                                              QStringLiteral("Generate N Blueprints."),
                                              QStringLiteral("N"));
    const QCommandLineOption caOption(QStringLiteral("print-ca"),
                                      QStringLiteral("Write the sandbox CA certificate (PEM) to "
                                                     "FILE, for clients' --ca-file."),
                                      QStringLiteral("FILE"));
    parser.addOptions({ scenarioOption, portOption, iruPortOption, stateOption, caOption,
                        credentialsOption, latencyOption, faultOption, seedOption,
                        oktaDevicesOption, iruDevicesOption, blueprintsOption });
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option, uint max, uint *value) {
        bool ok = false;
        *value = parser.value(option).toUInt(&ok);
        return ok && *value <= max;
    };
    odt::sandbox::SandboxTenant::Options options;
    uint value = 0;
    if (!number(portOption, 65535, &value))
        return fail(QStringLiteral("--port takes a number from 0 to 65535."));
    options.oktaPort = quint16(value);
    if (!number(iruPortOption, 65535, &value))
        return fail(QStringLiteral("--iru-port takes a number from 0 to 65535."));
    options.iruPort = quint16(value);
    options.statePath = parser.value(stateOption);
    if (parser.isSet(latencyOption)) {
        const QStringList parts = parser.value(latencyOption).split(QLatin1Char(':'));
        bool ok = false, jitterOk = true;
        options.latencyMs = parts.value(0).toInt(&ok);
        if (parts.size() > 1)
            options.jitterMs = parts.value(1).toInt(&jitterOk);
        if (!ok || !jitterOk || parts.size() > 2 || *options.latencyMs < 0)
            return fail(QStringLiteral("--latency takes MS or MS:JITTER in milliseconds."));
    }
    if (parser.isSet(seedOption)) {
        if (!number(seedOption, std::numeric_limits<quint32>::max(), &value))
            return fail(QStringLiteral("--seed takes a non-negative number."));
        options.seed = value;
    }
    QString error;
    for (const QString &spec : parser.values(faultOption)) {
        const auto rule = odt::sandbox::FaultInjector::parseRule(spec, &error);
        if (!rule)
            return fail(QStringLiteral("--fault: ") + error);
        options.extraFaults.append(*rule);
    }

    auto scenario = odt::sandbox::Scenario::load(parser.value(scenarioOption), &error);
    if (!scenario)
        return fail(error);
    // Generation counts on the command line override the scenario's "generate" settings.
    const auto setCount
        = [&](const QCommandLineOption &option, QJsonObject &side, const QString &key) {
              if (!parser.isSet(option))
                  return true;
              uint count = 0;
              if (!number(option, 10'000'000, &count))
                  return false;
              QJsonObject generate = side.value(u"generate").toObject();
              generate.insert(key, int(count));
              side.insert(QStringLiteral("generate"), generate);
              return true;
          };
    if (!setCount(oktaDevicesOption, scenario->oktaData, QStringLiteral("devices"))
        || !setCount(iruDevicesOption, scenario->iruData, QStringLiteral("devices"))
        || !setCount(blueprintsOption, scenario->iruData, QStringLiteral("blueprints")))
        return fail(QStringLiteral("--okta-devices, --iru-devices and --blueprints take a count."));

    odt::sandbox::SandboxTenant tenant(*scenario);
    if (!tenant.start(options, &error))
        return fail(error);

    if (parser.isSet(caOption)) {
        QSaveFile file(parser.value(caOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(tenant.caCertificatePem()) < 0
            || !file.commit())
            return fail(QStringLiteral("Cannot write %1: %2")
                            .arg(parser.value(caOption), file.errorString()));
    }

    if (parser.isSet(credentialsOption)) {
        QSaveFile file(parser.value(credentialsOption));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(tenant.credentials()).toJson()) < 0 || !file.commit())
            return fail(QStringLiteral("Cannot write %1: %2")
                            .arg(parser.value(credentialsOption), file.errorString()));
    }

    QTextStream out(stdout);
    out << "scenario: " << scenario->name << Qt::endl;
    out << "okta-org: " << tenant.oktaOrgUrl().toString() << Qt::endl;
    out << "iru-api: " << tenant.iruApiUrl().toString() << Qt::endl;

#ifdef Q_OS_UNIX
    // Stop cleanly on SIGINT/SIGTERM so scripts can end the sandbox like any service.
    if (::pipe(signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    }
#endif
    return app.exec();
}
