#pragma once

#include "okta/oktaclient.h"

#include <QObject>
#include <QStringList>

namespace odt::secrets {
class SecretStore;
}

namespace odt::okta {

struct ApiServiceIntegrationResult
{
    bool ok = false;
    bool created = false; // false: an existing integration and its stored secret were reused
    QString clientId; // the instance id, which is also its OAuth client_id
    QString type;
    QStringList tokenScopes; // what the proving client-credentials token was granted
    QString error; // what failed and what to do; empty when ok
    QStringList evidence; // what Okta and the keychain said, never a secret
};

struct ApiServiceIntegrationOptions
{
    // The type in the org's catalog (ready.json's apiServiceTypes): Iru Endpoint's ODT integration.
    static inline const QString defaultType = QStringLiteral("kandji_odt");
    // Which scopes the Iru Endpoint integration needs is not documented; these cover what device
    // sync does: read users and devices, change device state.
    static QStringList defaultScopes();

    QString type = defaultType;
    QStringList grantedScopes = defaultScopes();
};

// Ensures the org has an API service integration of the configured type whose client secret is
// in the keychain, and proves the pair works by obtaining a client-credentials token.
//
// Idempotent: an existing integration whose secret this keychain holds is reused. Okta shows a
// client secret only in the answer that creates the integration, so the secret is stored at
// once; if that fails the new integration is deleted again, so no integration is left without
// its secret, and a stale secret is removed before creating, so no secret is left without its
// integration.
class ApiServiceIntegration : public QObject
{
    Q_OBJECT
public:
    using Options = ApiServiceIntegrationOptions;

    ApiServiceIntegration(OktaClient *client, secrets::SecretStore *store,
                          const Options &options = {}, QObject *parent = nullptr);

    // Keychain entry of the integration's client: one per org and type.
    QString secretKey() const;
    void start();

Q_SIGNALS:
    void finished(const odt::okta::ApiServiceIntegrationResult &result);

private:
    void useExisting(const QList<ApiServiceInstance> &existing);
    void removeStaleSecretThenCreate();
    void create();
    void storeSecret(const ApiServiceInstance &instance);
    void rollBack(const ApiServiceInstance &instance, const QString &storeError);
    void prove(const QString &clientId, const QByteArray &secret, const QStringList &scopes);
    void fail(const QString &error);

    OktaClient *m_client;
    secrets::SecretStore *m_store;
    Options m_options;
    ApiServiceIntegrationResult m_result;
    OktaRequest m_request;
};

} // namespace odt::okta
