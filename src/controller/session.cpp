#include "controller/session.h"

#include "iru/iruclient.h"
#include "net/httpclient.h"
#include "okta/oktaclient.h"
#include "okta/orgmetadata.h"

#include <QNetworkAccessManager>

namespace odt {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_http(new net::HttpClient(m_manager, this))
    , m_orgMetadata(new okta::OrgMetadataClient(m_http, this))
{ }

Session::~Session() = default;

void Session::setProxy(const net::ProxySetting &proxy)
{
    m_proxy = proxy;
    m_manager->setProxy(proxy.toNetworkProxy());
}

void Session::trustExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_http->setExtraCaCertificates(m_http->extraCaCertificates() + certificates);
}

void Session::setOktaClient(okta::OktaClient *client)
{
    if (client == m_oktaClient)
        return;
    // Later: a callback of the old client may be on the stack.
    if (m_oktaClient)
        m_oktaClient->deleteLater();
    m_oktaClient = client;
    if (client)
        client->setParent(this);
    Q_EMIT oktaClientChanged();
}

void Session::setIruClient(iru::IruClient *client)
{
    if (client == m_iruClient)
        return;
    // Later: a callback of the old client may be on the stack.
    if (m_iruClient)
        m_iruClient->deleteLater();
    m_iruClient = client;
    if (client)
        client->setParent(this);
    // Another tenant: what was loaded and chosen for the old one no longer applies.
    m_iruInventory = iru::Inventory();
    setBlueprintScope({});
    Q_EMIT iruClientChanged();
}

void Session::setBlueprintScope(const QStringList &blueprintIds)
{
    if (blueprintIds == m_blueprintScope)
        return;
    m_blueprintScope = blueprintIds;
    Q_EMIT blueprintScopeChanged();
}

void Session::confirm(const QString &checkId)
{
    m_confirmed.insert(checkId);
    if (const CheckResult *recorded = m_report.find(checkId))
        recordResult(*recorded);
}

void Session::recordResult(const CheckResult &incoming)
{
    const CheckResult result = isConfirmed(incoming.id) ? confirmedByAdmin(incoming) : incoming;
    Report updated;
    bool replaced = false;
    for (const CheckResult &existing : m_report.checks()) {
        if (existing.id == result.id) {
            updated.add(result);
            replaced = true;
        } else {
            updated.add(existing);
        }
    }
    if (!replaced)
        updated.add(result);
    m_report = updated;
}

} // namespace odt
