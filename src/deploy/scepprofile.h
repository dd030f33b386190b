#pragma once

#include "deploy/generatedprofile.h"

#include <optional>

namespace odt::deploy {

// macOS: the certificate Okta's CA issues for management attestation, requested over static
// SCEP, plus the Okta CA itself (com.apple.security.root) when the admin supplied it. Dynamic
// SCEP cannot live in a static profile (each device needs a fresh challenge), so there the MDM's
// own SCEP item is used and only the CA, if given, becomes a profile.
class ScepProfile
{
public:
    static std::optional<GeneratedProfile> generate(const EndpointManagement &settings);
    static std::optional<GeneratedProfile> generateCaOnly(const EndpointManagement &settings);
};

} // namespace odt::deploy
