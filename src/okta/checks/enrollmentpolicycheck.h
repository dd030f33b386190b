#pragma once

#include "okta/checks/oktacheck.h"

namespace odt::okta {

// okta.enrollmentPolicy: users can only enroll Okta Verify (and so register devices for Okta
// Device Trust) when an active authenticator enrollment policy (MFA_ENROLL) makes it OPTIONAL or
// REQUIRED. A warning, not a blocker: the set-up works, but no one can use it yet.
class EnrollmentPolicyCheck : public OktaCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("okta.enrollmentPolicy");

    EnrollmentPolicyCheck(OktaClient *client, const OrgUrl &org, QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;
};

} // namespace odt::okta
