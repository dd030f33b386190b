#pragma once

#include "iru/iruclient.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace odt::iru {

struct PlatformCounts
{
    int macs = 0;
    int iPhones = 0;
    int iPads = 0;
    int others = 0; // AppleTV and anything newer
    int total() const { return macs + iPhones + iPads + others; }
    void add(const QString &platform);
};

// What the scope step loads once and the checks reuse.
struct Inventory
{
    QList<Blueprint> blueprints;
    QList<Device> devices;
    QHash<QString, PlatformCounts> countsByBlueprint; // blueprint id → counts

    QList<Device> devicesIn(const QString &blueprintId) const;
    const Blueprint *blueprint(const QString &id) const;
    // Counts for a Blueprint without devices are zero, not missing.
    PlatformCounts countsFor(const QString &blueprintId) const;
    // Recomputes countsByBlueprint from devices.
    void computeCounts();
};

// Loads the Blueprints and the devices concurrently and computes the platform counts. Emits
// exactly one of finished() or failed() per start(), never after cancel().
// failed() carries an IruResult<int> whose value is unused: its error, operation and permission
// say which read failed and why.
class InventoryLoader : public QObject
{
    Q_OBJECT
public:
    explicit InventoryLoader(IruClient *client, QObject *parent = nullptr);
    ~InventoryLoader() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Lists done out of lists started (0/2, 1/2, 2/2).
    void progress(int done, int total);
    void finished(const odt::iru::Inventory &inventory);
    void failed(const odt::iru::IruResult<int> &error);

private:
    void listDone();
    void fail(const net::NetError &error, const QString &operation, const QString &permission);

    QPointer<IruClient> m_client;
    IruRequest m_blueprintsRequest;
    IruRequest m_devicesRequest;
    Inventory m_inventory;
    int m_done = 0;
    bool m_running = false;
};

} // namespace odt::iru

Q_DECLARE_METATYPE(odt::iru::Inventory)
Q_DECLARE_METATYPE(odt::iru::IruResult<int>)
