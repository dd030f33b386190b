#include "okta/enginecheck.h"

#include "okta/orgmetadata.h"

namespace odt::okta {

EngineCheck::EngineCheck(OrgMetadataClient *client, const OrgUrl &org, QObject *parent)
    : Check(parent)
    , m_client(client)
    , m_org(org)
{ }

void EngineCheck::start()
{
    m_request = m_client->fetch(m_org, this, [this](const OrgMetadataResult &r) {
        CheckResult result;
        result.id = checkId;
        result.confidence = Confidence::Verified;
        const QString evidenceUrl = OrgMetadataClient::wellKnownUrl(m_org).toString();
        if (!r.ok()) {
            result.status = CheckStatus::Error;
            result.title = tr("Could not determine the Okta engine of %1").arg(m_org.host());
            result.detail = r.error.message;
            result.evidence = { QStringLiteral("GET %1: %2").arg(evidenceUrl, r.error.technical) };
            result.remediation = tr("Check the organization URL and your network, then retry.");
            Q_EMIT finished(result);
            return;
        }
        const WellKnownOrgMetadata &m = r.metadata;
        result.evidence = {
            QStringLiteral("GET %1: id=%2 pipeline=%3").arg(evidenceUrl, m.id, m.pipelineValue)
        };
        switch (m.pipeline) {
        case WellKnownOrgMetadata::Pipeline::IdentityEngine:
            result.status = CheckStatus::Pass;
            result.title = tr("Okta Identity Engine");
            result.detail = tr("%1 runs Okta Identity Engine, which Okta Device Trust requires.")
                                .arg(m_org.host());
            break;
        case WellKnownOrgMetadata::Pipeline::Classic:
            result.status = CheckStatus::Fail;
            result.title = tr("Classic Engine: migrate to Identity Engine first");
            result.detail = tr("%1 runs Okta Classic Engine. Okta Device Trust with Iru Endpoint "
                               "is built on Okta Identity Engine and cannot be set up on Classic.")
                                .arg(m_org.host());
            result.remediation = tr("Upgrade the org to Okta Identity Engine: in the Admin "
                                    "Console, open the OIE Upgrade Hub and follow the self-service "
                                    "upgrade (or ask Okta Support), then run this check again.");
            result.link = migrationLink;
            break;
        case WellKnownOrgMetadata::Pipeline::Unknown:
            result.status = CheckStatus::Error;
            result.title = tr("Unknown Okta engine \"%1\"").arg(m.pipelineValue);
            result.detail = tr("%1 reports the authentication pipeline \"%2\", which this "
                               "version does not know.")
                                .arg(m_org.host(), m.pipelineValue);
            result.remediation = tr("Check for a newer version of ODT Setup Assistant.");
            break;
        }
        Q_EMIT finished(result);
    });
}

} // namespace odt::okta
