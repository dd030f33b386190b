#pragma once

#include "okta/checks/oktacheck.h"

namespace odt::okta {

// okta.accessPolicy: Okta Device Trust only protects anything once an app sign-in policy
// (ACCESS_POLICY) has an active rule requiring a registered and managed device; without one,
// unmanaged devices still reach every app. A warning: the rule usually comes after a pilot.
class AccessPolicyCheck : public OktaCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("okta.accessPolicy");

    AccessPolicyCheck(OktaClient *client, const OrgUrl &org, QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;

    static bool requiresManagedDevice(const PolicyRule &rule);

private:
    // Reads the rules of the active policies one at a time, stopping at the first match.
    void readRules(qsizetype index);
    void finish(const Policy *policy, const PolicyRule *rule);

    QList<Policy> m_policies;
    QStringList m_evidence;
};

} // namespace odt::okta
