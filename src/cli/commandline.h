#pragma once

#include <QString>
#include <QStringList>

namespace odt::cli {

// Which application object main() must create: the wizard needs QApplication and a display;
// `check`, --help and --version run headless under QCoreApplication.
bool runsHeadless(int argc, char *argv[]);

// `--sandbox` alone means `--sandbox=ready`; QCommandLineParser has no optional values.
QStringList expandOptionalValues(QStringList arguments);

// The wizard's own options (no subcommand).
struct GuiOptions
{
    bool sandbox = false;
    QString sandboxScenario;
    QString caFile;
    QString oktaOrg;
    QString proxy; // empty: the wizard's saved setting
};

// Parses the wizard's options; on a usage error returns false with `error` set.
bool parseGuiOptions(const QStringList &arguments, GuiOptions *options, QString *error);

// Runs a headless command (`check`, --help, --version) and returns the process exit code.
int runHeadless(const QStringList &arguments);

} // namespace odt::cli
