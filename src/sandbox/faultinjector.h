#pragma once

#include "sandbox/sandboxhttp.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <optional>

namespace odt::sandbox {

// Transport and HTTP faults the sandbox plays on purpose: latency with jitter, status bursts
// (429, 5xx), connection resets, truncated and stalled bodies. Deterministic for a given seed and
// request sequence, so a failing test replays.
class FaultInjector
{
public:
    enum class Kind { None, Status, Reset, Truncate, Stall };

    struct Rule
    {
        Kind kind = Kind::Status;
        int status = 503; // Kind::Status
        QRegularExpression path; // empty: every path
        QByteArray method; // empty: every method
        int after = 0; // let this many matching requests through first
        int count = -1; // then fault this many (-1: all)
        double probability = 1.0; // of faulting a request inside the window
        int seen = 0; // matching requests so far
    };

    struct Decision
    {
        Kind kind = Kind::None;
        int status = 0;
        int delayMs = 0;
    };

    FaultInjector() = default;
    // Scenario "faults" object (see resources/sandbox/scenarios/README.md).
    static std::optional<FaultInjector> fromJson(const QJsonObject &object, QString *error);
    // Command-line rule: "status=429,path=^/api/v1/devices,after=2,count=3" or "reset,count=1".
    static std::optional<Rule> parseRule(const QString &spec, QString *error);

    void setSeed(quint32 seed) { m_random.seed(seed); }
    void setLatency(int latencyMs, int jitterMs);
    void addRule(const Rule &rule) { m_rules.append(rule); }
    bool isActive() const { return m_latencyMs > 0 || m_jitterMs > 0 || !m_rules.isEmpty(); }

    Decision decide(const SandboxRequest &request);

private:
    QList<Rule> m_rules;
    QRandomGenerator m_random { 20261129 };
    int m_latencyMs = 0;
    int m_jitterMs = 0;
};

} // namespace odt::sandbox
