#pragma once

#include "deploy/generatedprofile.h"

#include <optional>

namespace odt::deploy {

// iPhone and iPad: Okta Verify's managed app configuration (org URL and managementHint). It rides
// on the App Store app in the MDM, which Iru Endpoint's public API cannot edit, so the admin
// pastes it and confirms; std::nullopt without the iOS secret key.
class AppConfigGenerator
{
public:
    static std::optional<GeneratedAppConfig> generate(const EndpointManagement &settings);
};

} // namespace odt::deploy
