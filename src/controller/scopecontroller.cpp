#include "controller/scopecontroller.h"

#include "controller/session.h"

#include <QRegularExpression>

namespace odt {

ScopeController::ScopeController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Another tenant: what was loaded belongs to the old one.
    connect(session, &Session::iruClientChanged, this, [this] {
        cancel();
        m_inventory = iru::Inventory();
        m_chosen.clear();
        m_selection = Selection::All;
        setState(State::Idle);
        Q_EMIT rowsChanged();
        Q_EMIT selectionChanged();
    });
}

ScopeController::~ScopeController()
{
    cancel();
}

void ScopeController::load()
{
    if (m_state == State::Loading)
        return;
    m_error = iru::IruResult<int>();
    iru::IruClient *client = m_session->iruClient();
    if (!client) {
        m_error.error.kind = net::NetError::Kind::Cancelled;
        m_error.error.message = tr("Connect to the Iru Endpoint tenant first.");
        setState(State::Failed);
        return;
    }
    m_loader = new iru::InventoryLoader(client, this);
    connect(m_loader, &iru::InventoryLoader::progress, this, &ScopeController::progress);
    connect(m_loader, &iru::InventoryLoader::finished, this,
            [this](const iru::Inventory &inventory) {
                m_loader->deleteLater();
                m_inventory = inventory;
                m_session->setIruInventory(inventory);
                // Chosen Blueprints that no longer exist drop out of the selection.
                QSet<QString> existing;
                for (const iru::Blueprint &blueprint : inventory.blueprints)
                    existing.insert(blueprint.id);
                m_chosen.intersect(existing);
                setState(State::Loaded);
                Q_EMIT rowsChanged();
                publishSelection();
            });
    connect(m_loader, &iru::InventoryLoader::failed, this,
            [this](const iru::IruResult<int> &error) {
                m_loader->deleteLater();
                m_error = error;
                setState(State::Failed);
            });
    setState(State::Loading);
    m_loader->start();
}

void ScopeController::cancel()
{
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
        m_loader->deleteLater();
    }
    if (m_state == State::Loading)
        setState(State::Idle);
}

QList<ScopeController::BlueprintRow> ScopeController::rows() const
{
    QList<BlueprintRow> rows;
    rows.reserve(m_inventory.blueprints.size());
    for (const iru::Blueprint &blueprint : m_inventory.blueprints) {
        BlueprintRow row;
        row.id = blueprint.id;
        row.name = blueprint.name;
        row.type = blueprint.type;
        row.description = blueprint.description;
        row.counts = m_inventory.countsFor(blueprint.id);
        row.selected = m_selection == Selection::All || m_chosen.contains(blueprint.id);
        row.looksLikeTest = looksLikeTest(blueprint.name);
        rows.append(row);
    }
    return rows;
}

void ScopeController::selectAll()
{
    if (m_selection == Selection::All)
        return;
    m_selection = Selection::All;
    m_chosen.clear();
    publishSelection();
}

void ScopeController::setSelected(const QString &blueprintId, bool selected)
{
    if (!m_inventory.blueprint(blueprintId))
        return;
    if (m_selection == Selection::All) {
        if (selected)
            return;
        // Unticking one Blueprint out of "all": every other one stays chosen.
        for (const iru::Blueprint &blueprint : m_inventory.blueprints)
            m_chosen.insert(blueprint.id);
        m_selection = Selection::Chosen;
    }
    if (selected)
        m_chosen.insert(blueprintId);
    else
        m_chosen.remove(blueprintId);
    publishSelection();
}

void ScopeController::setSelectedIds(const QStringList &blueprintIds)
{
    m_selection = Selection::Chosen;
    m_chosen.clear();
    for (const QString &id : blueprintIds) {
        if (m_inventory.blueprint(id))
            m_chosen.insert(id);
    }
    publishSelection();
}

QStringList ScopeController::selectedBlueprintIds() const
{
    QStringList ids;
    for (const iru::Blueprint &blueprint : m_inventory.blueprints) {
        if (m_selection == Selection::All || m_chosen.contains(blueprint.id))
            ids.append(blueprint.id);
    }
    return ids;
}

iru::PlatformCounts ScopeController::selectedCounts() const
{
    iru::PlatformCounts total;
    for (const QString &id : selectedBlueprintIds()) {
        const iru::PlatformCounts counts = m_inventory.countsFor(id);
        total.macs += counts.macs;
        total.iPhones += counts.iPhones;
        total.iPads += counts.iPads;
        total.others += counts.others;
    }
    return total;
}

bool ScopeController::looksLikeTest(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\b(test|testing|pilot|odt)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

QString ScopeController::suggestedTestBlueprintId() const
{
    const iru::Blueprint *best = nullptr;
    int bestDevices = 0;
    bool bestNamed = false;
    for (const iru::Blueprint &blueprint : m_inventory.blueprints) {
        const int devices = m_inventory.countsFor(blueprint.id).total();
        const bool named = looksLikeTest(blueprint.name);
        if (!named && devices == 0)
            continue; // an empty Blueprint tests nothing
        const bool better
            = !best || (named && !bestNamed) || (named == bestNamed && devices < bestDevices);
        if (better) {
            best = &blueprint;
            bestDevices = devices;
            bestNamed = named;
        }
    }
    return best ? best->id : QString();
}

QString ScopeController::hint() const
{
    if (m_state != State::Loaded)
        return {};
    const iru::Blueprint *suggested = m_inventory.blueprint(suggestedTestBlueprintId());
    if (!suggested)
        return tr("Iru recommends turning on Okta Device Trust for a test Blueprint first. None "
                  "of the Blueprints has devices yet: enroll a test device, then come back.");
    const int devices = m_inventory.countsFor(suggested->id).total();
    if (looksLikeTest(suggested->name))
        return tr("Iru recommends turning on Okta Device Trust for a test Blueprint first. "
                  "\"%1\" (%n device(s)) looks like one: start with it, then add the others.",
                  nullptr, devices)
            .arg(suggested->name);
    return tr("Iru recommends turning on Okta Device Trust for a test Blueprint first. No "
              "Blueprint is named like a test one; \"%1\" has the fewest devices (%n).",
              nullptr, devices)
        .arg(suggested->name);
}

bool ScopeController::canProceed() const
{
    return m_state == State::Loaded && !selectedBlueprintIds().isEmpty();
}

void ScopeController::publishSelection()
{
    m_session->setBlueprintScope(selectedBlueprintIds());
    Q_EMIT selectionChanged();
}

void ScopeController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace odt
