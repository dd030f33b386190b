#pragma once

#include "deploy/generatedprofile.h"

namespace odt::deploy {

// macOS: starts Okta Verify at login (FastPass in Chrome needs it running) and, on macOS 13+,
// a managed login-item rule on Okta Verify's team so users cannot switch it off.
class LoginItemProfile
{
public:
    static GeneratedProfile generate(const EndpointManagement &settings);
};

} // namespace odt::deploy
