#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace odt {

// What --sandbox mode knows about the built-in tenant that a real org never hands out: the OIDC
// app to sign in with, the scenario's super admin and their API token. Sandbox-only values.
struct SandboxHints
{
    QUrl oktaOrigin; // https://127.0.0.1:PORT: the only origin the sandbox browser plays
    QString clientId;
    quint16 redirectPort = 0;
    QString login;
    QString password;
    QByteArray apiToken;
    // The sandbox's Iru Endpoint tenant: its API address (https://127.0.0.1:PORT) and token.
    QUrl iruApiUrl;
    QByteArray iruApiToken;

    bool isValid() const { return oktaOrigin.isValid() && !clientId.isEmpty(); }
    // From SandboxTenant::credentials(): the first OIDC app and its first redirect URI's port,
    // the scenario's first user (the super admin, or the one the scenario demoted), and the Iru
    // Endpoint tenant's API address and token.
    static SandboxHints fromCredentials(const QJsonObject &credentials);
};

// Plays the admin's browser for the sandbox tenant only: the system browser cannot trust the
// sandbox's private CA, so in --sandbox mode the sign-in page is filled in here, as the scenario's
// user, and Okta's redirect is delivered to the loopback listener the way a browser would. URLs of
// any other origin are refused, so a real org's sign-in can never be played.
class SandboxBrowser : public QObject
{
    Q_OBJECT
public:
    SandboxBrowser(const SandboxHints &hints, const QList<QSslCertificate> &caCertificates,
                   QObject *parent = nullptr);

    const SandboxHints &hints() const { return m_hints; }
    // True only for a URL on the sandbox's own Okta origin.
    bool handles(const QUrl &url) const;

    // GET the /authorize page, post the sign-in form, follow the 302 to the loopback redirect.
    void signIn(const QUrl &authorizeUrl);
    // Approve a device code at /activate as the scenario's user.
    void approveDeviceCode(const QUrl &verificationUri, const QString &userCode);

Q_SIGNALS:
    // The browser step is done: the loopback listener (or the device grant) has it.
    void finished();
    void failed(const QString &message);

private:
    void postSignInForm(const QUrl &authorizeUrl, QNetworkReply *page);
    void deliverRedirect(QNetworkReply *reply);
    QNetworkReply *sendToOrigin(const QByteArray &method, const QUrl &url, const QByteArray &form);

    SandboxHints m_hints;
    QList<QSslCertificate> m_ca;
    QNetworkAccessManager *m_manager;
};

} // namespace odt
