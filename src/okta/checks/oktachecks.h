#pragma once

#include "core/check.h"
#include "core/orgurl.h"

#include <QList>

namespace odt::okta {

class OktaClient;

struct OktaCheckOptions
{
    // The signed-in admin's user id when the sign-in named it (saves GET /users/me).
    QString userId;
};

// Every Okta readiness check that needs a credential, in report order. The engine check
// (okta.engine) needs none and is added separately. The caller owns the checks (or `parent`).
QList<Check *> makeOktaChecks(OktaClient *client, const OrgUrl &org,
                              const OktaCheckOptions &options = {}, QObject *parent = nullptr);

} // namespace odt::okta
