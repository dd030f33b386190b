#pragma once

#include "deploy/deployplan.h"
#include "iru/iruclient.h"

#include <QHash>
#include <QObject>

namespace odt::deploy {

class DeployJournal;
struct DesiredState;

// Carries out a plan against the tenant: wave by wave, up to `concurrency` writes in flight (the
// HttpClient's governor keeps them within Iru's hourly budget), each journaled as intent before
// its request and as result after. Stops at the first failed step: nothing new starts, what is in
// flight finishes, and the journal says where it stopped. A rerun plans again from what the tenant
// then holds, so nothing is ever sent twice blindly.
class DeployRunner : public QObject
{
    Q_OBJECT
public:
    struct StepResult
    {
        bool ok = false;
        QString message; // the error, or what the tenant answered ("already assigned")
        QString libraryItemId;
    };

    DeployRunner(iru::IruClient *client, DeployJournal *journal, const DesiredState &desired,
                 QObject *parent = nullptr);

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    void start(const DeployPlan &plan);
    // Starts nothing more; what is in flight finishes, then finished(false, "cancelled").
    void cancel();

    const QList<StepResult> &results() const { return m_results; }

Q_SIGNALS:
    void stepStarted(int index);
    void stepFinished(int index, const odt::deploy::DeployRunner::StepResult &result);
    void progress(int done, int total);
    // `ok` false: a step failed, or the journal could not be written (`error` says which).
    void finished(bool ok, const QString &error);

private:
    void startWave();
    void pump();
    void run(int index);
    void complete(int index, const StepResult &result);
    bool journal(const std::function<void()> &change);
    void stop(const QString &error);
    iru::CustomProfileForm formFor(const PlanStep &step) const;

    iru::IruClient *m_client;
    DeployJournal *m_journal;
    const DesiredState &m_desired;
    DeployPlan m_plan;
    QList<StepResult> m_results;
    QList<int> m_queue; // indexes of the current wave not yet started
    int m_wave = -1;
    int m_inFlight = 0;
    int m_done = 0;
    int m_concurrency = 6;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_unsavedResults = false;
    bool m_saveScheduled = false;
    QString m_error;
    QHash<QString, QString> m_createdIds; // kind → id, for the assignments that follow
};

} // namespace odt::deploy
