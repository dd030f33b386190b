#include "controller/signincontroller.h"

#include "controller/session.h"
#include "net/formencoding.h"
#include "net/httpclient.h"
#include "okta/signin/authorizationcodeflow.h"
#include "okta/signin/devicecodeflow.h"
#include "okta/signin/idtokenverifier.h"
#include "okta/signin/oautherrors.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace odt {

namespace {

// The keychain entry holds the client id beside the refresh token: a refresh token only works
// for the app that got it.
QByteArray packSavedSignIn(const QString &clientId, const QByteArray &refreshToken)
{
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("clientId"), clientId },
                             { QStringLiteral("refreshToken"), QString::fromLatin1(refreshToken) },
                         })
        .toJson(QJsonDocument::Compact);
}

bool unpackSavedSignIn(const QByteArray &data, QString *clientId, QByteArray *refreshToken)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    *clientId = object.value(u"clientId").toString();
    *refreshToken = object.value(u"refreshToken").toString().toLatin1();
    return !clientId->isEmpty() && !refreshToken->isEmpty();
}

} // namespace

SignInController::SignInController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &Session::oktaClientChanged, this,
            &SignInController::onSessionClientChanged);
}

SignInController::~SignInController()
{
    stopFlows();
}

void SignInController::setSandboxHints(const SandboxHints &hints)
{
    m_hints = hints;
    delete m_sandboxBrowser;
    m_sandboxBrowser = nullptr;
    if (!hints.isValid())
        return;
    m_sandboxBrowser = new SandboxBrowser(hints, m_session->http()->extraCaCertificates(), this);
    connect(m_sandboxBrowser, &SandboxBrowser::failed, this, [this](const QString &message) {
        if (m_state == State::WaitingForBrowser || m_state == State::WaitingForApproval)
            fail(message);
    });
    m_clientId = hints.clientId;
    if (hints.redirectPort != 0)
        m_redirectPort = hints.redirectPort;
    Q_EMIT changed();
}

void SignInController::activate()
{
    const OrgUrl org = m_session->oktaOrg();
    if (org.isValid() && org.toString() == m_org.toString())
        return;
    signOut();
    m_org = org;
    m_error.clear();
    m_notice.clear();
    m_savedClientId.clear();
    if (!isSandbox())
        loadSettings();
    probeSavedSignIn();
    Q_EMIT changed();
}

void SignInController::setClientId(const QString &clientId)
{
    if (clientId.trimmed() == m_clientId)
        return;
    m_clientId = clientId.trimmed();
    Q_EMIT changed();
}

void SignInController::setRedirectPort(quint16 port)
{
    if (port == m_redirectPort || port == 0)
        return;
    m_redirectPort = port;
    Q_EMIT changed();
}

QString SignInController::redirectUri() const
{
    okta::OidcConfig config;
    config.redirectPort = m_redirectPort;
    return config.redirectUri();
}

void SignInController::setRemembersSignIn(bool remember)
{
    if (remember == m_remember)
        return;
    m_remember = remember;
    Q_EMIT changed();
}

bool SignInController::isBusy() const
{
    return m_state != State::SignedOut && m_state != State::SignedIn;
}

bool SignInController::isSuperAdmin() const
{
    for (const Role &role : m_roles) {
        if (role.type == QLatin1String("SUPER_ADMIN") && role.active)
            return true;
    }
    return false;
}

bool SignInController::canProceed() const
{
    // Check-only runs serve helpdesk staff too: the readiness report then names the missing role.
    return m_state == State::SignedIn
        && (isSuperAdmin() || m_session->mode() == Session::Mode::CheckOnly);
}

bool SignInController::prepare(Method method, okta::OidcConfig *config)
{
    // A new attempt replaces whoever was signed in.
    signOut();
    m_error.clear();
    m_notice.clear();
    m_login.clear();
    m_name.clear();
    m_userId.clear();
    m_roles.clear();
    m_rolesNote.clear();
    m_method = method;
    if (!m_org.isValid()) {
        fail(tr("Choose the Okta org first (the previous page)."));
        return false;
    }
    config->org = m_org;
    config->clientId = method == Method::Saved ? m_savedClientId : m_clientId;
    config->redirectPort = m_redirectPort;
    if (method != Method::ApiToken && config->clientId.isEmpty()) {
        fail(tr("Enter the Client ID of the Okta OIDC app to sign in with. It is on the app's "
                "General tab in the Admin Console (Applications > Applications)."));
        return false;
    }
    m_requests = new QObject(this);
    return true;
}

void SignInController::signInWithBrowser()
{
    okta::OidcConfig config;
    if (!prepare(Method::Browser, &config))
        return;
    if (!isSandbox())
        saveSettings();
    auto *flow = new okta::AuthorizationCodeFlow(m_session->http(), this);
    m_browserFlow = flow;
    flow->setCallbackTimeout(m_browserTimeout);
    // Only the sandbox's own origin is ever played in-process; a real org gets the real browser.
    const bool played = m_sandboxBrowser && m_sandboxBrowser->handles(config.authorizeEndpoint());
    flow->setOpensBrowser(!played);
    connect(flow, &okta::AuthorizationCodeFlow::authorizationUrlReady, this,
            [this, played](const QUrl &url) {
                m_authorizationUrl = url;
                Q_EMIT changed();
                if (played)
                    m_sandboxBrowser->signIn(url);
            });
    connect(flow, &okta::AuthorizationCodeFlow::browserNotOpened, this, [this] {
        m_browserNotOpened = true;
        Q_EMIT changed();
    });
    connect(flow, &okta::AuthorizationCodeFlow::exchangingCode, this,
            [this] { setState(State::Verifying); });
    connect(flow, &okta::AuthorizationCodeFlow::signedIn, this, &SignInController::onSignedIn);
    connect(flow, &okta::AuthorizationCodeFlow::failed, this, &SignInController::fail);
    setState(State::WaitingForBrowser);
    flow->start(config);
}

void SignInController::signInWithDeviceCode()
{
    okta::OidcConfig config;
    if (!prepare(Method::DeviceCode, &config))
        return;
    if (!isSandbox())
        saveSettings();
    auto *flow = new okta::DeviceCodeFlow(m_session->http(), this);
    m_deviceFlow = flow;
    connect(flow, &okta::DeviceCodeFlow::userCodeReady, this,
            [this](const QString &code, const QUrl &uri, const QUrl &complete,
                   const QDateTime &expires) {
                m_userCode = code;
                m_verificationUri = uri;
                m_verificationUriComplete = complete;
                m_userCodeExpires = expires;
                Q_EMIT changed();
                if (m_sandboxBrowser && m_sandboxBrowser->handles(uri))
                    m_sandboxBrowser->approveDeviceCode(uri, code);
            });
    connect(flow, &okta::DeviceCodeFlow::signedIn, this, &SignInController::onSignedIn);
    connect(flow, &okta::DeviceCodeFlow::failed, this, &SignInController::fail);
    setState(State::WaitingForApproval);
    flow->start(config);
}

void SignInController::signInWithApiToken(const QByteArray &token)
{
    okta::OidcConfig config;
    if (!prepare(Method::ApiToken, &config))
        return;
    QByteArray value = token.trimmed();
    if (value.startsWith("SSWS "))
        value = value.mid(5).trimmed();
    if (value.isEmpty()) {
        fail(tr("Paste an Okta API token. A Super Administrator creates one under Security > "
                "API > Tokens."));
        return;
    }
    auto *client = new okta::OktaClient(m_session->http(), m_org,
                                        okta::OktaCredential::apiToken(value), this);
    m_pendingClient = client;
    setState(State::Verifying);
    const quint64 attempt = m_attempt;
    client->usersMe(
        m_requests, [this, client, attempt](const okta::OktaResult<okta::OktaUser> &me) {
            if (attempt != m_attempt)
                return;
            if (!me.ok()) {
                if (me.error.httpStatus == 401) {
                    fail(
                        tr("Okta did not accept this API token (%1). Copy the whole token again; "
                           "if "
                           "it was revoked or has expired, a Super Administrator creates a new one "
                           "under Security > API > Tokens.")
                            .arg(me.error.serviceSummary.isEmpty() ? me.error.technical
                                                                   : me.error.serviceCode
                                         + QStringLiteral(": ") + me.error.serviceSummary));
                } else {
                    fail(tr("Could not check the API token: %1").arg(me.error.message));
                }
                return;
            }
            m_userId = me.value.id;
            m_login = me.value.login;
            setState(State::ReadingRoles);
            readRoles(client);
        });
}

void SignInController::signInWithSavedSignIn()
{
    okta::OidcConfig config;
    if (!m_store || !hasSavedSignIn()) {
        fail(tr("No sign-in is kept in this computer's keychain for this org."));
        return;
    }
    if (!prepare(Method::Saved, &config))
        return;
    setState(State::Verifying);
    const quint64 attempt = m_attempt;
    QPointer<SignInController> self(this);
    m_store->read(savedSignInKey(), [self, attempt, config](const secrets::SecretResult &stored) {
        if (!self || attempt != self->m_attempt)
            return;
        QString clientId;
        QByteArray refreshToken;
        if (!stored.ok() || !unpackSavedSignIn(stored.data, &clientId, &refreshToken)) {
            self->fail(tr("The kept sign-in could not be read from the keychain: %1")
                           .arg(stored.ok() ? tr("the entry is damaged") : stored.message));
            return;
        }
        net::HttpRequest request;
        request.method = "POST";
        request.url = config.tokenEndpoint();
        request.contentType = "application/x-www-form-urlencoded";
        request.body = net::formEncode({
            { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("client_id"), clientId },
            { QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken) },
        });
        SignInController *that = self;
        that->m_session->http()->send(
            request, that->m_requests, [that, attempt, config](const net::JsonResponse &r) {
                if (attempt != that->m_attempt)
                    return;
                if (!r.ok()) {
                    if (r.error.httpStatus == 400 || r.error.httpStatus == 401) {
                        // Expired or revoked: keeping it would only fail again next time.
                        that->forgetSavedSignIn();
                        that->fail(tr("The kept sign-in is no longer valid (%1), so it was removed "
                                      "from the keychain. Sign in again.")
                                       .arg(r.error.serviceSummary.isEmpty()
                                                ? r.error.message
                                                : r.error.serviceSummary));
                    } else {
                        that->fail(okta::OAuthErrors::describe(r.error, config));
                    }
                    return;
                }
                const okta::TokenResponse tokens = okta::TokenResponse::fromJson(
                    r.json.object(), QDateTime::currentDateTimeUtc());
                if (tokens.accessToken.isEmpty() || tokens.idToken.isEmpty()) {
                    that->fail(
                        tr("Okta's answer to the kept sign-in carried no access or ID token. "
                           "Sign in again."));
                    return;
                }
                auto *verifier = new okta::IdTokenVerifier(
                    that->m_session->http(),
                    { config.keysEndpoint(), config.issuer(), config.clientId, 120 },
                    that->m_requests);
                verifier->verify(
                    tokens.idToken, QString(), that->m_requests,
                    [that, attempt, tokens](const okta::IdTokenVerification &verified) {
                        if (attempt != that->m_attempt)
                            return;
                        if (!verified.ok()) {
                            that->fail(verified.error);
                            return;
                        }
                        that->onSignedIn(tokens.toResult(verified.claims));
                    });
            });
    });
}

void SignInController::onSignedIn(const okta::SignInResult &result)
{
    // The flow is over: its link and code mean nothing any more.
    for (QObject *flow : { static_cast<QObject *>(m_browserFlow.data()),
                           static_cast<QObject *>(m_deviceFlow.data()) }) {
        if (flow) {
            flow->disconnect(this);
            flow->deleteLater();
        }
    }
    m_authorizationUrl.clear();
    m_browserNotOpened = false;
    m_userCode.clear();
    m_verificationUri.clear();
    m_verificationUriComplete.clear();
    m_userCodeExpires = {};
    m_userId = result.userId;
    m_login = result.login;
    m_name = result.name;
    if (m_method != Method::ApiToken)
        keepOrForgetRefreshToken(result.refreshToken);
    auto *client = new okta::OktaClient(
        m_session->http(), m_org, okta::OktaCredential::accessToken(result.accessToken), this);
    m_pendingClient = client;
    setState(State::ReadingRoles);
    readRoles(client);
}

void SignInController::keepOrForgetRefreshToken(const QByteArray &refreshToken)
{
    if (!m_store)
        return;
    const QString clientId = m_method == Method::Saved ? m_savedClientId : m_clientId;
    QPointer<SignInController> self(this);
    if (m_remember && !refreshToken.isEmpty()) {
        m_store->write(savedSignInKey(), packSavedSignIn(clientId, refreshToken),
                       [self, clientId](const secrets::SecretResult &written) {
                           if (!self)
                               return;
                           if (written.ok()) {
                               self->m_savedClientId = clientId;
                               self->m_notice = tr("Your sign-in is kept in this computer's "
                                                   "keychain for next time.");
                           } else {
                               self->m_notice = tr("Your sign-in could not be kept in the "
                                                   "keychain (%1); it lasts for this session "
                                                   "only.")
                                                    .arg(written.message);
                           }
                           Q_EMIT self->changed();
                       });
    } else if (!m_remember && hasSavedSignIn()) {
        // The admin chose not to keep this sign-in: an older kept one goes too.
        forgetSavedSignIn();
    }
}

void SignInController::forgetSavedSignIn()
{
    m_savedClientId.clear();
    Q_EMIT changed();
    if (!m_store || !m_org.isValid())
        return;
    m_store->remove(savedSignInKey(), [](const secrets::SecretResult &) {});
}

void SignInController::readRoles(okta::OktaClient *client)
{
    const quint64 attempt = m_attempt;
    client->userRoles(
        m_userId, m_requests,
        [this, client, attempt](const okta::OktaResult<QList<okta::OktaRole>> &r) {
            if (attempt != m_attempt)
                return;
            if (r.ok()) {
                for (const okta::OktaRole &role : r.value) {
                    m_roles.append({ role.type, role.label, role.status == QLatin1String("ACTIVE"),
                                     role.assignmentType == QLatin1String("GROUP") });
                }
            } else if (r.error.httpStatus == 401 || r.error.httpStatus == 403) {
                m_rolesNote = tr("Okta would not list the admin roles of %1 (%2), so they are "
                                 "probably not an administrator, or the OIDC app lacks the "
                                 "okta.roles.read scope.")
                                  .arg(m_login.isEmpty() ? m_userId : m_login,
                                       r.error.serviceSummary.isEmpty() ? r.error.technical
                                                                        : r.error.serviceSummary);
            } else {
                fail(tr("Signed in, but the admin roles could not be read: %1")
                         .arg(r.error.message));
                return;
            }
            finishSignIn(client);
        });
}

void SignInController::finishSignIn(okta::OktaClient *client)
{
    m_pendingClient = nullptr;
    m_client = client;
    m_session->setOktaClient(client);
    setState(State::SignedIn);
}

void SignInController::cancel()
{
    if (!isBusy())
        return;
    stopFlows();
    setState(State::SignedOut);
}

void SignInController::signOut()
{
    stopFlows();
    m_login.clear();
    m_name.clear();
    m_userId.clear();
    m_roles.clear();
    m_rolesNote.clear();
    if (m_client) {
        okta::OktaClient *client = m_client;
        m_client = nullptr;
        if (m_session->oktaClient() == client)
            m_session->setOktaClient(nullptr);
    }
    setState(State::SignedOut);
}

void SignInController::fail(const QString &message)
{
    stopFlows();
    m_error = message;
    setState(State::SignedOut);
}

void SignInController::stopFlows()
{
    ++m_attempt;
    if (m_browserFlow) {
        m_browserFlow->disconnect(this);
        m_browserFlow->cancel();
        m_browserFlow->deleteLater();
    }
    if (m_deviceFlow) {
        m_deviceFlow->disconnect(this);
        m_deviceFlow->cancel();
        m_deviceFlow->deleteLater();
    }
    if (m_pendingClient)
        m_pendingClient->deleteLater();
    m_pendingClient = nullptr;
    if (m_requests) {
        m_requests->deleteLater();
        m_requests = nullptr;
    }
    m_authorizationUrl.clear();
    m_browserNotOpened = false;
    m_userCode.clear();
    m_verificationUri.clear();
    m_verificationUriComplete.clear();
    m_userCodeExpires = {};
}

void SignInController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT changed();
}

void SignInController::probeSavedSignIn()
{
    if (!m_store || !m_org.isValid())
        return;
    QPointer<SignInController> self(this);
    const QString key = savedSignInKey();
    m_store->read(key, [self, key](const secrets::SecretResult &stored) {
        if (!self || key != self->savedSignInKey())
            return;
        QString clientId;
        QByteArray refreshToken;
        if (stored.ok() && unpackSavedSignIn(stored.data, &clientId, &refreshToken)) {
            self->m_savedClientId = clientId;
            self->m_remember = true; // kept before, so the admin opted in
            Q_EMIT self->changed();
        }
    });
}

void SignInController::onSessionClientChanged()
{
    if (!m_client || m_session->oktaClient() == m_client)
        return;
    // Someone else replaced or dropped the admin's client (the API service step drops it once it
    // has its own credential): this sign-in is over.
    m_client = nullptr;
    m_roles.clear();
    m_rolesNote.clear();
    m_notice = tr("Signed out: the assistant dropped your Okta admin sign-in once it was no "
                  "longer needed. Sign in again to re-check the org.");
    setState(State::SignedOut);
}

QString SignInController::savedSignInKey() const
{
    return QStringLiteral("okta-sign-in:%1").arg(m_org.toString());
}

// The client ID and port are not secrets; remembering them per org saves retyping.
void SignInController::loadSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("oktaSignIn"));
    const QString key = QString::fromLatin1(QUrl::toPercentEncoding(m_org.toString()));
    settings.beginGroup(key);
    m_clientId = settings.value(QStringLiteral("clientId")).toString();
    const uint port
        = settings.value(QStringLiteral("redirectPort"), okta::OidcConfig::defaultRedirectPort)
              .toUInt();
    m_redirectPort
        = port > 0 && port <= 65535 ? quint16(port) : okta::OidcConfig::defaultRedirectPort;
}

void SignInController::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("oktaSignIn"));
    settings.beginGroup(QString::fromLatin1(QUrl::toPercentEncoding(m_org.toString())));
    settings.setValue(QStringLiteral("clientId"), m_clientId);
    settings.setValue(QStringLiteral("redirectPort"), m_redirectPort);
}

} // namespace odt
