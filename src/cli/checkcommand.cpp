#include "cli/checkcommand.h"

#include "cli/readinessrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::CheckCommand)
};

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Checks that an Okta org and an Iru Endpoint tenant are ready for Okta Device "
                 "Trust and prints one report.\n"
                 "Exit codes: 0 ready, 1 warnings only, 2 blockers, 3 could not complete."));
    ReadinessRun readiness(QStringLiteral("check"),
                           Text::tr("Check the built-in sandbox tenant playing SCENARIO "
                                    "(default: ready) instead of a real org."));
    parser.addOptions(readiness.options());
    if (const auto stop = readiness.common.parse(parser, arguments))
        return *stop;
    if (const auto stop = readiness.prepare(parser))
        return *stop;
    const Report report = readiness.runChecks();

    QTextStream out(stdout);
    if (readiness.common.json(parser))
        out << report.toJson();
    else
        out << report.toText();
    out.flush();
    return int(report.exitCode());
}

} // namespace odt::cli
