#pragma once

#include "iru/checks/scopesnapshot.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

namespace odt::iru {

// Reads what the Iru readiness checks share, once per scope however many checks ask: each
// Blueprint's library items, the sampled devices' library items and the custom profiles. Reads
// run concurrently (a few at a time) and fill a ScopeSnapshot; failures are kept in it as values.
class ScopeGatherer : public QObject
{
    Q_OBJECT
public:
    enum Part {
        BlueprintItems = 0x1, // GET /api/v1/blueprints/{id}/list-library-items per Blueprint
        DeviceItems = 0x2, // GET /api/v1/devices/{id}/library-items per sampled device
        CustomProfiles = 0x4, // GET /api/v1/library/custom-profiles
    };
    Q_DECLARE_FLAGS(Parts, Part)

    ScopeGatherer(IruClient *client, const Inventory &inventory,
                  const QStringList &blueprintIdsInScope, const SamplingPolicy &policy = {},
                  QObject *parent = nullptr);
    ~ScopeGatherer() override;

    // Runs `callback` once `parts` are read (never inside this call, and only while `context`
    // lives), starting the reads not yet started.
    void whenReady(Parts parts, QObject *context, std::function<void()> callback);
    const ScopeSnapshot &snapshot() const { return m_snapshot; }

    // Requests sent so far (the sample's cost against Iru's 10,000 per hour).
    int requestsSent() const { return m_sent; }

    static constexpr int maxConcurrent = 4;

private:
    void start(Parts parts);
    void enqueue(std::function<IruRequest()> send);
    void pump();
    void requestDone();
    void partDone(Part part);

    struct Waiter
    {
        Parts parts;
        QPointer<QObject> context;
        std::function<void()> callback;
    };

    QPointer<IruClient> m_client;
    ScopeSnapshot m_snapshot;
    Parts m_started;
    Parts m_done;
    QHash<Part, int> m_pending; // reads still to answer per part
    QQueue<std::function<IruRequest()>> m_queue;
    QList<IruRequest> m_requests;
    int m_inFlight = 0;
    int m_sent = 0;
    QList<Waiter> m_waiters;
};

} // namespace odt::iru

Q_DECLARE_OPERATORS_FOR_FLAGS(odt::iru::ScopeGatherer::Parts)
