#pragma once

#include "sandbox/sandboxhttp.h"

#include <QStringList>

namespace odt::sandbox {

// Okta's two error shapes, with status codes and summaries read from Okta's own error catalogs
// (resources/sandbox/okta/*.json, copied from okta-developer-docs 2026.08.1):
// management APIs: {"errorCode","errorSummary","errorLink","errorId","errorCauses"};
// OAuth endpoints: {"error","error_description"}.
namespace oktaerrors {

// E00000xx: status and summary from the catalog; `summaryArgument` fills "{0}" when present.
SandboxResponse apiError(const QString &errorCode, const QString &summaryArgument = {},
                         const QStringList &causes = {});
// OAuth: `internalCode` as in the catalog (e.g. "pkce_verification_failed",
// "authorization_pending"); `description` overrides the catalog's text.
SandboxResponse oauthError(const QString &internalCode, const QString &description = {});

int apiStatus(const QString &errorCode);

} // namespace oktaerrors
} // namespace odt::sandbox
