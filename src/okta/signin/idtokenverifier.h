#pragma once

#include "net/httpclient.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace odt::okta {

struct IdTokenVerification
{
    QJsonObject claims; // only when ok(): unverified claims are never handed out
    QString error; // a sentence for the admin

    bool ok() const { return error.isEmpty(); }
};

// Verifies an ID token from the org authorization server: its RS256 signature against the org's
// key set (/oauth2/v1/keys), then iss, aud, nonce, exp and iat. The key set is cached; a token
// signed with a key the cache does not list makes it fetch the key set again once (Okta rotates
// keys), and only then fail.
class IdTokenVerifier : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IdTokenVerification &)>;

    struct Expectations
    {
        QUrl keysUrl; // the org's /oauth2/v1/keys
        QString issuer; // the org origin
        QString clientId; // the aud
        qint64 leewaySecs = 120; // clock skew between this computer and Okta
    };

    IdTokenVerifier(net::HttpClient *http, const Expectations &expectations,
                    QObject *parent = nullptr);

    // `nonce` empty: the flow sent none (the device grant). The callback runs on the event loop,
    // never inside this call, and only while `context` lives.
    void verify(const QByteArray &idToken, const QString &nonce, QObject *context,
                Callback callback);

    // Seconds since the epoch; replaceable so tests can move the clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    int keySetFetches() const { return m_fetches; }

private:
    void fetchKeys(QObject *context, std::function<void(const QString &error)> done);
    void check(const QByteArray &idToken, const QString &nonce, bool refetched, QObject *context,
               const Callback &callback);

    net::HttpClient *m_http;
    Expectations m_expect;
    QJsonObject m_jwks;
    bool m_haveKeys = false;
    int m_fetches = 0;
    std::function<qint64()> m_clock;
};

} // namespace odt::okta
