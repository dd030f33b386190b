#include "iru/checks/scopesnapshot.h"

#include <algorithm>

namespace odt::iru {

int BlueprintFacts::devicesOf(const QString &platform) const
{
    if (platform == QLatin1String("Mac"))
        return counts.macs;
    if (platform == QLatin1String("iPhone"))
        return counts.iPhones;
    if (platform == QLatin1String("iPad"))
        return counts.iPads;
    return 0;
}

QList<const SampledDevice *> BlueprintFacts::sampleOf(const QString &platform) const
{
    QList<const SampledDevice *> devices;
    for (const SampledDevice &sampled : sample) {
        if (sampled.device.platform == platform)
            devices.append(&sampled);
    }
    return devices;
}

QHash<QString, QString> ScopeSnapshot::reportedItemTypes() const
{
    QHash<QString, QString> types;
    for (const BlueprintFacts &facts : blueprints) {
        for (const SampledDevice &sampled : facts.sample) {
            for (const DeviceLibraryItem &item : sampled.items)
                types.insert(item.itemId, item.type);
        }
    }
    return types;
}

ScopeSnapshot planSnapshot(const Inventory &inventory, const QStringList &blueprintIdsInScope,
                           const SamplingPolicy &policy)
{
    ScopeSnapshot snapshot;
    // One pass over the devices (a large tenant has tens of thousands): blueprint → platform →
    // devices, for the Blueprints in scope only.
    QHash<QString, QHash<QString, QList<Device>>> byPlatform;
    for (const QString &id : blueprintIdsInScope)
        byPlatform.insert(id, {});
    for (const Device &device : inventory.devices) {
        auto found = byPlatform.find(device.blueprintId);
        if (found != byPlatform.end() && odtPlatforms().contains(device.platform))
            (*found)[device.platform].append(device);
    }

    int pairs = 0;
    QStringList seen;
    for (const QString &id : blueprintIdsInScope) {
        const Blueprint *blueprint = inventory.blueprint(id);
        if (!blueprint) {
            if (!snapshot.unknownBlueprintIds.contains(id))
                snapshot.unknownBlueprintIds.append(id);
            continue;
        }
        if (seen.contains(id))
            continue; // listed twice
        seen.append(id);
        pairs += int(byPlatform.value(id).size());
        BlueprintFacts facts;
        facts.blueprint = *blueprint;
        facts.counts = inventory.countsFor(id);
        snapshot.blueprints.append(facts);
    }

    const int perPlatform = std::max(1, policy.perPlatform);
    snapshot.perPlatform
        = pairs == 0 ? perPlatform : std::clamp(policy.maxDeviceReads / pairs, 1, perPlatform);
    for (BlueprintFacts &facts : snapshot.blueprints) {
        const auto &platforms = byPlatform.value(facts.blueprint.id);
        for (const QString &platform : odtPlatforms()) {
            const QList<Device> devices = platforms.value(platform);
            for (qsizetype i = 0; i < devices.size() && i < snapshot.perPlatform; ++i) {
                SampledDevice sampled;
                sampled.device = devices.at(i);
                facts.sample.append(sampled);
                ++snapshot.deviceReads;
            }
        }
    }
    return snapshot;
}

} // namespace odt::iru
