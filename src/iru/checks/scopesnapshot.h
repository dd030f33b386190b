#pragma once

#include "iru/inventory.h"
#include "iru/iruclient.h"
#include "net/neterror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace odt::iru {

// An Iru Endpoint read that did not succeed: what was asked, which token permission it needs
// (when known) and what the service answered.
struct FetchFailure
{
    QString operation;
    QString permission;
    net::NetError error;

    bool failed() const { return error.isError(); }
    template<typename T> static FetchFailure of(const IruResult<T> &result)
    {
        return { result.operation, result.permission, result.error };
    }
};

// One sampled device and the library items it reports.
struct SampledDevice
{
    Device device;
    QList<DeviceLibraryItem> items;
    bool read = false; // the library items came back (an empty list is an answer too)
    FetchFailure failure;
};

// What the readiness checks know about one Blueprint in scope.
struct BlueprintFacts
{
    Blueprint blueprint;
    // Every device of the Blueprint, from the inventory; the sample below is a part of them.
    PlatformCounts counts;
    // GET /api/v1/blueprints/{id}/list-library-items: names only, no type.
    QList<LibraryItemRef> libraryItems;
    bool libraryItemsRead = false;
    FetchFailure libraryItemsFailure;
    // Up to SamplingPolicy::perPlatform devices of each platform, in inventory order.
    QList<SampledDevice> sample;

    int devicesOf(const QString &platform) const;
    QList<const SampledDevice *> sampleOf(const QString &platform) const;
};

// How many devices the checks read per Blueprint and platform. The device library items are one
// request per device; Iru allows 10,000 requests per hour for the whole tenant, so a big scope
// reads fewer devices per platform (never fewer than one).
struct SamplingPolicy
{
    int perPlatform = 3;
    int maxDeviceReads = 1500;
};

// The data every Iru readiness check evaluates: plain values, so the decisions are pure functions
// that tests feed without a network.
struct ScopeSnapshot
{
    QList<BlueprintFacts> blueprints; // in scope order
    QStringList unknownBlueprintIds; // in scope, but not in the tenant's inventory
    int perPlatform = 3; // the sample size actually used
    int deviceReads = 0; // device library-item reads the sample needs

    bool customProfilesRead = false;
    QList<CustomProfile> customProfiles;
    FetchFailure customProfilesFailure;

    // Item id → type, from every device report in the snapshot (the Blueprint lists have none).
    QHash<QString, QString> reportedItemTypes() const;
};

// The platforms the readiness checks look at, in report order.
inline const QStringList &odtPlatforms()
{
    static const QStringList platforms { QStringLiteral("Mac"), QStringLiteral("iPhone"),
                                         QStringLiteral("iPad") };
    return platforms;
}

// The snapshot before anything was fetched: the Blueprints in scope with their counts and the
// devices to sample (read stays false everywhere).
ScopeSnapshot planSnapshot(const Inventory &inventory, const QStringList &blueprintIdsInScope,
                           const SamplingPolicy &policy = {});

} // namespace odt::iru
