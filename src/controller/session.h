#pragma once

#include "core/orgurl.h"
#include "core/report.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace odt::net {
class HttpClient;
}
namespace odt::okta {
class OrgMetadataClient;
}

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

    // Extra CAs are trusted only when given: the sandbox's, or the admin's --ca-file.
    void trustExtraCaCertificates(const QList<QSslCertificate> &certificates);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    OrgUrl oktaOrg() const { return m_oktaOrg; }
    void setOktaOrg(const OrgUrl &org) { m_oktaOrg = org; }

    Report &report() { return m_report; }
    // Replaces an earlier result of the same check (a re-check), keeping the order. A check the
    // admin confirmed stays confirmed across re-checks (unless it now cannot run).
    void recordResult(const CheckResult &result);
    // The admin confirms what a check's confirmationPrompt asks; the recorded result is updated.
    void confirm(const QString &checkId);
    bool isConfirmed(const QString &checkId) const { return m_confirmed.contains(checkId); }

private:
    QNetworkAccessManager *m_manager;
    net::HttpClient *m_http;
    okta::OrgMetadataClient *m_orgMetadata;
    Mode m_mode = Mode::SetUp;
    OrgUrl m_oktaOrg;
    Report m_report;
    QSet<QString> m_confirmed;
};

} // namespace odt
