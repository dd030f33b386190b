#include "deploy/scepprofile.h"

#include "deploy/endpointmanagement.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::ScepProfile)
};

QVariantMap rootPayload(const EndpointManagement &settings)
{
    return {
        { QStringLiteral("PayloadContent"), settings.oktaCaDer() },
        { QStringLiteral("PayloadCertificateFileName"), QStringLiteral("okta-ca.cer") },
    };
}

QVariantList subject(const QString &commonName)
{
    const QVariantList pair { QStringLiteral("CN"), commonName };
    const QVariantList rdn { QVariant(pair) };
    return { QVariant(rdn) };
}

} // namespace

std::optional<GeneratedProfile> ScepProfile::generate(const EndpointManagement &settings)
{
    if (settings.scepMode() != EndpointManagement::ScepMode::Static)
        return std::nullopt;
    // Okta's recommended values: a 2048-bit key for digital signature only, never exportable,
    // usable by Okta Verify (AllowAllAppsAccess).
    const QVariantMap scep {
        { QStringLiteral("URL"), settings.scepUrl().toString() },
        { QStringLiteral("Name"), QStringLiteral("Okta management attestation") },
        { QStringLiteral("Subject"), subject(settings.scepSubjectName()) },
        { QStringLiteral("Challenge"), settings.scepChallenge() },
        { QStringLiteral("Keysize"), 2048 },
        { QStringLiteral("Key Type"), QStringLiteral("RSA") },
        { QStringLiteral("Key Usage"), 1 },
        { QStringLiteral("KeyIsExtractable"), false },
        { QStringLiteral("AllowAllAppsAccess"), true },
    };
    ProfileBuilder builder(settings, QStringLiteral("okta-scep-macos"),
                           Text::tr("Okta Device Trust: management attestation certificate"),
                           Text::tr("Requests the certificate from Okta's CA that proves to Okta "
                                    "this Mac is managed. Okta's CA does not renew: push the "
                                    "profile again before the certificate expires."));
    builder.addPayload(QStringLiteral("com.apple.security.scep"), QStringLiteral("scep"),
                       { { QStringLiteral("PayloadContent"), scep } });
    if (!settings.oktaCaDer().isEmpty())
        builder.addPayload(QStringLiteral("com.apple.security.root"), QStringLiteral("okta-ca"),
                           rootPayload(settings));
    return builder.build({ QStringLiteral("macOS") });
}

std::optional<GeneratedProfile> ScepProfile::generateCaOnly(const EndpointManagement &settings)
{
    if (settings.scepMode() == EndpointManagement::ScepMode::Static
        || settings.oktaCaDer().isEmpty())
        return std::nullopt;
    ProfileBuilder builder(settings, QStringLiteral("okta-ca-macos"),
                           Text::tr("Okta Device Trust: Okta CA certificate"),
                           Text::tr("Makes Macs trust the certificate authority of your Okta "
                                    "org."));
    builder.addPayload(QStringLiteral("com.apple.security.root"), QStringLiteral("okta-ca"),
                       rootPayload(settings));
    return builder.build({ QStringLiteral("macOS") });
}

} // namespace odt::deploy
