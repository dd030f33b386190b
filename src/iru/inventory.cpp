#include "iru/inventory.h"

namespace odt::iru {

void PlatformCounts::add(const QString &platform)
{
    if (platform == QLatin1String("Mac"))
        ++macs;
    else if (platform == QLatin1String("iPhone"))
        ++iPhones;
    else if (platform == QLatin1String("iPad"))
        ++iPads;
    else
        ++others;
}

QList<Device> Inventory::devicesIn(const QString &blueprintId) const
{
    QList<Device> result;
    for (const Device &device : devices) {
        if (device.blueprintId == blueprintId)
            result.append(device);
    }
    return result;
}

const Blueprint *Inventory::blueprint(const QString &id) const
{
    for (const Blueprint &candidate : blueprints) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

PlatformCounts Inventory::countsFor(const QString &blueprintId) const
{
    return countsByBlueprint.value(blueprintId);
}

void Inventory::computeCounts()
{
    countsByBlueprint.clear();
    for (const Blueprint &blueprint : blueprints)
        countsByBlueprint.insert(blueprint.id, PlatformCounts());
    for (const Device &device : devices)
        countsByBlueprint[device.blueprintId].add(device.platform);
}

InventoryLoader::InventoryLoader(IruClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

InventoryLoader::~InventoryLoader()
{
    cancel();
}

void InventoryLoader::start()
{
    cancel();
    m_inventory = Inventory();
    m_done = 0;
    m_running = true;
    if (!m_client) {
        net::NetError error;
        error.kind = net::NetError::Kind::Cancelled;
        error.message = tr("There is no Iru Endpoint connection to read from.");
        fail(error, QString(), QString());
        return;
    }
    Q_EMIT progress(0, 2);
    // Both lists at once: they share the tenant's rate budget through the HttpClient governor.
    m_blueprintsRequest
        = m_client->blueprints(this, [this](const IruResult<QList<Blueprint>> &result) {
              if (!result.ok())
                  return fail(result.error, result.operation, result.permission);
              m_inventory.blueprints = result.value;
              listDone();
          });
    m_devicesRequest = m_client->devices(this, [this](const IruResult<QList<Device>> &result) {
        if (!result.ok())
            return fail(result.error, result.operation, result.permission);
        m_inventory.devices = result.value;
        listDone();
    });
}

void InventoryLoader::cancel()
{
    m_blueprintsRequest.cancel();
    m_devicesRequest.cancel();
    m_running = false;
}

void InventoryLoader::listDone()
{
    Q_EMIT progress(++m_done, 2);
    if (m_done < 2)
        return;
    m_running = false;
    m_inventory.computeCounts();
    Q_EMIT finished(m_inventory);
}

void InventoryLoader::fail(const net::NetError &error, const QString &operation,
                           const QString &permission)
{
    if (!m_running)
        return;
    cancel(); // the other list is of no use without this one
    IruResult<int> result;
    result.error = error;
    result.operation = operation;
    result.permission = permission;
    Q_EMIT failed(result);
}

} // namespace odt::iru
