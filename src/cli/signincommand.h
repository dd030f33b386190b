#pragma once

#include <QStringList>

namespace odt::cli {

// `odt-setup signin`: signs an admin in to Okta (browser with PKCE, or the device grant), verifies
// the ID token and prints who signed in and their admin roles. Exit codes: 0 signed in, 3 not.
// Nothing is written to disk: the tokens die with the process.
class SigninCommand
{
public:
    // `arguments` starts with "signin". Runs the event loop until the sign-in ends.
    int run(const QStringList &arguments);
};

} // namespace odt::cli
