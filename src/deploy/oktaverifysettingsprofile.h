#pragma once

#include "deploy/generatedprofile.h"

namespace odt::deploy {

// macOS: Okta Verify's managed settings (org URL, silent enrollment), written to both of its
// preference domains as Okta asks, each as a payload whose type is the domain.
class OktaVerifySettingsProfile
{
public:
    static GeneratedProfile generate(const EndpointManagement &settings);
};

} // namespace odt::deploy
