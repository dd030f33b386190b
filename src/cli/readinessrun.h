#pragma once

#include "cli/commandoptions.h"
#include "cli/iruoptions.h"
#include "controller/session.h"
#include "core/orgurl.h"
#include "core/report.h"
#include "iru/inventory.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace odt {
namespace iru {
class IruClient;
}
namespace okta {
class OktaClient;
}
namespace sandbox {
class SandboxTenant;
}
} // namespace odt

namespace odt::cli {

// What `check` and `deploy` share: the connection options, connecting to Okta and Iru Endpoint
// (or the sandbox), loading the Blueprints in scope and running the readiness checks.
class ReadinessRun
{
public:
    ReadinessRun(const QString &command, const QString &sandboxDescription);
    ~ReadinessRun();

    const CommandOptions common;
    const QCommandLineOption oktaTokenEnv;
    const IruOptions iruOptions;

    QList<QCommandLineOption> options() const;

    // After parsing: reads the tokens, connects, loads the Iru inventory and resolves the scope.
    // The exit code to stop with (a usage error, printed), or std::nullopt to go on.
    std::optional<int> prepare(const QCommandLineParser &parser);
    // Runs every readiness check that applies and returns the report.
    Report runChecks();

    Session &session() { return m_session; }
    OrgUrl org() const { return m_org; }
    bool sandbox() const { return m_sandbox; }
    iru::IruClient *iruClient() const { return m_iruClient.get(); }
    bool inventoryLoaded() const;
    const iru::Inventory &inventory() const;
    QStringList blueprintScope() const { return m_blueprintScope; }
    sandbox::SandboxTenant *tenant() const { return m_tenant.get(); }

private:
    struct IruPreflight;

    Session m_session;
    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    OrgUrl m_org;
    QByteArray m_oktaToken;
    bool m_sandbox = false;
    std::unique_ptr<iru::IruClient> m_iruClient;
    std::unique_ptr<IruPreflight> m_iruSide;
    QStringList m_blueprintScope;
};

} // namespace odt::cli
