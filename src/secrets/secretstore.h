#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace odt::secrets {

struct SecretResult
{
    enum class Error { None, NotFound, NoBackend, AccessDenied, Other };

    Error error = Error::None;
    QString message; // what failed and what to do; never contains the secret
    QByteArray data; // the secret, for reads

    bool ok() const { return error == Error::None; }
};

// Where every secret goes: the OS keychain, nowhere else. There is deliberately no plaintext
// fallback: when no keychain is available the caller gets an error to show.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    // Callbacks run on the event loop, never inside these calls.
    virtual void write(const QString &key, const QByteArray &secret, Callback done) = 0;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

// The QtKeychain implementation: macOS Keychain, Windows Credential Manager, Secret Service.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static inline const QString defaultService = QStringLiteral("ODT Setup Assistant");

    explicit KeychainSecretStore(const QString &service = defaultService,
                                 QObject *parent = nullptr);

    QString service() const { return m_service; }

    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

} // namespace odt::secrets
