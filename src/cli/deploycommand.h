#pragma once

#include <QStringList>

namespace odt::cli {

// `odt-setup deploy SUBCOMMAND`. `deploy export` writes the ODT profiles for any MDM into a
// folder without touching the network. Exit codes: 0 written, 3 bad input (nothing written).
class DeployCommand
{
public:
    // `arguments` starts with "deploy".
    int run(const QStringList &arguments);

private:
    int runExport(const QStringList &arguments);
};

} // namespace odt::cli
