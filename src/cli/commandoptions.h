#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

namespace odt {
class Session;
namespace sandbox {
class SandboxTenant;
}
} // namespace odt

namespace odt::cli {

// What every headless command takes — where the org is (a URL or the sandbox), what to trust and
// how to print — and the checks every command makes on them.
class CommandOptions
{
public:
    CommandOptions(const QString &command, const QString &sandboxDescription);

    const QCommandLineOption help;
    const QCommandLineOption org;
    const QCommandLineOption ca;
    const QCommandLineOption format;
    const QCommandLineOption sandbox;
    const QCommandLineOption proxy;

    QList<QCommandLineOption> all() const { return { help, org, ca, format, sandbox, proxy }; }

    // Parses `arguments` (the first one is the command's name). Prints the help or a usage error
    // and returns the exit code when the command should stop; std::nullopt to go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments) const;
    int usageError(const QString &message) const;
    bool json(const QCommandLineParser &parser) const;
    // Sets the --proxy, trusts the --ca-file, starts the in-process sandbox for --sandbox, and
    // returns the org URL the admin named (or the sandbox's). Empty with `error` set when any of it
    // fails.
    QString connect(const QCommandLineParser &parser, Session *session,
                    std::unique_ptr<sandbox::SandboxTenant> *tenant, QString *error) const;

private:
    QString m_command;
};

} // namespace odt::cli
