#pragma once

#include <QString>

#include <memory>

namespace odt {
class Session;
namespace sandbox {
class SandboxTenant;
}

namespace cli {

// Starts the in-process sandbox tenant for `--sandbox[=SCENARIO]` and makes the session trust its
// CA (and only then). nullptr with `error` set when the scenario or the server fails.
std::unique_ptr<sandbox::SandboxTenant> startSandbox(Session *session, const QString &scenario,
                                                     QString *error);

} // namespace cli
} // namespace odt
