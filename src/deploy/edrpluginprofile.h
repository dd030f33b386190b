#pragma once

#include "deploy/generatedprofile.h"

#include <optional>

namespace odt::deploy {

// macOS, optional and separate from ODT: tells Okta Verify where an EDR agent leaves its
// zero-trust assessment (CrowdStrike Falcon ZTA), in both of Okta Verify's preference domains.
class EdrPluginProfile
{
public:
    static std::optional<GeneratedProfile> generate(const EndpointManagement &settings);
};

} // namespace odt::deploy
