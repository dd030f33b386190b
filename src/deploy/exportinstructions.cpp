#include "deploy/exportinstructions.h"

#include "deploy/endpointmanagement.h"
#include "deploy/profileset.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::ExportInstructions)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString item(const QString &html)
{
    return QStringLiteral("<li>") + html + QStringLiteral("</li>\n");
}

} // namespace

ExportInstructions::ExportInstructions(const EndpointManagement &settings, const ProfileSet &set,
                                       const QString &signerName)
    : m_settings(settings)
    , m_set(set)
    , m_signerName(signerName)
{ }

QString ExportInstructions::purpose(const QString &kind) const
{
    if (kind == QLatin1String("okta-scep-macos"))
        return Text::tr("Requests the management-attestation certificate from Okta's CA (static "
                        "SCEP). Okta's CA does not renew certificates: push this profile again "
                        "before they expire.");
    if (kind == QLatin1String("okta-ca-macos"))
        return Text::tr("Makes Macs trust your Okta org's certificate authority.");
    if (kind == QLatin1String("okta-verify-settings-macos"))
        return Text::tr("Okta Verify settings in both of its preference domains: the org URL "
                        "and silent enrollment.");
    if (kind == QLatin1String("okta-verify-login-item-macos"))
        return Text::tr("Starts Okta Verify at login; on macOS 13 and later users cannot switch "
                        "it off. Needs user-approved MDM.");
    if (kind == QLatin1String("okta-sso-extension-macos")
        || kind == QLatin1String("okta-sso-extension-ios"))
        return Text::tr("SSO extension: Okta Verify answers sign-ins in Safari and apps without "
                        "a prompt. Chrome and Firefox do not use it. Needs MDM (cannot be "
                        "installed by hand).");
    if (kind == QLatin1String("okta-verify-edr-crowdstrike-macos"))
        return Text::tr("Optional: lets Okta Verify read CrowdStrike Falcon's Zero Trust "
                        "Assessment. Separate from ODT; does not change the other profiles.");
    return {};
}

QByteArray ExportInstructions::html() const
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>")
        + esc(Text::tr("Okta Device Trust profiles for %1").arg(m_settings.orgHost()))
        + QStringLiteral("</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60em;"
                         "margin:2em auto;line-height:1.45}table{border-collapse:collapse}"
                         "td,th{border:1px solid #999;padding:.3em .6em;text-align:left;"
                         "vertical-align:top}code{font-size:.95em}.warn{border-left:4px solid "
                         "#c60;padding-left:.8em}</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>")
        + esc(Text::tr("Okta Device Trust profiles for %1").arg(m_settings.orgHost()))
        + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p>")
        + esc(m_signerName.isEmpty()
                  ? Text::tr("The profiles are not signed. Most MDMs sign profiles themselves "
                             "when they deliver them.")
                  : Text::tr("Every profile is signed (CMS, SHA-256) by \"%1\".").arg(m_signerName))
        + QStringLiteral("</p>\n");
    out += QStringLiteral("<p class=\"warn\">")
        + esc(Text::tr("These files contain secrets from Okta (the SCEP secret key, the iOS "
                       "managementHint). Keep them like passwords and delete them once they are "
                       "uploaded."))
        + QStringLiteral("</p>\n");

    out += QStringLiteral("<h2>") + esc(Text::tr("1. In Okta's Admin Console"))
        + QStringLiteral("</h2>\n<ol>\n");
    out += item(esc(Text::tr("Security → Device integrations → Endpoint management → Add "
                             "platform → Desktop (macOS): use Okta as certificate authority and "
                             "choose the SCEP URL challenge type (dynamic is Okta's "
                             "recommendation).")));
    out += item(esc(Text::tr("Add platform → Mobile (iOS/iPadOS) and copy the secret key: it is "
                             "the managementHint of the iPhone and iPad files.")));
    out += item(esc(Text::tr("Copy the values at once: Okta shows the secret key and the SCEP "
                             "password only when they are created.")));
    out += QStringLiteral("</ol>\n");

    out += QStringLiteral("<h2>") + esc(Text::tr("2. Upload to your MDM"))
        + QStringLiteral("</h2>\n<p>")
        + esc(Text::tr("Iru Endpoint: Library → Add new → Custom Profile, one per file, assigned "
                       "to the Blueprints of the devices in scope. Jamf Pro: Configuration "
                       "Profiles → Upload. Intune: Devices → Configuration → Create → Templates "
                       "→ Custom. Other MDMs: upload as a custom configuration profile."))
        + QStringLiteral("</p>\n<table>\n<tr><th>") + esc(Text::tr("File"))
        + QStringLiteral("</th><th>") + esc(Text::tr("Platforms")) + QStringLiteral("</th><th>")
        + esc(Text::tr("What it does")) + QStringLiteral("</th></tr>\n");
    for (const GeneratedProfile &profile : m_set.profiles) {
        out += QStringLiteral("<tr><td><code>") + esc(profile.fileName())
            + QStringLiteral("</code></td><td>") + esc(profile.platforms.join(QStringLiteral(", ")))
            + QStringLiteral("</td><td>") + esc(purpose(profile.kind))
            + QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</table>\n");
    if (m_settings.scepMode() == EndpointManagement::ScepMode::Dynamic) {
        out += QStringLiteral("<p>")
            + esc(Text::tr("Dynamic SCEP: create the SCEP certificate in your MDM (Iru Endpoint: "
                           "Library → Add new → SCEP) with Okta's SCEP URL, challenge URL, user "
                           "name and password; key size 2048, usage: signing only, not "
                           "extractable, all apps may access it; subject for example \"%1\".")
                      .arg(m_settings.scepSubjectName()));
        if (m_settings.hasDynamicScepValues())
            out += QStringLiteral(" ")
                + esc(Text::tr("SCEP URL: %1 — challenge URL: %2 — user name: %3 (the password "
                               "is not written here).")
                          .arg(m_settings.scepUrl().toString(),
                               m_settings.challengeUrl().toString(), m_settings.scepUsername()));
        out += QStringLiteral("</p>\n");
    }

    if (!m_set.appConfigs.isEmpty()) {
        out += QStringLiteral("<h2>")
            + esc(Text::tr("3. Okta Verify app configuration (iPhone and iPad)"))
            + QStringLiteral("</h2>\n<p>")
            + esc(Text::tr("Managed app configuration is not a profile: paste the content of the "
                           "file below into the Okta Verify App Store app's settings (Iru "
                           "Endpoint: Library → Okta Verify → Managed AppConfig for iPhone and "
                           "iPad). No MDM API can do this for you and this tool cannot verify "
                           "it: confirm it yourself."))
            + QStringLiteral("</p>\n<ul>\n");
        for (const GeneratedAppConfig &config : m_set.appConfigs)
            out += item(QStringLiteral("<code>") + esc(config.fileName())
                        + QStringLiteral("</code> — ")
                        + esc(config.platforms.join(QStringLiteral(", "))));
        out += QStringLiteral("</ul>\n");
    }

    if (!m_set.omissions.isEmpty()) {
        out += QStringLiteral("<h2>") + esc(Text::tr("Not generated"))
            + QStringLiteral("</h2>\n<ul>\n");
        for (const ProfileSet::Omission &omission : m_set.omissions)
            out += item(QStringLiteral("<strong>") + esc(omission.what)
                        + QStringLiteral("</strong>: ") + esc(omission.why));
        out += QStringLiteral("</ul>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace odt::deploy
