#include "okta/checks/superadmincheck.h"

namespace odt::okta {

SuperAdminCheck::SuperAdminCheck(OktaClient *client, const OrgUrl &org, const QString &userId,
                                 QObject *parent)
    : OktaCheck(client, org, parent)
    , m_userId(userId)
{ }

void SuperAdminCheck::start()
{
    if (!m_userId.isEmpty()) {
        readRoles(m_userId, m_userId, {});
        return;
    }
    m_request = m_client->usersMe(this, [this](const OktaResult<OktaUser> &me) {
        if (!me.ok())
            return finishWithError(tr("Could not tell who the credential belongs to"), me);
        const QString evidence
            = QStringLiteral("%1: id=%2 login=%3").arg(me.operation, me.value.id, me.value.login);
        readRoles(me.value.id, me.value.login.isEmpty() ? me.value.id : me.value.login,
                  { evidence });
    });
}

void SuperAdminCheck::readRoles(const QString &userId, const QString &who,
                                const QStringList &evidence)
{
    m_request = m_client->userRoles(
        userId, this, [this, who, evidence](const OktaResult<QList<OktaRole>> &roles) {
            if (!roles.ok()) {
                CheckResult r = errorResult(tr("Could not read the admin roles of %1").arg(who),
                                            roles.error, roles.operation, roles.scope);
                r.evidence = evidence + r.evidence;
                Q_EMIT finished(r);
                return;
            }
            QStringList found; // evidence: TYPE STATUS
            QStringList named; // detail: Label (TYPE, status)
            const OktaRole *super = nullptr;
            for (const OktaRole &role : roles.value) {
                found.append(role.type + QLatin1Char(' ') + role.status);
                named.append(QStringLiteral("%1 (%2, %3)")
                                 .arg(role.label, role.type, role.status.toLower()));
                if (!super && role.type == QLatin1String("SUPER_ADMIN")
                    && role.status == QLatin1String("ACTIVE"))
                    super = &role;
            }
            CheckResult r;
            if (super) {
                r = result(CheckStatus::Pass, tr("Signed in as a Super Administrator"));
                r.detail = tr("%1 holds the Super Administrator role (assigned: %2), which adding "
                              "the API service integration and granting its scopes needs.")
                               .arg(who, super->assignmentType.toLower());
            } else {
                r = result(CheckStatus::Fail, tr("Not a Super Administrator"));
                r.detail
                    = (named.isEmpty() ? tr("%1 has no admin role.").arg(who)
                                       : tr("%1 has %2, but no active Super Administrator role.")
                                             .arg(who, named.join(QStringLiteral(", "))))
                    + QLatin1Char(' ')
                    + tr("Only a Super Administrator can add the API service integration "
                         "and grant its Okta API scopes.");
                r.remediation = tr("In the Admin Console, open Security > Administrators and "
                                   "assign (or activate) the Super Administrator role for %1, "
                                   "or run the set-up as another Super Administrator.")
                                    .arg(who);
            }
            r.evidence = evidence;
            r.evidence.append(QStringLiteral("%1: %2").arg(
                roles.operation,
                found.isEmpty() ? QStringLiteral("no roles") : found.join(QStringLiteral(", "))));
            Q_EMIT finished(r);
        });
}

} // namespace odt::okta
