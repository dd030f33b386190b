#include "deploy/ssoextensionprofile.h"

#include "deploy/endpointmanagement.h"
#include "deploy/oktaverifyids.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::SsoExtensionProfile)
};

QVariantMap ssoKeys(const EndpointManagement &settings)
{
    return {
        { QStringLiteral("ExtensionIdentifier"), oktaverify::extensionBundleId() },
        { QStringLiteral("TeamIdentifier"), oktaverify::teamIdentifier() },
        { QStringLiteral("Type"), QStringLiteral("Credential") },
        { QStringLiteral("Realm"), QStringLiteral("Okta Device") },
        { QStringLiteral("Hosts"), settings.signInHosts() },
    };
}

QString description()
{
    return Text::tr("Lets Okta Verify answer Okta sign-ins in Safari and apps without the "
                    "\"Open Okta Verify\" prompt. Chrome and Firefox do not use it.");
}

} // namespace

GeneratedProfile SsoExtensionProfile::generateMac(const EndpointManagement &settings)
{
    ProfileBuilder builder(settings, QStringLiteral("okta-sso-extension-macos"),
                           Text::tr("Okta Device Trust: SSO extension"), description());
    builder.addPayload(QStringLiteral("com.apple.extensiblesso"), QStringLiteral("sso"),
                       ssoKeys(settings));
    return builder.build({ QStringLiteral("macOS") });
}

std::optional<GeneratedProfile> SsoExtensionProfile::generateIos(const EndpointManagement &settings)
{
    if (!settings.hasIosSecretKey())
        return std::nullopt;
    QVariantMap keys = ssoKeys(settings);
    keys.remove(QStringLiteral("TeamIdentifier")); // iOS ignores it; Apple's schema: macOS only
    keys.insert(QStringLiteral("ExtensionData"),
                QVariantMap { { QStringLiteral("managementHint"), settings.iosSecretKey() } });
    ProfileBuilder builder(settings, QStringLiteral("okta-sso-extension-ios"),
                           Text::tr("Okta Device Trust: SSO extension"), description());
    builder.addPayload(QStringLiteral("com.apple.extensiblesso"), QStringLiteral("sso"), keys);
    return builder.build({ QStringLiteral("iOS"), QStringLiteral("iPadOS") });
}

} // namespace odt::deploy
