#pragma once

#include "okta/checks/oktacheck.h"

namespace odt::okta {

// okta.adaptiveMfa: the device integration Okta Device Trust adds needs Okta Adaptive MFA. No
// Okta API reports the licence, so the Device Integrations API is the probe: "feature not
// enabled" (E0000015) means it is missing, an answer means it is there. Both are inferences;
// the wizard records `confirmed` once the admin confirms it.
class AdaptiveMfaCheck : public OktaCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("okta.adaptiveMfa");

    AdaptiveMfaCheck(OktaClient *client, const OrgUrl &org, QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;
};

} // namespace odt::okta
