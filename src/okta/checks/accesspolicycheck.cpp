#include "okta/checks/accesspolicycheck.h"

#include <algorithm>

namespace odt::okta {

namespace {

QString deviceCondition(const PolicyRule &rule)
{
    const QJsonObject device = rule.conditions.value(u"device").toObject();
    if (device.isEmpty())
        return QStringLiteral("no device condition");
    QStringList parts;
    for (const char *key : { "registered", "managed" }) {
        const QJsonValue value = device.value(QLatin1String(key));
        if (value.isBool())
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(key),
                                                     value.toBool() ? QStringLiteral("true")
                                                                    : QStringLiteral("false")));
    }
    return parts.isEmpty() ? QStringLiteral("no device condition") : parts.join(QLatin1Char(' '));
}

} // namespace

AccessPolicyCheck::AccessPolicyCheck(OktaClient *client, const OrgUrl &org, QObject *parent)
    : OktaCheck(client, org, parent)
{ }

bool AccessPolicyCheck::requiresManagedDevice(const PolicyRule &rule)
{
    const QJsonObject device = rule.conditions.value(u"device").toObject();
    return rule.status == QLatin1String("ACTIVE") && device.value(u"registered").toBool()
        && device.value(u"managed").toBool();
}

void AccessPolicyCheck::start()
{
    m_evidence.clear();
    m_policies.clear();
    m_request = m_client->policies(
        QStringLiteral("ACCESS_POLICY"), this, [this](const OktaResult<QList<Policy>> &r) {
            if (!r.ok())
                return finishWithError(tr("Could not read the app sign-in policies"), r);
            QStringList seen;
            for (const Policy &policy : r.value) {
                seen.append(QStringLiteral("\"%1\" %2").arg(policy.name, policy.status));
                if (policy.status == QLatin1String("ACTIVE"))
                    m_policies.append(policy);
            }
            m_evidence.append(QStringLiteral("%1: %2").arg(
                r.operation,
                seen.isEmpty() ? QStringLiteral("no policies") : seen.join(QStringLiteral(", "))));
            // The first rules Okta evaluates are the ones that matter most.
            std::stable_sort(
                m_policies.begin(), m_policies.end(),
                [](const Policy &a, const Policy &b) { return a.priority < b.priority; });
            readRules(0);
        });
}

void AccessPolicyCheck::readRules(qsizetype index)
{
    if (index >= m_policies.size())
        return finish(nullptr, nullptr);
    m_request = m_client->policyRules(
        m_policies.at(index).id, this, [this, index](const OktaResult<QList<PolicyRule>> &r) {
            if (!r.ok()) {
                CheckResult c = errorResult(tr("Could not read the app sign-in policy rules"),
                                            r.error, r.operation, r.scope);
                c.evidence = m_evidence + c.evidence;
                Q_EMIT finished(c);
                return;
            }
            QStringList rules;
            const PolicyRule *match = nullptr;
            for (const PolicyRule &rule : r.value) {
                rules.append(QStringLiteral("\"%1\" %2 %3")
                                 .arg(rule.name, rule.status, deviceCondition(rule)));
                if (!match && requiresManagedDevice(rule))
                    match = &rule;
            }
            m_evidence.append(QStringLiteral("%1: %2").arg(
                r.operation,
                rules.isEmpty() ? QStringLiteral("no rules") : rules.join(QStringLiteral(", "))));
            if (match)
                return finish(&m_policies.at(index), match);
            readRules(index + 1);
        });
}

void AccessPolicyCheck::finish(const Policy *policy, const PolicyRule *rule)
{
    CheckResult c;
    if (policy && rule) {
        c = result(CheckStatus::Pass, tr("An app sign-in policy requires managed devices"));
        c.detail = tr("The rule \"%1\" of the app sign-in policy \"%2\" requires a registered and "
                      "managed device.")
                       .arg(rule->name, policy->name);
    } else {
        c = result(CheckStatus::Warn, tr("No app sign-in policy requires managed devices"));
        c.detail = tr("No active rule of an active app sign-in policy requires a registered and "
                      "managed device. Okta Device Trust tells Okta which devices Iru Endpoint "
                      "manages, but until a rule uses that, unmanaged devices still sign in to "
                      "every app.");
        c.remediation = tr("In the Admin Console, open Security > Authentication Policies, "
                           "choose the policy of the apps to protect, and add a rule with Device "
                           "state: Registered and Device management: Managed, above the "
                           "catch-all rule. Try it with a pilot group first.");
    }
    c.evidence = m_evidence;
    Q_EMIT finished(c);
}

} // namespace odt::okta
