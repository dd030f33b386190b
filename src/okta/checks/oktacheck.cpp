#include "okta/checks/oktacheck.h"

namespace odt::okta {

OktaCheck::OktaCheck(OktaClient *client, const OrgUrl &org, QObject *parent)
    : Check(parent)
    , m_client(client)
    , m_org(org)
{ }

CheckResult OktaCheck::result(CheckStatus status, const QString &title) const
{
    CheckResult r;
    r.id = id();
    r.status = status;
    r.title = title;
    r.confidence = Confidence::Verified;
    return r;
}

QString OktaCheck::errorEvidence(const QString &operation, const net::NetError &error)
{
    if (error.httpStatus == 0)
        return QStringLiteral("%1: %2").arg(
            operation, error.technical.isEmpty() ? error.message : error.technical);
    QString evidence = QStringLiteral("%1: HTTP %2").arg(operation).arg(error.httpStatus);
    if (!error.serviceCode.isEmpty())
        evidence += QLatin1Char(' ') + error.serviceCode;
    return evidence;
}

CheckResult OktaCheck::errorResult(const QString &title, const net::NetError &error,
                                   const QString &operation, const QString &scope) const
{
    CheckResult r = result(CheckStatus::Error, title);
    r.evidence = { errorEvidence(operation, error) };
    if (error.httpStatus == 403 && !scope.isEmpty()) {
        r.evidence.first() += QStringLiteral(" (needs %1)").arg(scope);
        if (m_client->credentialKind() == OktaCredential::Kind::ApiToken) {
            // An API token carries its creator's admin role instead of scopes.
            r.detail = tr("Okta refused %1 (HTTP 403): an API token acts with the admin role "
                          "of whoever created it, and that role does not allow this (a sign-in "
                          "would need the scope %2), so the result is unknown.")
                           .arg(operation, scope);
            r.remediation = tr("Create the API token as a Super Administrator (Security > "
                               "API > Tokens), then run the check again.");
        } else {
            r.detail = tr("Okta refused %1 (HTTP 403): the sign-in did not grant the scope %2, "
                          "or the signed-in admin's role does not allow it, so the result is "
                          "unknown.")
                           .arg(operation, scope);
            r.remediation = tr("In the Admin Console, open Applications > Applications > ODT "
                               "Setup Assistant > Okta API Scopes and grant %1; then sign in "
                               "again as a Super Administrator.")
                                .arg(scope);
        }
        return r;
    }
    r.detail = error.message;
    r.remediation = tr("Check the network and the credential, then run the check again.");
    return r;
}

} // namespace odt::okta
