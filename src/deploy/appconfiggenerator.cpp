#include "deploy/appconfiggenerator.h"

#include "deploy/endpointmanagement.h"

namespace odt::deploy {

std::optional<GeneratedAppConfig> AppConfigGenerator::generate(const EndpointManagement &settings)
{
    if (!settings.hasIosSecretKey())
        return std::nullopt;
    const QVariantMap config {
        { QStringLiteral("OktaVerify.OrgUrl"), settings.orgHost() },
        { QStringLiteral("managementHint"), settings.iosSecretKey() },
    };
    return GeneratedAppConfig { QStringLiteral("okta-verify-appconfig-ios"),
                                { QStringLiteral("iOS"), QStringLiteral("iPadOS") },
                                config };
}

} // namespace odt::deploy
