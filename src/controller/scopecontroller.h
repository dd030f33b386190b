#pragma once

#include "iru/inventory.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace odt {

class Session;

// Drives the "ODT scope" step: loads the tenant's Blueprints and devices once (InventoryLoader),
// shows each Blueprint with its device counts per platform, and keeps which Blueprints are in
// scope: all of them, or the ones the admin chose. Iru recommends rolling out to a test Blueprint
// first; hint() says which one looks like it.
class ScopeController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)
    enum class Selection { All, Chosen };
    Q_ENUM(Selection)

    struct BlueprintRow
    {
        QString id;
        QString name;
        QString type; // classic | map
        QString description;
        iru::PlatformCounts counts;
        bool selected = false;
        bool looksLikeTest = false; // the name says test, pilot or ODT
    };

    explicit ScopeController(Session *session, QObject *parent = nullptr);
    ~ScopeController() override;

    // Reads the inventory through the session's Iru client (no-op while Loading).
    void load();
    void cancel();

    State state() const { return m_state; }
    // The failed read's sentence (what failed, the permission/console place to fix it).
    QString errorMessage() const { return m_error.error.message; }
    iru::IruResult<int> error() const { return m_error; }
    const iru::Inventory &inventory() const { return m_inventory; }

    // One row per Blueprint, in the tenant's order.
    QList<BlueprintRow> rows() const;
    Selection selection() const { return m_selection; }
    void selectAll();
    void setSelected(const QString &blueprintId, bool selected);
    void setSelectedIds(const QStringList &blueprintIds);
    // Every Blueprint id when all are selected; the chosen ones (in the tenant's order) otherwise.
    QStringList selectedBlueprintIds() const;
    // Devices in the selected Blueprints, per platform.
    iru::PlatformCounts selectedCounts() const;

    // The Blueprint to start with: one whose name says test/pilot/ODT (fewest devices first),
    // else the smallest Blueprint that has devices. Empty before loading.
    QString suggestedTestBlueprintId() const;
    // A sentence for the page: why and which test Blueprint to pick first.
    QString hint() const;
    bool canProceed() const;

Q_SIGNALS:
    void stateChanged(odt::ScopeController::State state);
    void progress(int done, int total);
    // The rows changed (loaded, or the counts) — re-read rows().
    void rowsChanged();
    void selectionChanged();

private:
    void setState(State state);
    void publishSelection();
    static bool looksLikeTest(const QString &name);

    Session *m_session;
    QPointer<iru::InventoryLoader> m_loader;
    iru::Inventory m_inventory;
    iru::IruResult<int> m_error;
    State m_state = State::Idle;
    Selection m_selection = Selection::All;
    QSet<QString> m_chosen;
};

} // namespace odt
