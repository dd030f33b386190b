#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QTimer>

// An in-memory SecretStore for tests: answers on the event loop like the real one, and can be
// told to fail writes, reads or removals the way an unavailable keychain does.
class FakeSecretStore : public odt::secrets::SecretStore
{
public:
    using Error = odt::secrets::SecretResult::Error;

    QHash<QString, QByteArray> entries;
    Error failWrites = Error::None;
    Error failReads = Error::None;
    Error failRemovals = Error::None;
    int writes = 0;

    void write(const QString &key, const QByteArray &secret, Callback done) override
    {
        ++writes;
        odt::secrets::SecretResult result;
        if (failWrites != Error::None)
            result = failure(failWrites);
        else
            entries.insert(key, secret);
        answer(result, std::move(done));
    }
    void read(const QString &key, Callback done) override
    {
        odt::secrets::SecretResult result;
        if (failReads != Error::None)
            result = failure(failReads);
        else if (!entries.contains(key))
            result = failure(Error::NotFound);
        else
            result.data = entries.value(key);
        answer(result, std::move(done));
    }
    void remove(const QString &key, Callback done) override
    {
        odt::secrets::SecretResult result;
        if (failRemovals != Error::None)
            result = failure(failRemovals);
        else if (!entries.remove(key))
            result = failure(Error::NotFound);
        answer(result, std::move(done));
    }

private:
    static odt::secrets::SecretResult failure(Error error)
    {
        odt::secrets::SecretResult result;
        result.error = error;
        result.message = error == Error::NotFound ? QStringLiteral("No such secret.")
                                                  : QStringLiteral("The keychain is locked.");
        return result;
    }
    void answer(const odt::secrets::SecretResult &result, Callback done)
    {
        QTimer::singleShot(0, this, [result, done = std::move(done)] { done(result); });
    }
};
