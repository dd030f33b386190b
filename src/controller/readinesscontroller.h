#pragma once

#include "core/checkresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace odt {

class Check;
class CheckRunner;
class Session;

// What every readiness step shares: runs its checks at once, records each result in the session
// as it arrives, tracks which answered, and lets the admin confirm what no API can settle.
// Subclasses say which checks to run (createChecks) and what they need first (canRun); widgets
// bind to it; tests drive it without a window.
class ReadinessController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoCredential, // what the checks need is missing (sign-in, connection, scope): none can run
        Idle, // ready to run, not run yet for the current inputs
        Running,
        Finished,
    };
    Q_ENUM(State)

    // Runs the checks unless they already ran (or run) for the current inputs.
    void runIfNeeded();
    // Runs every check again; a run in flight is abandoned.
    void recheck();
    // The admin confirms the check's confirmationPrompt; the session keeps it across re-checks.
    void confirm(const QString &checkId);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // The checks of the current run in report order, present from the start of a run.
    QStringList checkIds() const { return m_ids; }
    bool hasResult(const QString &checkId) const;
    // The recorded result (confirmed ones as confirmed); a placeholder while the check runs.
    CheckResult result(const QString &checkId) const;
    int pendingCount() const { return m_pending; }
    int countWith(CheckStatus status) const;
    // Where the fixes are made, for results that name no link of their own; empty if unknown.
    virtual QUrl consoleUrl() const { return {}; }
    // A "Check readiness only" run: the wizard ends at the review, nothing is set up.
    bool isCheckOnly() const;

Q_SIGNALS:
    void stateChanged(odt::ReadinessController::State state);
    // One check's row changed: its result arrived, or the admin confirmed it.
    void resultChanged(const QString &checkId);
    // The list of checks was replaced (a new run started).
    void checksReset();

protected:
    ReadinessController(Session *session, QObject *parent);

    Session *session() const { return m_session; }
    // Whether the checks have what they need now.
    virtual bool canRun() const = 0;
    // A fresh set of checks for the current inputs; the controller takes ownership.
    virtual QList<Check *> createChecks() = 0;
    // The row title of a check that has not answered yet.
    virtual QString placeholderTitle(const QString &checkId) const = 0;
    // Why a row has no result when nothing runs (e.g. "sign in again").
    virtual QString notRunDetail() const = 0;
    // Subclasses call this when what the checks read changed (another sign-in, tenant or
    // scope): the run in flight is abandoned and the next visit runs again. Results already
    // recorded stay in the session until replaced.
    void inputsChanged();
    // For subclasses' constructors: Idle if the checks can run already.
    void initState();

private:
    void start();
    void abandonRun();
    void setState(State state);

    Session *m_session;
    QPointer<CheckRunner> m_runner;
    QStringList m_ids;
    QStringList m_done;
    int m_pending = 0;
    State m_state = State::NoCredential;
};

} // namespace odt
