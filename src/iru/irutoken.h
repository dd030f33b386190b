#pragma once

#include "secrets/secretstore.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace odt::iru {

// An Iru Endpoint API token as pasted: validated before anything is sent. Iru tokens are UUIDs
// (Kandji's iructl refuses anything else). Messages describe the input, never repeat it.
class IruToken
{
public:
    // The token with surrounding whitespace and a pasted "Bearer " prefix removed.
    static QString normalized(const QString &input);
    // True when `input` (normalized) is a UUID; otherwise `error` says what is wrong with it.
    static bool validate(const QString &input, QString *error = nullptr);
};

// Keeps the Iru Endpoint API token in the OS keychain, one entry per API host, and nowhere else.
class IruTokenStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const secrets::SecretResult &)>;

    explicit IruTokenStore(secrets::SecretStore *store, QObject *parent = nullptr);

    // "iru-endpoint-api-token/acme.api.kandji.io" (host:port for a non-default port).
    static QString keyFor(const QUrl &apiUrl);

    void save(const QUrl &apiUrl, const QByteArray &token, Callback done);
    void load(const QUrl &apiUrl, Callback done);
    void remove(const QUrl &apiUrl, Callback done);

private:
    QPointer<secrets::SecretStore> m_store;
};

} // namespace odt::iru
