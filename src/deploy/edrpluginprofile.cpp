#include "deploy/edrpluginprofile.h"

#include "deploy/endpointmanagement.h"
#include "deploy/oktaverifyids.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::EdrPluginProfile)
};

} // namespace

std::optional<GeneratedProfile> EdrPluginProfile::generate(const EndpointManagement &settings)
{
    if (settings.edrPlugin() != EndpointManagement::EdrPlugin::CrowdStrike)
        return std::nullopt;
    const QString plugin = QStringLiteral("com.crowdstrike.zta");
    const QVariantMap keys {
        { QStringLiteral("OktaVerify.Plugins"), QVariantList { plugin } },
        { plugin,
          QVariantMap {
              { QStringLiteral("name"), plugin },
              { QStringLiteral("description"),
                QStringLiteral("File based EDR integration between Okta Verify and the "
                               "CrowdStrike Falcon agent.") },
              { QStringLiteral("location"),
                QStringLiteral("/Library/Application Support/Crowdstrike/ZeroTrustAssessment/"
                               "data.zta") },
              { QStringLiteral("format"), QStringLiteral("JWT") },
              { QStringLiteral("type"), QStringLiteral("file") },
          } },
    };
    ProfileBuilder builder(settings, QStringLiteral("okta-verify-edr-crowdstrike-macos"),
                           Text::tr("Okta Verify: CrowdStrike EDR plugin"),
                           Text::tr("Lets Okta Verify read CrowdStrike Falcon's Zero Trust "
                                    "Assessment for device assurance policies."));
    builder.addPayload(oktaverify::appBundleId(), QStringLiteral("app"), keys);
    builder.addPayload(oktaverify::extensionBundleId(), QStringLiteral("extension"), keys);
    return builder.build({ QStringLiteral("macOS") });
}

} // namespace odt::deploy
