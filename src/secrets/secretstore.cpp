#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace odt::secrets {

Q_LOGGING_CATEGORY(lcSecrets, "odt.secrets", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::secrets::KeychainSecretStore)
};

SecretResult resultOf(const QKeychain::Job *job, const QString &key)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.error = SecretResult::Error::NotFound;
        result.message = Text::tr("No secret named \"%1\" is stored in the keychain.").arg(key);
        break;
    case QKeychain::NoBackendAvailable:
        result.error = SecretResult::Error::NoBackend;
        result.message
            = Text::tr("No keychain is available (%1). Secrets are only ever kept in the "
                       "system keychain; on Linux start a Secret Service such as GNOME "
                       "Keyring or KWallet, then retry.")
                  .arg(job->errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.error = SecretResult::Error::AccessDenied;
        result.message
            = Text::tr("The keychain denied access (%1). Allow ODT Setup Assistant to use "
                       "the keychain, then retry.")
                  .arg(job->errorString());
        break;
    default:
        result.error = SecretResult::Error::Other;
        result.message = Text::tr("The keychain reported an error: %1").arg(job->errorString());
        break;
    }
    // The key names the secret; the secret itself is never logged.
    qCInfo(lcSecrets) << "keychain job for" << key << "failed:" << job->errorString();
    return result;
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [key, done = std::move(done)](QKeychain::Job *j) { done(resultOf(j, key)); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        SecretResult result = resultOf(j, key);
        if (result.ok())
            result.data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [key, done = std::move(done)](QKeychain::Job *j) { done(resultOf(j, key)); });
    job->start();
}

} // namespace odt::secrets
