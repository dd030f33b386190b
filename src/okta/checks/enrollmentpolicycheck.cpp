#include "okta/checks/enrollmentpolicycheck.h"

#include <QJsonArray>

namespace odt::okta {

namespace {

// The policy's Okta Verify enrollment setting: okta_verify, or with the flexible Okta Verify
// configuration (where policies can no longer name okta_verify) okta_verify_fastpass.
QString oktaVerifyEnrollment(const Policy &policy, QString *key)
{
    const QJsonArray authenticators = policy.settings.value(u"authenticators").toArray();
    QString found;
    for (const QJsonValue &value : authenticators) {
        const QJsonObject entry = value.toObject();
        const QString entryKey = entry.value(u"key").toString();
        if (entryKey != QLatin1String("okta_verify")
            && entryKey != QLatin1String("okta_verify_fastpass"))
            continue;
        const QString self = entry.value(u"enroll").toObject().value(u"self").toString();
        // A policy naming both keys allows enrollment when either does.
        if (found.isEmpty() || self == QLatin1String("REQUIRED")
            || (self == QLatin1String("OPTIONAL") && found != QLatin1String("REQUIRED"))) {
            found = self;
            *key = entryKey;
        }
    }
    return found;
}

bool allows(const QString &enrollment)
{
    return enrollment == QLatin1String("OPTIONAL") || enrollment == QLatin1String("REQUIRED");
}

} // namespace

EnrollmentPolicyCheck::EnrollmentPolicyCheck(OktaClient *client, const OrgUrl &org, QObject *parent)
    : OktaCheck(client, org, parent)
{ }

void EnrollmentPolicyCheck::start()
{
    m_request = m_client->policies(
        QStringLiteral("MFA_ENROLL"), this, [this](const OktaResult<QList<Policy>> &r) {
            if (!r.ok())
                return finishWithError(tr("Could not read the authenticator enrollment policies"),
                                       r);
            QStringList evidence;
            const Policy *allowing = nullptr;
            QString allowingValue;
            for (const Policy &policy : r.value) {
                QString key = QStringLiteral("okta_verify");
                const QString enrollment = oktaVerifyEnrollment(policy, &key);
                evidence.append(
                    QStringLiteral("%1: \"%2\" %3 %4=%5")
                        .arg(r.operation, policy.name, policy.status, key,
                             enrollment.isEmpty() ? QStringLiteral("absent") : enrollment));
                if (!allowing && policy.status == QLatin1String("ACTIVE") && allows(enrollment)) {
                    allowing = &policy;
                    allowingValue = enrollment;
                }
            }
            if (evidence.isEmpty())
                evidence.append(QStringLiteral("%1: no policies").arg(r.operation));

            CheckResult c;
            if (allowing) {
                c = result(CheckStatus::Pass, tr("Users can enroll Okta Verify"));
                c.detail = tr("The authenticator enrollment policy \"%1\" makes Okta Verify %2.")
                               .arg(allowing->name,
                                    allowingValue == QLatin1String("REQUIRED") ? tr("required")
                                                                               : tr("optional"));
            } else {
                c = result(CheckStatus::Warn, tr("No enrollment policy offers Okta Verify"));
                c.detail = tr("No active authenticator enrollment policy makes Okta Verify "
                              "optional or required, so users cannot enroll it. Devices "
                              "register for Okta Device Trust by enrolling Okta Verify, so "
                              "none would.");
                c.remediation = tr("In the Admin Console, open Security > Authenticators > "
                                   "Enrollment, edit the policy that covers your users, set Okta "
                                   "Verify to Optional or Required, and save.");
            }
            c.evidence = evidence;
            Q_EMIT finished(c);
        });
}

} // namespace odt::okta
