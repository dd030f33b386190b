#include "okta/checks/oktachecks.h"

#include "okta/checks/accesspolicycheck.h"
#include "okta/checks/adaptivemfacheck.h"
#include "okta/checks/enrollmentpolicycheck.h"
#include "okta/checks/fastpasscheck.h"
#include "okta/checks/superadmincheck.h"

namespace odt::okta {

QList<Check *> makeOktaChecks(OktaClient *client, const OrgUrl &org,
                              const OktaCheckOptions &options, QObject *parent)
{
    return {
        new SuperAdminCheck(client, org, options.userId, parent),
        new FastPassCheck(client, org, parent),
        new AdaptiveMfaCheck(client, org, parent),
        new EnrollmentPolicyCheck(client, org, parent),
        new AccessPolicyCheck(client, org, parent),
    };
}

} // namespace odt::okta
