#include "deploy/oktaverifysettingsprofile.h"

#include "deploy/endpointmanagement.h"
#include "deploy/oktaverifyids.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::OktaVerifySettingsProfile)
};

} // namespace

GeneratedProfile OktaVerifySettingsProfile::generate(const EndpointManagement &settings)
{
    // Okta documents the org URL without a scheme (acme.okta.com).
    const QVariantMap keys {
        { QStringLiteral("OktaVerify.OrgUrl"), settings.orgHost() },
        { QStringLiteral("OktaVerify.EnrollmentOptions"),
          QStringLiteral("SilentEnrollmentEnabled") },
    };
    ProfileBuilder builder(settings, QStringLiteral("okta-verify-settings-macos"),
                           Text::tr("Okta Device Trust: Okta Verify settings"),
                           Text::tr("Prefills your Okta org in Okta Verify and starts its "
                                    "enrollment on its own when an unregistered Mac signs in."));
    builder.addPayload(oktaverify::appBundleId(), QStringLiteral("app"), keys);
    builder.addPayload(oktaverify::extensionBundleId(), QStringLiteral("extension"), keys);
    return builder.build({ QStringLiteral("macOS") });
}

} // namespace odt::deploy
