#include "okta/checks/adaptivemfacheck.h"

namespace odt::okta {

AdaptiveMfaCheck::AdaptiveMfaCheck(OktaClient *client, const OrgUrl &org, QObject *parent)
    : OktaCheck(client, org, parent)
{ }

void AdaptiveMfaCheck::start()
{
    m_request
        = m_client->deviceIntegrations(this, [this](const OktaResult<QList<DeviceIntegration>> &r) {
              if (r.isOktaError("E0000015")) {
                  CheckResult c = result(CheckStatus::Fail, tr("Okta Adaptive MFA is missing"));
                  c.confidence = Confidence::Inferred;
                  c.detail = tr("Okta answered \"feature not enabled\" (E0000015) to the Device "
                                "Integrations API, which means the org lacks Okta Adaptive MFA. "
                                "Okta Device Trust needs it to add the device integration.");
                  c.remediation = tr("Ask your Okta account team to add Okta Adaptive MFA to the "
                                     "org. Once it is there, Security > Device integrations lets "
                                     "you add integrations; then run this check again.");
                  c.evidence = { errorEvidence(r.operation, r.error) };
                  Q_EMIT finished(c);
                  return;
              }
              if (!r.ok())
                  return finishWithError(tr("Could not probe for Okta Adaptive MFA"), r);
              CheckResult c = result(CheckStatus::Pass, tr("Okta Adaptive MFA is available"));
              c.confidence = Confidence::Inferred;
              c.detail = tr("The Device Integrations API answered, which it does only for orgs "
                            "with Okta Adaptive MFA. No Okta API reports the licence itself, so "
                            "this is inferred; confirm it in your Okta contract if in doubt.");
              c.confirmationPrompt = tr("Our Okta contract includes Okta Adaptive MFA.");
              c.evidence = { QStringLiteral("%1: HTTP 200, %2 device integration(s)")
                                 .arg(r.operation)
                                 .arg(r.value.size()) };
              Q_EMIT finished(c);
          });
}

} // namespace odt::okta
