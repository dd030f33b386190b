#include "okta/apiserviceintegration.h"

#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace odt::okta {

namespace {

// The keychain holds the client id next to its secret, so a secret left from an integration
// that was since deleted (and replaced) is recognised as stale instead of being sent.
QByteArray packSecret(const QString &clientId, const QByteArray &secret)
{
    return QJsonDocument(
               QJsonObject { { QStringLiteral("clientId"), clientId },
                             { QStringLiteral("clientSecret"), QString::fromUtf8(secret) } })
        .toJson(QJsonDocument::Compact);
}

bool unpackSecret(const QByteArray &data, QString *clientId, QByteArray *secret)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    *clientId = object.value(u"clientId").toString();
    *secret = object.value(u"clientSecret").toString().toUtf8();
    return !clientId->isEmpty() && !secret->isEmpty();
}

} // namespace

QStringList ApiServiceIntegrationOptions::defaultScopes()
{
    return { QStringLiteral("okta.users.read"), QStringLiteral("okta.devices.read"),
             QStringLiteral("okta.devices.manage") };
}

ApiServiceIntegration::ApiServiceIntegration(OktaClient *client, secrets::SecretStore *store,
                                             const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_options(options)
{ }

QString ApiServiceIntegration::secretKey() const
{
    return QStringLiteral("okta-api-service:%1:%2").arg(m_client->org().host(), m_options.type);
}

void ApiServiceIntegration::start()
{
    m_result = {};
    m_result.type = m_options.type;
    if (m_options.type.isEmpty() || m_options.grantedScopes.isEmpty())
        return fail(tr("No API service integration type or scopes are configured."));
    m_request = m_client->apiServices(this, [this](const OktaResult<QList<ApiServiceInstance>> &r) {
        if (!r.ok())
            return fail(
                tr("Could not list the API service integrations: %1").arg(r.error.message)
                + (r.isForbidden() ? QLatin1Char(' ')
                           + tr("This needs the %1 scope and a Super Administrator.").arg(r.scope)
                                   : QString()));
        QList<ApiServiceInstance> existing;
        for (const ApiServiceInstance &instance : r.value) {
            if (instance.type == m_options.type)
                existing.append(instance);
        }
        QStringList ids;
        for (const ApiServiceInstance &instance : existing)
            ids.append(instance.id);
        m_result.evidence.append(
            QStringLiteral("%1: %2 instance(s), of type %3: %4")
                .arg(r.operation)
                .arg(r.value.size())
                .arg(m_options.type,
                     ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "))));
        if (existing.isEmpty())
            removeStaleSecretThenCreate();
        else
            useExisting(existing);
    });
}

void ApiServiceIntegration::useExisting(const QList<ApiServiceInstance> &existing)
{
    QPointer<ApiServiceIntegration> self(this);
    m_store->read(secretKey(), [self, existing](const secrets::SecretResult &stored) {
        if (!self)
            return;
        QString clientId;
        QByteArray secret;
        if (stored.ok() && unpackSecret(stored.data, &clientId, &secret)) {
            for (const ApiServiceInstance &instance : existing) {
                if (instance.id == clientId) {
                    self->m_result.clientId = clientId;
                    self->m_result.evidence.append(
                        tr("keychain: the secret of %1 is stored").arg(clientId));
                    return self->prove(clientId, secret,
                                       instance.grantedScopes.isEmpty()
                                           ? self->m_options.grantedScopes
                                           : instance.grantedScopes);
                }
            }
        }
        if (!stored.ok() && stored.error != secrets::SecretResult::Error::NotFound)
            return self->fail(tr("Could not read the integration's client secret from the "
                                 "keychain: %1")
                                  .arg(stored.message));
        // Someone else's integration, or ours with its secret lost: Okta never shows a secret
        // again, and deleting an integration Iru Endpoint may be using is not ours to decide.
        self->m_result.clientId = existing.constFirst().id;
        self->m_result.evidence.append(
            tr("keychain: no secret for %1").arg(self->m_result.clientId));
        self->fail(tr("The org already has a \"%1\" API service integration (%2), but this "
                      "computer's keychain does not hold its client secret, and Okta shows a "
                      "secret only once. If nothing uses it, delete it in the Admin Console "
                      "(Applications > API Service Integrations) and run the set-up again; "
                      "otherwise continue on the computer that created it.")
                       .arg(existing.constFirst().name.isEmpty() ? self->m_options.type
                                                                 : existing.constFirst().name,
                            self->m_result.clientId));
    });
}

void ApiServiceIntegration::removeStaleSecretThenCreate()
{
    QPointer<ApiServiceIntegration> self(this);
    // Also proves the keychain works before Okta makes a secret that could not be kept.
    m_store->remove(secretKey(), [self](const secrets::SecretResult &removed) {
        if (!self)
            return;
        if (!removed.ok() && removed.error != secrets::SecretResult::Error::NotFound)
            return self->fail(tr("The keychain is not usable, so the integration's client "
                                 "secret could not be kept; nothing was created in Okta. %1")
                                  .arg(removed.message));
        if (removed.ok())
            self->m_result.evidence.append(tr("keychain: removed a stale secret"));
        self->create();
    });
}

void ApiServiceIntegration::create()
{
    m_request = m_client->createApiService(
        m_options.type, m_options.grantedScopes, this,
        [this](const OktaResult<ApiServiceInstance> &r) {
            if (!r.ok()) {
                m_result.evidence.append(QStringLiteral("%1: HTTP %2 %3")
                                             .arg(r.operation)
                                             .arg(r.error.httpStatus)
                                             .arg(r.error.serviceCode));
                if (r.error.httpStatus == 400 && r.isOktaError("E0000001"))
                    return fail(tr("Okta does not offer an API service integration of type "
                                   "\"%1\" in this org (%2). Check the type, and that the "
                                   "integration is in the catalog under Applications > Browse "
                                   "App Integration Catalog > API Services.")
                                    .arg(m_options.type, r.error.message));
                return fail(
                    tr("Could not create the API service integration: %1").arg(r.error.message));
            }
            m_result.created = true;
            m_result.clientId = r.value.id;
            m_result.evidence.append(
                QStringLiteral("%1: 201 id=%2 grantedScopes=%3")
                    .arg(r.operation, r.value.id, r.value.grantedScopes.join(QLatin1Char(' '))));
            storeSecret(r.value);
        });
}

void ApiServiceIntegration::storeSecret(const ApiServiceInstance &instance)
{
    QPointer<ApiServiceIntegration> self(this);
    m_store->write(secretKey(), packSecret(instance.id, instance.clientSecret),
                   [self, instance](const secrets::SecretResult &written) {
                       if (!self)
                           return;
                       if (!written.ok())
                           return self->rollBack(instance, written.message);
                       self->m_result.evidence.append(
                           tr("keychain: stored the secret of %1").arg(instance.id));
                       self->prove(instance.id, instance.clientSecret,
                                   instance.grantedScopes.isEmpty() ? self->m_options.grantedScopes
                                                                    : instance.grantedScopes);
                   });
}

void ApiServiceIntegration::rollBack(const ApiServiceInstance &instance, const QString &storeError)
{
    m_request = m_client->deleteApiService(
        instance.id, this, [this, instance, storeError](const OktaResult<bool> &r) {
            m_result.created = false;
            if (r.ok()) {
                m_result.evidence.append(QStringLiteral("%1: 204").arg(r.operation));
                return fail(tr("Could not store the new integration's client secret in the "
                               "keychain (%1), so the integration was deleted again: none is "
                               "left without its secret. Fix the keychain, then run the set-up "
                               "again.")
                                .arg(storeError));
            }
            m_result.evidence.append(QStringLiteral("%1: HTTP %2 %3")
                                         .arg(r.operation)
                                         .arg(r.error.httpStatus)
                                         .arg(r.error.serviceCode));
            fail(tr("Could not store the new integration's client secret in the keychain (%1), "
                    "and deleting the integration failed too (%2). Delete the API service "
                    "integration %3 in the Admin Console (Applications > API Service "
                    "Integrations), fix the keychain, then run the set-up again.")
                     .arg(storeError, r.error.message, instance.id));
        });
}

void ApiServiceIntegration::prove(const QString &clientId, const QByteArray &secret,
                                  const QStringList &scopes)
{
    m_request = m_client->clientCredentialsToken(
        clientId, secret, scopes, this, [this](const OktaResult<AccessTokenGrant> &r) {
            if (!r.ok()) {
                m_result.evidence.append(QStringLiteral("%1: HTTP %2 %3")
                                             .arg(r.operation)
                                             .arg(r.error.httpStatus)
                                             .arg(r.error.serviceCode));
                return fail(tr("The integration %1 and its stored secret did not yield an access "
                               "token: %2")
                                .arg(m_result.clientId, r.error.message));
            }
            m_result.tokenScopes = r.value.scopes;
            m_result.evidence.append(QStringLiteral("%1: %2 token, expires_in=%3, scope=%4")
                                         .arg(r.operation, r.value.tokenType)
                                         .arg(r.value.expiresIn)
                                         .arg(r.value.scopes.join(QLatin1Char(' '))));
            m_result.ok = true;
            Q_EMIT finished(m_result);
        });
}

void ApiServiceIntegration::fail(const QString &error)
{
    m_result.ok = false;
    m_result.error = error;
    Q_EMIT finished(m_result);
}

} // namespace odt::okta
