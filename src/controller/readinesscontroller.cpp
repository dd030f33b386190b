#include "controller/readinesscontroller.h"

#include "controller/checkrunner.h"
#include "controller/session.h"
#include "core/check.h"

namespace odt {

ReadinessController::ReadinessController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void ReadinessController::initState()
{
    m_state = canRun() ? State::Idle : State::NoCredential;
}

void ReadinessController::runIfNeeded()
{
    if (m_state == State::Idle)
        start();
}

void ReadinessController::recheck()
{
    if (m_state != State::NoCredential)
        start();
}

void ReadinessController::start()
{
    if (!canRun())
        return;
    // Deleting the runner deletes its checks, which drops their answers: a re-check replaces
    // the abandoned run entirely.
    abandonRun();
    auto *runner = new CheckRunner(this);
    m_runner = runner;
    m_ids.clear();
    m_done.clear();
    const QList<Check *> checks = createChecks();
    for (Check *check : checks) {
        m_ids.append(check->id());
        runner->add(check);
    }
    m_pending = int(m_ids.size());
    connect(runner, &CheckRunner::resultReady, this, [this](const CheckResult &result) {
        m_session->recordResult(result);
        m_done.append(result.id);
        --m_pending;
        Q_EMIT resultChanged(result.id);
    });
    connect(runner, &CheckRunner::finished, this, [this] { setState(State::Finished); });
    Q_EMIT checksReset();
    setState(State::Running);
    runner->start();
}

void ReadinessController::abandonRun()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->deleteLater();
        m_runner = nullptr;
    }
}

void ReadinessController::confirm(const QString &checkId)
{
    if (!hasResult(checkId))
        return;
    m_session->confirm(checkId);
    Q_EMIT resultChanged(checkId);
}

bool ReadinessController::hasResult(const QString &checkId) const
{
    return m_done.contains(checkId);
}

CheckResult ReadinessController::result(const QString &checkId) const
{
    if (hasResult(checkId)) {
        if (const CheckResult *recorded = m_session->report().find(checkId))
            return *recorded;
    }
    CheckResult pending;
    pending.id = checkId;
    pending.status = CheckStatus::Skipped;
    pending.title = placeholderTitle(checkId);
    pending.detail = m_state == State::Running ? tr("Checking…") : notRunDetail();
    return pending;
}

int ReadinessController::countWith(CheckStatus status) const
{
    int count = 0;
    for (const QString &id : m_done) {
        if (result(id).status == status)
            ++count;
    }
    return count;
}

void ReadinessController::inputsChanged()
{
    // The old inputs (a client about to be deleted, another scope) must not outlive their checks.
    abandonRun();
    m_pending = 0;
    setState(canRun() ? State::Idle : State::NoCredential);
}

void ReadinessController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool ReadinessController::isCheckOnly() const
{
    return m_session->mode() == Session::Mode::CheckOnly;
}

} // namespace odt
