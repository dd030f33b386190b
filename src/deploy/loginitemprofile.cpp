#include "deploy/loginitemprofile.h"

#include "deploy/oktaverifyids.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::LoginItemProfile)
};

} // namespace

GeneratedProfile LoginItemProfile::generate(const EndpointManagement &settings)
{
    const QVariantMap item {
        { QStringLiteral("Path"), oktaverify::macAppPath() },
        { QStringLiteral("Hide"), false },
    };
    const QVariantMap rule {
        { QStringLiteral("RuleType"), QStringLiteral("TeamIdentifier") },
        { QStringLiteral("RuleValue"), oktaverify::teamIdentifier() },
        { QStringLiteral("Comment"), QStringLiteral("Okta Verify (Okta, Inc.)") },
    };
    ProfileBuilder builder(settings, QStringLiteral("okta-verify-login-item-macos"),
                           Text::tr("Okta Device Trust: Okta Verify login item"),
                           Text::tr("Starts Okta Verify at login and keeps users from turning "
                                    "that off (macOS 13 and later)."));
    builder.addPayload(
        QStringLiteral("com.apple.loginitems.managed"), QStringLiteral("login-item"),
        { { QStringLiteral("AutoLaunchedApplicationDictionary-managed"), QVariantList { item } } });
    builder.addPayload(QStringLiteral("com.apple.servicemanagement"),
                       QStringLiteral("managed-login-item"),
                       { { QStringLiteral("Rules"), QVariantList { rule } } });
    return builder.build({ QStringLiteral("macOS") });
}

} // namespace odt::deploy
