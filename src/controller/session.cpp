#include "controller/session.h"

#include "net/httpclient.h"
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

void Session::trustExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_http->setExtraCaCertificates(m_http->extraCaCertificates() + certificates);
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
