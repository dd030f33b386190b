#include "okta/signin/signinlogging.h"

namespace odt::okta {
Q_LOGGING_CATEGORY(lcSignIn, "odt.okta.signin", QtInfoMsg)
}
