#pragma once

#include <QStringList>

namespace odt::cli {

// `odt-setup check`: runs the readiness checks headless and prints the report (text or JSON).
// Exit codes: 0 ready, 1 warnings only, 2 blockers, 3 could not complete.
class CheckCommand
{
public:
    // `arguments` starts with "check". Runs the event loop until the report is printed.
    int run(const QStringList &arguments);
};

} // namespace odt::cli
