#pragma once

#include <QLoggingCategory>

namespace odt::okta {
// Sign-in progress: user ids, client ids and redirect URIs, never a code, token or password.
Q_DECLARE_LOGGING_CATEGORY(lcSignIn)
} // namespace odt::okta
