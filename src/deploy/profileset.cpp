#include "deploy/profileset.h"

#include "deploy/appconfiggenerator.h"
#include "deploy/edrpluginprofile.h"
#include "deploy/endpointmanagement.h"
#include "deploy/loginitemprofile.h"
#include "deploy/oktaverifysettingsprofile.h"
#include "deploy/scepprofile.h"
#include "deploy/ssoextensionprofile.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::ProfileSet)
};

} // namespace

ProfileSet ProfileSet::generate(const EndpointManagement &settings)
{
    ProfileSet set;
    if (const auto scep = ScepProfile::generate(settings)) {
        set.profiles.append(*scep);
    } else {
        set.omissions.append(
            { Text::tr("macOS SCEP certificate profile"),
              Text::tr("Dynamic SCEP: each Mac needs its own challenge, which a static profile "
                       "cannot carry. Create the SCEP item in your MDM from Okta's SCEP URL, "
                       "challenge URL, user name and password.") });
        if (const auto ca = ScepProfile::generateCaOnly(settings))
            set.profiles.append(*ca);
    }
    set.profiles.append(OktaVerifySettingsProfile::generate(settings));
    set.profiles.append(LoginItemProfile::generate(settings));
    set.profiles.append(SsoExtensionProfile::generateMac(settings));
    if (const auto ios = SsoExtensionProfile::generateIos(settings))
        set.profiles.append(*ios);
    if (const auto appConfig = AppConfigGenerator::generate(settings)) {
        set.appConfigs.append(*appConfig);
    } else {
        set.omissions.append(
            { Text::tr("iPhone and iPad SSO extension and Okta Verify app configuration"),
              Text::tr("No iOS/iPadOS secret key was given. Okta shows it when you add the iOS "
                       "platform under Endpoint management; without it, iPhones and iPads "
                       "register as not managed.") });
    }
    if (const auto edr = EdrPluginProfile::generate(settings))
        set.profiles.append(*edr);
    if (settings.oktaCaDer().isEmpty())
        set.omissions.append(
            { Text::tr("Okta CA certificate"),
              Text::tr("No CA certificate was given. Macs need to trust it only when your MDM "
                       "or network checks the chain; add it with --okta-ca when in doubt.") });
    return set;
}

} // namespace odt::deploy
