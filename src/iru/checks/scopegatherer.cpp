#include "iru/checks/scopegatherer.h"

#include <QCoreApplication>
#include <QTimer>

namespace odt::iru {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::ScopeGatherer)
};

// What a read reports when the client went away before it could be sent.
FetchFailure clientGone(const QString &operation)
{
    FetchFailure failure;
    failure.operation = operation;
    failure.error.kind = net::NetError::Kind::Cancelled;
    failure.error.message = Text::tr("The Iru Endpoint connection was closed before the read.");
    return failure;
}

} // namespace

ScopeGatherer::ScopeGatherer(IruClient *client, const Inventory &inventory,
                             const QStringList &blueprintIdsInScope, const SamplingPolicy &policy,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_snapshot(planSnapshot(inventory, blueprintIdsInScope, policy))
{ }

ScopeGatherer::~ScopeGatherer()
{
    for (IruRequest &request : m_requests)
        request.cancel();
}

void ScopeGatherer::whenReady(Parts parts, QObject *context, std::function<void()> callback)
{
    if ((m_done & parts) == parts) {
        QTimer::singleShot(0, context, std::move(callback));
        return;
    }
    m_waiters.append({ parts, context, std::move(callback) });
    start(parts & ~m_started);
}

void ScopeGatherer::start(Parts parts)
{
    m_started |= parts;
    QList<Part> finishedNow;
    if (parts & BlueprintItems) {
        m_pending[BlueprintItems] = int(m_snapshot.blueprints.size());
        if (m_snapshot.blueprints.isEmpty())
            finishedNow.append(BlueprintItems);
        for (qsizetype i = 0; i < m_snapshot.blueprints.size(); ++i) {
            enqueue([this, i]() {
                const QString id = m_snapshot.blueprints[i].blueprint.id;
                return m_client->blueprintLibraryItems(
                    id, this, [this, i](const IruResult<QList<LibraryItemRef>> &r) {
                        BlueprintFacts &facts = m_snapshot.blueprints[i];
                        facts.libraryItemsRead = r.ok();
                        facts.libraryItems = r.value;
                        facts.libraryItemsFailure = FetchFailure::of(r);
                        requestDone();
                        if (--m_pending[BlueprintItems] == 0)
                            partDone(BlueprintItems);
                    });
            });
        }
    }
    if (parts & DeviceItems) {
        int total = 0;
        for (qsizetype i = 0; i < m_snapshot.blueprints.size(); ++i) {
            for (qsizetype j = 0; j < m_snapshot.blueprints[i].sample.size(); ++j) {
                ++total;
                enqueue([this, i, j]() {
                    const QString id = m_snapshot.blueprints[i].sample[j].device.id;
                    return m_client->deviceLibraryItems(
                        id, this, [this, i, j](const IruResult<QList<DeviceLibraryItem>> &r) {
                            SampledDevice &sampled = m_snapshot.blueprints[i].sample[j];
                            sampled.read = r.ok();
                            sampled.items = r.value;
                            sampled.failure = FetchFailure::of(r);
                            requestDone();
                            if (--m_pending[DeviceItems] == 0)
                                partDone(DeviceItems);
                        });
                });
            }
        }
        m_pending[DeviceItems] = total;
        if (total == 0)
            finishedNow.append(DeviceItems);
    }
    if (parts & CustomProfiles) {
        m_pending[CustomProfiles] = 1;
        enqueue([this]() {
            return m_client->customProfiles(this, [this](const IruResult<QList<CustomProfile>> &r) {
                m_snapshot.customProfilesRead = r.ok();
                m_snapshot.customProfiles = r.value;
                m_snapshot.customProfilesFailure = FetchFailure::of(r);
                requestDone();
                m_pending[CustomProfiles] = 0;
                partDone(CustomProfiles);
            });
        });
    }
    // Nothing to read is an answer too, but never inside whenReady().
    for (Part part : std::as_const(finishedNow))
        QTimer::singleShot(0, this, [this, part]() { partDone(part); });
    pump();
}

void ScopeGatherer::enqueue(std::function<IruRequest()> send)
{
    m_queue.enqueue(std::move(send));
}

void ScopeGatherer::pump()
{
    while (m_inFlight < maxConcurrent && !m_queue.isEmpty()) {
        std::function<IruRequest()> send = m_queue.dequeue();
        if (!m_client) {
            // Every queued read answers at once with the same failure.
            m_queue.clear();
            const FetchFailure gone = clientGone(QStringLiteral("Iru Endpoint"));
            for (BlueprintFacts &facts : m_snapshot.blueprints) {
                if (!facts.libraryItemsRead && (m_started & BlueprintItems))
                    facts.libraryItemsFailure = gone;
                for (SampledDevice &sampled : facts.sample) {
                    if (!sampled.read && (m_started & DeviceItems))
                        sampled.failure = gone;
                }
            }
            if ((m_started & CustomProfiles) && !m_snapshot.customProfilesRead)
                m_snapshot.customProfilesFailure = gone;
            // pump() may run inside whenReady(), which never answers in the call.
            QTimer::singleShot(0, this, [this]() {
                for (Part part : { BlueprintItems, DeviceItems, CustomProfiles }) {
                    if ((m_started & part) && !(m_done & part))
                        partDone(part);
                }
            });
            return;
        }
        ++m_inFlight;
        ++m_sent;
        m_requests.append(send());
    }
}

void ScopeGatherer::requestDone()
{
    --m_inFlight;
    QTimer::singleShot(0, this, &ScopeGatherer::pump);
}

void ScopeGatherer::partDone(Part part)
{
    if (m_done & part)
        return;
    m_done |= part;
    QList<Waiter> ready;
    for (qsizetype i = m_waiters.size() - 1; i >= 0; --i) {
        if ((m_done & m_waiters[i].parts) == m_waiters[i].parts)
            ready.prepend(m_waiters.takeAt(i));
    }
    QPointer<ScopeGatherer> alive(this);
    for (const Waiter &waiter : std::as_const(ready)) {
        if (waiter.context)
            waiter.callback();
        if (!alive)
            return;
    }
}

} // namespace odt::iru
