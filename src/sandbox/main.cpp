// odt-sandbox: the sandbox tenant as a standalone HTTPS server, for demos, training and scripts.
#include "sandbox/sandboxtenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QtCrypto>

#include <csignal>
#include <cstdio>

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
        QStringLiteral(
            "Serves a sandbox Okta org over HTTPS on 127.0.0.1, playing one scenario.\nBuilt-in "
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
    const QCommandLineOption caOption(QStringLiteral("print-ca"),
                                      QStringLiteral("Write the sandbox CA certificate (PEM) to "
                                                     "FILE, for clients' --ca-file."),
                                      QStringLiteral("FILE"));
    parser.addOptions({ scenarioOption, portOption, caOption });
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535."));

    QString error;
    const auto scenario = odt::sandbox::Scenario::load(parser.value(scenarioOption), &error);
    if (!scenario)
        return fail(error);

    odt::sandbox::SandboxTenant tenant(*scenario);
    if (!tenant.start(quint16(port), &error))
        return fail(error);

    if (parser.isSet(caOption)) {
        QSaveFile file(parser.value(caOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(tenant.caCertificatePem()) < 0
            || !file.commit())
            return fail(QStringLiteral("Cannot write %1: %2")
                            .arg(parser.value(caOption), file.errorString()));
    }

    QTextStream out(stdout);
    out << "scenario: " << scenario->name << Qt::endl;
    out << "okta-org: " << tenant.oktaOrgUrl().toString() << Qt::endl;

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
