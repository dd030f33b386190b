#include "deploy/deployrunner.h"

#include "deploy/deployjournal.h"
#include "deploy/desiredstate.h"

#include <QCoreApplication>
#include <QTimer>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::DeployRunner)
};

} // namespace

DeployRunner::DeployRunner(iru::IruClient *client, DeployJournal *journal,
                           const DesiredState &desired, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_desired(desired)
{ }

void DeployRunner::start(const DeployPlan &plan)
{
    m_plan = plan;
    m_results = QList<StepResult>(plan.steps.size());
    if (!journal([this] { m_journal->beginRun(m_plan.operation, m_plan.steps); }))
        return;
    QTimer::singleShot(0, this, [this] { startWave(); });
}

void DeployRunner::cancel()
{
    if (!m_finished)
        stop(
            Text::tr("Cancelled: the steps already done stay; run again to finish, or roll back."));
}

bool DeployRunner::journal(const std::function<void()> &change)
{
    change();
    QString error;
    if (m_journal->save(&error))
        return true;
    // Without a journal no write may go out: a crash would leave it unaccounted for.
    stop(error);
    return false;
}

void DeployRunner::stop(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_stopping = true;
    m_queue.clear();
    if (m_inFlight == 0 && !m_finished) {
        m_finished = true;
        m_journal->endRun(false);
        QString ignored;
        m_journal->save(&ignored);
        Q_EMIT finished(false, m_error);
    }
}

void DeployRunner::startWave()
{
    if (m_stopping)
        return;
    int next = -1;
    for (const PlanStep &step : std::as_const(m_plan.steps)) {
        if (step.wave > m_wave && (next < 0 || step.wave < next))
            next = step.wave;
    }
    if (next < 0) {
        m_finished = true;
        m_journal->endRun(true);
        QString error;
        if (!m_journal->save(&error))
            return Q_EMIT finished(false, error);
        return Q_EMIT finished(true, {});
    }
    m_wave = next;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        if (m_plan.steps.at(i).wave == m_wave)
            m_queue.append(i);
    }
    pump();
}

void DeployRunner::pump()
{
    // Every step about to start is written as intent in one save before any of its requests goes
    // out; that save also carries the results recorded since the last one.
    QList<int> batch;
    while (!m_stopping && !m_queue.isEmpty() && m_inFlight + batch.size() < m_concurrency)
        batch.append(m_queue.takeFirst());
    if (!batch.isEmpty()) {
        const bool recorded = journal([this, &batch] {
            for (int index : std::as_const(batch)) {
                PlanStep &step = m_plan.steps[index];
                if (step.libraryItemId.isEmpty() && step.action == PlanStep::Action::Assign)
                    step.libraryItemId = m_createdIds.value(step.kind);
                m_journal->markIntent(index);
                // Deactivating is recorded before the request: killed in between, `remove`
                // still knows to turn the item back on (re-activating changes nothing).
                if (step.action == PlanStep::Action::Deactivate)
                    m_journal->recordDeactivated(step.libraryItemId);
            }
        });
        if (!recorded)
            return;
        m_unsavedResults = false;
        for (int index : std::as_const(batch))
            run(index);
        return;
    }
    if (!m_stopping && m_queue.isEmpty() && m_inFlight == 0)
        return startWave();
    if (m_unsavedResults && !m_saveScheduled) {
        // Results only: a run killed before this save is reconciled from the tenant next time.
        m_saveScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_saveScheduled = false;
            if (m_unsavedResults && !m_finished)
                journal([this] { m_unsavedResults = false; });
        });
    }
}

iru::CustomProfileForm DeployRunner::formFor(const PlanStep &step) const
{
    iru::CustomProfileForm form;
    const DesiredProfile *desired = m_desired.profile(step.kind);
    if (!desired)
        return form;
    form.name = desired->libraryItemName;
    form.mobileconfig = desired->profile.bytes();
    form.fileName = desired->profile.fileName();
    form.active = true;
    form.runsOnMac = desired->runsOnMac;
    form.runsOnIPhone = desired->runsOnIPhone;
    form.runsOnIPad = desired->runsOnIPad;
    return form;
}

void DeployRunner::run(int index)
{
    const PlanStep &step = m_plan.steps.at(index);
    ++m_inFlight;
    Q_EMIT stepStarted(index);

    auto done = [this, index](const StepResult &result) {
        complete(index, result);
    };
    auto fromError = [](const net::NetError &error) {
        return StepResult { false, error.message.isEmpty() ? error.technical : error.message, {} };
    };
    switch (step.action) {
    case PlanStep::Action::Create:
        m_client->createCustomProfile(
            formFor(step), this, [done, fromError](const iru::IruResult<iru::CustomProfile> &r) {
                done(r.ok() ? StepResult { true, {}, r.value.id } : fromError(r.error));
            });
        break;
    case PlanStep::Action::Update:
        m_client->updateCustomProfile(
            step.libraryItemId, formFor(step), this,
            [done, fromError,
             id = step.libraryItemId](const iru::IruResult<iru::CustomProfile> &r) {
                done(r.ok() ? StepResult { true, {}, id } : fromError(r.error));
            });
        break;
    case PlanStep::Action::Assign:
    case PlanStep::Action::Unassign: {
        auto answer = [done, fromError, id = step.libraryItemId,
                       assign = step.action == PlanStep::Action::Assign](
                          const iru::IruResult<iru::AssignmentChange> &r) {
            if (!r.ok())
                return done(fromError(r.error));
            done(StepResult { true,
                              r.value.changed ? QString()
                                              : (assign ? Text::tr("already assigned")
                                                        : Text::tr("already not assigned")),
                              id });
        };
        if (step.action == PlanStep::Action::Assign)
            m_client->assignLibraryItem(step.blueprintId, step.libraryItemId, step.assignmentNode,
                                        this, answer);
        else
            m_client->removeLibraryItem(step.blueprintId, step.libraryItemId, step.assignmentNode,
                                        this, answer);
        break;
    }
    case PlanStep::Action::Delete:
        m_client->deleteCustomProfile(
            step.libraryItemId, this,
            [done, fromError, id = step.libraryItemId](const iru::IruResult<bool> &r) {
                if (!r.ok())
                    return done(fromError(r.error));
                done(StepResult { true, r.value ? QString() : Text::tr("already gone"), id });
            });
        break;
    case PlanStep::Action::Deactivate:
    case PlanStep::Action::Reactivate: {
        iru::CustomProfileForm form;
        form.active = step.action == PlanStep::Action::Reactivate;
        m_client->updateCustomProfile(
            step.libraryItemId, form, this,
            [done, fromError, id = step.libraryItemId,
             reactivate = step.action
                 == PlanStep::Action::Reactivate](const iru::IruResult<iru::CustomProfile> &r) {
                if (reactivate && r.error.httpStatus == 404)
                    return done(StepResult { true, Text::tr("no longer on the tenant"), id });
                done(r.ok() ? StepResult { true, {}, id } : fromError(r.error));
            });
        break;
    }
    }
}

void DeployRunner::complete(int index, const StepResult &result)
{
    --m_inFlight;
    ++m_done;
    m_results[index] = result;
    const PlanStep &step = m_plan.steps.at(index);
    m_unsavedResults = true;
    [this, index, &step, &result] {
        if (!result.ok) {
            m_journal->markFailed(index, result.message);
            if (step.action == PlanStep::Action::Deactivate)
                m_journal->forgetDeactivated(step.libraryItemId);
            return;
        }
        m_journal->markDone(index, result.libraryItemId);
        switch (step.action) {
        case PlanStep::Action::Create:
            m_createdIds.insert(step.kind, result.libraryItemId);
            m_journal->recordCreated(step.kind, result.libraryItemId);
            break;
        case PlanStep::Action::Delete:
            if (m_journal->createdProfiles().value(step.kind) == step.libraryItemId)
                m_journal->forgetCreated(step.kind);
            break;
        case PlanStep::Action::Reactivate:
            m_journal->forgetDeactivated(step.libraryItemId);
            break;
        default:
            break;
        }
    }();
    Q_EMIT stepFinished(index, result);
    Q_EMIT progress(m_done, int(m_plan.steps.size()));
    if (!result.ok)
        return stop(Text::tr("%1 failed: %2").arg(step.describe(), result.message));
    if (m_stopping) {
        if (m_inFlight == 0)
            stop(m_error);
        return;
    }
    pump();
}

} // namespace odt::deploy
