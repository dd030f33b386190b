#include "controller/iruconnectioncontroller.h"

#include "controller/session.h"
#include "iru/connectioncheck.h"
#include "iru/iruclient.h"
#include "iru/irutoken.h"
#include "secrets/secretstore.h"

namespace odt {

IruConnectionController::IruConnectionController(Session *session, secrets::SecretStore *store,
                                                 QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    m_apiUrl = iru::IruApiUrl::parse(QString());
}

IruConnectionController::~IruConnectionController()
{
    cancel();
}

void IruConnectionController::setUrlInput(const QString &text)
{
    if (text == m_urlInput && m_state != State::Empty)
        return;
    m_urlInput = text;
    m_apiUrl = iru::IruApiUrl::parse(text);
    revalidate();
}

void IruConnectionController::setTokenInput(const QString &text)
{
    QString error;
    const bool valid = iru::IruToken::validate(text, &error);
    const QByteArray token = valid ? iru::IruToken::normalized(text).toUtf8() : QByteArray();
    if (valid && token == m_token && m_state != State::Empty)
        return; // the same token again (a re-bind): keep the connection
    m_tokenEntered = !text.trimmed().isEmpty();
    m_token = token;
    m_tokenError = valid ? QString() : error;
    revalidate();
}

QString IruConnectionController::urlError() const
{
    return m_apiUrl.isValid() || m_apiUrl.problem() == iru::IruApiUrl::Problem::Empty
        ? QString()
        : m_apiUrl.errorMessage();
}

QString IruConnectionController::tokenError() const
{
    return m_tokenEntered ? m_tokenError : QString();
}

QString IruConnectionController::inputError() const
{
    if (m_state != State::Invalid)
        return {};
    const QString url = urlError();
    return url.isEmpty() ? tokenError() : url;
}

void IruConnectionController::revalidate()
{
    cancel();
    // Another address or token: the verified connection no longer matches what is shown.
    if (m_state == State::Connected)
        m_session->setIruClient(nullptr);
    m_result = CheckResult();
    m_keychainWarning.clear();
    const bool urlEmpty = m_apiUrl.problem() == iru::IruApiUrl::Problem::Empty;
    if (!urlError().isEmpty() || !tokenError().isEmpty())
        setState(State::Invalid);
    else if (urlEmpty || m_token.isEmpty())
        setState(State::Empty);
    else
        setState(State::Ready);
}

iru::IruClient *IruConnectionController::client() const
{
    return m_state == State::Connected ? m_session->iruClient() : nullptr;
}

void IruConnectionController::loadStoredToken()
{
    if (!m_store || !m_apiUrl.isValid()) {
        Q_EMIT tokenLoaded(false);
        return;
    }
    const QUrl url = m_apiUrl.url();
    auto *tokens = new iru::IruTokenStore(m_store, this);
    tokens->load(url, [this, tokens, url](const secrets::SecretResult &result) {
        tokens->deleteLater();
        // The admin may have moved on to another tenant meanwhile.
        const bool usable = result.ok() && m_apiUrl.url() == url
            && iru::IruToken::validate(QString::fromUtf8(result.data));
        if (usable)
            setTokenInput(QString::fromUtf8(result.data));
        Q_EMIT tokenLoaded(usable);
    });
}

void IruConnectionController::connectToTenant()
{
    if (m_state != State::Ready && m_state != State::Failed)
        return;
    cancel();
    m_pendingClient = new iru::IruClient(m_session->http(), m_apiUrl.url(), m_token, this);
    m_check = new iru::ConnectionCheck(m_pendingClient, this);
    connect(m_check, &Check::finished, this, &IruConnectionController::onFinished);
    setState(State::Checking);
    m_check->start();
}

void IruConnectionController::cancel()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        m_check->deleteLater();
    }
    if (m_pendingClient)
        m_pendingClient->deleteLater();
    if (m_state == State::Checking)
        setState(State::Ready);
}

void IruConnectionController::onFinished(const CheckResult &result)
{
    m_check->deleteLater();
    m_result = result;
    m_session->recordResult(result);
    if (result.status != CheckStatus::Pass) {
        m_pendingClient->deleteLater();
        setState(State::Failed);
        return;
    }
    iru::IruClient *client = m_pendingClient;
    m_pendingClient.clear();
    m_session->setIruClient(client);
    setState(State::Connected);
    // Only a token the tenant accepted is worth keeping.
    if (!m_store) {
        m_keychainWarning = tr("No keychain is available: the token is used for this run only.");
        Q_EMIT tokenStored(false);
        return;
    }
    auto *tokens = new iru::IruTokenStore(m_store, this);
    tokens->save(m_apiUrl.url(), m_token, [this, tokens](const secrets::SecretResult &stored) {
        tokens->deleteLater();
        m_keychainWarning = stored.ok()
            ? QString()
            : tr("The token works but could not be kept in the keychain (%1). It is used for "
                 "this run only.")
                  .arg(stored.message);
        Q_EMIT tokenStored(stored.ok());
    });
}

void IruConnectionController::setState(State state)
{
    // Re-emitted even when unchanged: the input (and so the message) may have changed.
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace odt
