#pragma once

#include "core/checkresult.h"
#include "core/orgurl.h"

#include <QObject>
#include <QPointer>

namespace odt {

class Session;
namespace okta {
class EngineCheck;
}

// Drives the "Okta organization" step: validates what the admin types, then asks the org which
// engine it runs. Widgets bind to it; tests drive it without a window.
class OrgController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Empty, // nothing typed yet
        Invalid, // typed text is not a usable org URL
        Ready, // a valid URL, not yet checked
        Checking, // request in flight
        IdentityEngine, // verified: go on
        Classic, // verified: blocked until migrated
        Failed, // could not find out (network, TLS, not an Okta org): retry
    };
    Q_ENUM(State)

    explicit OrgController(Session *session, QObject *parent = nullptr);

    void setInput(const QString &text);
    QString input() const { return m_input; }
    // Starts the engine check for the current input (no-op unless Ready or Failed).
    void verify();
    void cancel();

    State state() const { return m_state; }
    OrgUrl orgUrl() const { return m_orgUrl; }
    // The last engine check result (status, title, detail, remediation, link).
    CheckResult result() const { return m_result; }
    // The validation message while Invalid; empty otherwise.
    QString inputError() const;
    bool canProceed() const { return m_state == State::IdentityEngine; }

Q_SIGNALS:
    void stateChanged(odt::OrgController::State state);

private:
    void setState(State state);
    void onFinished(const CheckResult &result);

    Session *m_session;
    QString m_input;
    OrgUrl m_orgUrl;
    CheckResult m_result;
    State m_state = State::Empty;
    QPointer<okta::EngineCheck> m_check;
};

} // namespace odt
