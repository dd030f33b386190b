#include "iru/checks/iruchecks.h"

namespace odt::iru {

IruReadinessCheck::IruReadinessCheck(std::shared_ptr<ScopeGatherer> data, QObject *parent)
    : Check(parent)
    , m_data(std::move(data))
{ }

void IruReadinessCheck::start()
{
    m_data->whenReady(needs(), this, [this]() { Q_EMIT finished(evaluate(m_data->snapshot())); });
}

ScopeGatherer::Parts AppsAndBooksCheck::needs() const
{
    // The Blueprint lists only add names to the "not seen" wording, but that wording is what the
    // admin confirms against.
    return ScopeGatherer::BlueprintItems | ScopeGatherer::DeviceItems;
}

CheckResult AppsAndBooksCheck::evaluate(const ScopeSnapshot &snapshot) const
{
    return evaluateAppsAndBooks(snapshot);
}

ScopeGatherer::Parts MacAutoAppCheck::needs() const
{
    return ScopeGatherer::BlueprintItems | ScopeGatherer::DeviceItems;
}

CheckResult MacAutoAppCheck::evaluate(const ScopeSnapshot &snapshot) const
{
    return evaluateMacAutoApp(snapshot);
}

ScopeGatherer::Parts IosAppStoreAppCheck::needs() const
{
    return ScopeGatherer::BlueprintItems | ScopeGatherer::DeviceItems;
}

CheckResult IosAppStoreAppCheck::evaluate(const ScopeSnapshot &snapshot) const
{
    return evaluateIosAppStoreApp(snapshot);
}

ScopeGatherer::Parts PlatformConditionsCheck::needs() const
{
    return ScopeGatherer::BlueprintItems | ScopeGatherer::DeviceItems;
}

CheckResult PlatformConditionsCheck::evaluate(const ScopeSnapshot &snapshot) const
{
    return evaluatePlatformConditions(snapshot);
}

ScopeGatherer::Parts ManualOdtCheck::needs() const
{
    return ScopeGatherer::BlueprintItems | ScopeGatherer::CustomProfiles;
}

CheckResult ManualOdtCheck::evaluate(const ScopeSnapshot &snapshot) const
{
    return evaluateManualOdt(snapshot);
}

QList<Check *> makeIruChecks(IruClient *client, const Inventory &inventory,
                             const QStringList &blueprintIdsInScope, QObject *parent)
{
    return makeIruChecks(client, inventory, blueprintIdsInScope, SamplingPolicy {}, parent);
}

QList<Check *> makeIruChecks(IruClient *client, const Inventory &inventory,
                             const QStringList &blueprintIdsInScope, const SamplingPolicy &policy,
                             QObject *parent)
{
    // Shared by the checks, which may be reparented (CheckRunner) and die in any order; deleted
    // on the event loop so a check destroyed from a gatherer callback does not delete its caller.
    std::shared_ptr<ScopeGatherer> data(
        new ScopeGatherer(client, inventory, blueprintIdsInScope, policy),
        [](ScopeGatherer *gatherer) { gatherer->deleteLater(); });
    return {
        new AppsAndBooksCheck(data, parent),   new MacAutoAppCheck(data, parent),
        new IosAppStoreAppCheck(data, parent), new PlatformConditionsCheck(data, parent),
        new ManualOdtCheck(data, parent),
    };
}

} // namespace odt::iru
