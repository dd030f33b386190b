#pragma once

#include "deploy/generatedprofile.h"

#include <optional>

namespace odt::deploy {

// The Extensible SSO payload that hands Okta sign-ins in Safari and apps to Okta Verify (no
// "Open Okta Verify" prompt): Credential type, realm "Okta Device", the org's hosts. On iPhone
// and iPad it also carries the managementHint that marks the device as managed.
class SsoExtensionProfile
{
public:
    static GeneratedProfile generateMac(const EndpointManagement &settings);
    // std::nullopt without the iOS secret key: without managementHint the payload would register
    // iPhones and iPads as not managed.
    static std::optional<GeneratedProfile> generateIos(const EndpointManagement &settings);
};

} // namespace odt::deploy
