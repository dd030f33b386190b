#include "controller/oktareadinesscontroller.h"

#include "controller/session.h"
#include "okta/checks/adaptivemfacheck.h"
#include "okta/checks/enrollmentpolicycheck.h"
#include "okta/checks/fastpasscheck.h"
#include "okta/checks/oktachecks.h"
#include "okta/checks/superadmincheck.h"
#include "okta/oktaclient.h"

namespace odt {

OktaReadinessController::OktaReadinessController(Session *session, QObject *parent)
    : ReadinessController(session, parent)
{
    // A new sign-in may answer differently; signing out leaves nothing to run with.
    connect(session, &Session::oktaClientChanged, this, &OktaReadinessController::inputsChanged);
    initState();
}

QString OktaReadinessController::pendingTitle(const QString &checkId)
{
    if (checkId == okta::SuperAdminCheck::checkId)
        return tr("Super Administrator role");
    if (checkId == okta::FastPassCheck::checkId)
        return tr("Okta FastPass");
    if (checkId == okta::AdaptiveMfaCheck::checkId)
        return tr("Okta Adaptive MFA");
    if (checkId == okta::EnrollmentPolicyCheck::checkId)
        return tr("Okta Verify enrollment policy");
    return tr("App sign-in policy requiring managed devices");
}

bool OktaReadinessController::canRun() const
{
    return session()->oktaClient() != nullptr;
}

QList<Check *> OktaReadinessController::createChecks()
{
    okta::OktaClient *client = session()->oktaClient();
    return okta::makeOktaChecks(client, client->org());
}

QString OktaReadinessController::notRunDetail() const
{
    return tr("Not checked: sign in again to run this check.");
}

QUrl OktaReadinessController::adminConsoleUrl() const
{
    const OrgUrl org = session()->oktaOrg();
    if (!org.isValid() || !OrgUrl::isOktaDomain(org.host()))
        return {};
    const QString host = org.host();
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    QUrl console;
    console.setScheme(QStringLiteral("https"));
    console.setHost(host.left(dot) + QStringLiteral("-admin") + host.mid(dot));
    console.setPath(QStringLiteral("/"));
    return console;
}

} // namespace odt
