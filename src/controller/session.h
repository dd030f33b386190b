#pragma once

#include "core/orgurl.h"
#include "core/report.h"
#include "iru/inventory.h"
#include "net/proxysetting.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace odt::net {
class HttpClient;
}
namespace odt::okta {
class OrgMetadataClient;
class OktaClient;
} // namespace odt::okta

namespace odt {

// What one run of the wizard or CLI knows and shares: the network stack, the chosen mode, the org
// and the results so far. Owned by the app; pages and commands receive it.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class Mode { SetUp, CheckOnly };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    net::HttpClient *http() const { return m_http; }
    okta::OrgMetadataClient *orgMetadata() const { return m_orgMetadata; }

    // Every request of the session goes through this proxy (the system's by default).
    void setProxy(const net::ProxySetting &proxy);
    net::ProxySetting proxy() const { return m_proxy; }

    // Extra CAs are trusted only when given: the sandbox's, or the admin's --ca-file.
    void trustExtraCaCertificates(const QList<QSslCertificate> &certificates);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    OrgUrl oktaOrg() const { return m_oktaOrg; }
    void setOktaOrg(const OrgUrl &org) { m_oktaOrg = org; }

    // The signed-in admin's client (access token or API token), for the pages after sign-in;
    // nullptr when nobody is signed in. Takes ownership; the previous client is deleted later, so
    // callers must stop using it when oktaClientChanged() is emitted.
    okta::OktaClient *oktaClient() const { return m_oktaClient; }
    void setOktaClient(okta::OktaClient *client);

    Report &report() { return m_report; }
    // Replaces an earlier result of the same check (a re-check), keeping the order. A check the
    // admin confirmed stays confirmed across re-checks (unless it now cannot run).
    void recordResult(const CheckResult &result);
    // The admin confirms what a check's confirmationPrompt asks; the recorded result is updated.
    void confirm(const QString &checkId);
    bool isConfirmed(const QString &checkId) const { return m_confirmed.contains(checkId); }

    // The Iru Endpoint connection once verified (IruConnectionController), nullptr before. Takes
    // ownership; the previous client is deleted later, as with the Okta client.
    iru::IruClient *iruClient() const { return m_iruClient; }
    void setIruClient(iru::IruClient *client);
    // What the scope step loaded (Blueprints, devices, platform counts), for the checks to reuse.
    const iru::Inventory &iruInventory() const { return m_iruInventory; }
    void setIruInventory(const iru::Inventory &inventory) { m_iruInventory = inventory; }
    // The Blueprint ids in ODT scope (every Blueprint when the admin chose all).
    QStringList blueprintScope() const { return m_blueprintScope; }
    void setBlueprintScope(const QStringList &blueprintIds);

Q_SIGNALS:
    void oktaClientChanged();
    void iruClientChanged();
    void blueprintScopeChanged();

private:
    QNetworkAccessManager *m_manager;
    net::HttpClient *m_http;
    okta::OrgMetadataClient *m_orgMetadata;
    Mode m_mode = Mode::SetUp;
    net::ProxySetting m_proxy;
    OrgUrl m_oktaOrg;
    okta::OktaClient *m_oktaClient = nullptr;
    iru::IruClient *m_iruClient = nullptr;
    iru::Inventory m_iruInventory;
    QStringList m_blueprintScope;
    Report m_report;
    QSet<QString> m_confirmed;
};

} // namespace odt
