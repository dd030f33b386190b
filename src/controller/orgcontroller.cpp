#include "controller/orgcontroller.h"

#include "controller/session.h"
#include "okta/enginecheck.h"

namespace odt {

OrgController::OrgController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void OrgController::setInput(const QString &text)
{
    if (text == m_input && m_state != State::Empty)
        return;
    m_input = text;
    cancel();
    m_orgUrl = OrgUrl::parse(text);
    m_result = CheckResult();
    if (m_orgUrl.isValid())
        setState(State::Ready);
    else
        setState(m_orgUrl.problem() == OrgUrl::Problem::Empty ? State::Empty : State::Invalid);
}

QString OrgController::inputError() const
{
    return m_state == State::Invalid ? m_orgUrl.errorMessage() : QString();
}

void OrgController::verify()
{
    if (m_state != State::Ready && m_state != State::Failed)
        return;
    cancel();
    m_check = new okta::EngineCheck(m_session->orgMetadata(), m_orgUrl, this);
    connect(m_check, &Check::finished, this, &OrgController::onFinished);
    setState(State::Checking);
    m_check->start();
}

void OrgController::cancel()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        m_check->deleteLater();
    }
    if (m_state == State::Checking)
        setState(State::Ready);
}

void OrgController::onFinished(const CheckResult &result)
{
    m_check->deleteLater();
    m_result = result;
    m_session->recordResult(result);
    switch (result.status) {
    case CheckStatus::Pass:
        m_session->setOktaOrg(m_orgUrl);
        setState(State::IdentityEngine);
        break;
    case CheckStatus::Fail:
        setState(State::Classic);
        break;
    default:
        setState(State::Failed);
        break;
    }
}

void OrgController::setState(State state)
{
    // Re-emitted even when unchanged: the input (and so the message) may have changed.
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace odt
