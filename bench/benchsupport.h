#pragma once

// What the C++ benchmarks share: output in the closing-line format ctest logs show, the injected
// latency, and a sandbox tenant started with it.
#include "sandbox/sandboxtenant.h"
#include "sandbox/scenario.h"

#include <QTextStream>

#include <memory>

namespace odt::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline int fail(const QString &message)
{
    out() << "bench: 0 passed, 1 failed (" << message << ")" << Qt::endl;
    return 1;
}

inline int passed()
{
    out() << "bench: 1 passed, 0 failed" << Qt::endl;
    return 0;
}

// Per answer, 50 ms unless ODT_BENCH_LATENCY_MS says otherwise.
inline int latencyMs()
{
    return qEnvironmentVariableIsSet("ODT_BENCH_LATENCY_MS")
        ? qEnvironmentVariableIntValue("ODT_BENCH_LATENCY_MS")
        : 50;
}

// The scenario's tenant answering every request after exactly `latency` ms; nullptr and `error`
// when it cannot start.
inline std::unique_ptr<sandbox::SandboxTenant> startTenant(const QString &scenarioName, int latency,
                                                           QString *error)
{
    const auto scenario = sandbox::Scenario::load(scenarioName, error);
    if (!scenario)
        return nullptr;
    auto tenant = std::make_unique<sandbox::SandboxTenant>(*scenario);
    sandbox::SandboxTenant::Options options;
    options.latencyMs = latency;
    options.jitterMs = 0;
    if (!tenant->start(options, error))
        return nullptr;
    return tenant;
}

} // namespace odt::bench
