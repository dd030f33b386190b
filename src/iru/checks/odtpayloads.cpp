#include "iru/checks/odtpayloads.h"

#include "profiles/ouridentity.h"
#include "profiles/plist.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <algorithm>

namespace odt::iru {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::OdtPayloads)
};

const QString oktaVerifyTeam = QStringLiteral("B7F62B65BN");
const QString oktaVerifyBundle = QStringLiteral("com.okta.mobile");
const QString oktaVerifyExtension = QStringLiteral("com.okta.mobile.auth-service-extension");
// Keys the integration itself delivers to Okta Verify ([ODT-GUIDE]: OrgUrl, EnrollmentOptions,
// managementHint). Other keys (EDR plugins, Password Sync) run alongside the integration.
const QStringList odtSettingKeys
    = { QStringLiteral("OktaVerify.OrgUrl"), QStringLiteral("OktaVerify.EnrollmentOptions"),
        QStringLiteral("managementHint") };

bool isOktaVerifyDomain(const QString &domain)
{
    return domain == oktaVerifyBundle || domain == oktaVerifyExtension;
}

// Every RDN value of a SCEP Subject ([[["CN","…"]], …]).
QStringList subjectValues(const QVariant &subject, QString *rendered)
{
    QStringList values;
    QStringList parts;
    for (const QVariant &rdn : subject.toList()) {
        for (const QVariant &pair : rdn.toList()) {
            const QVariantList items = pair.toList();
            if (items.size() != 2)
                continue;
            values.append(items.at(1).toString());
            parts.append(items.at(0).toString() + QLatin1Char('=') + items.at(1).toString());
        }
    }
    *rendered = parts.join(QStringLiteral(", "));
    return values;
}

void addScep(const QVariantMap &payload, QList<OdtPayload> *found)
{
    const QVariantMap content = payload.value(QStringLiteral("PayloadContent")).toMap();
    QString subject;
    const QStringList values = subjectValues(content.value(QStringLiteral("Subject")), &subject);
    const QUrl url(content.value(QStringLiteral("URL")).toString());
    const bool attestation = std::any_of(values.begin(), values.end(), [](const QString &value) {
        return value.contains(QLatin1String("managementAttestation"));
    });
    // Okta's CA serves SCEP under /pki/scep (static and dynamic URLs), on any org domain.
    const bool oktaCa = url.path().startsWith(QLatin1String("/pki/scep"));
    if (!attestation && !oktaCa)
        return;
    OdtPayload p { attestation ? OdtPayload::Kind::ManagementAttestationScep
                               : OdtPayload::Kind::OktaScep,
                   payload.value(QStringLiteral("PayloadType")).toString(),
                   payload.value(QStringLiteral("PayloadIdentifier")).toString(),
                   {} };
    QStringList what;
    if (!subject.isEmpty())
        what.append(QStringLiteral("Subject %1").arg(subject));
    if (url.isValid() && !url.isEmpty())
        what.append(QStringLiteral("URL path %1").arg(url.path()));
    p.what = what.join(QStringLiteral("; "));
    found->append(p);
}

void addSettings(const QString &domain, const QVariantMap &settings, const QVariantMap &payload,
                 QList<OdtPayload> *found)
{
    QStringList keys;
    for (const QString &key : odtSettingKeys) {
        if (settings.contains(key))
            keys.append(key);
    }
    if (keys.isEmpty())
        return;
    found->append({ OdtPayload::Kind::OktaVerifySettings,
                    payload.value(QStringLiteral("PayloadType")).toString(),
                    payload.value(QStringLiteral("PayloadIdentifier")).toString(),
                    QStringLiteral("%1: %2").arg(domain, keys.join(QStringLiteral(", "))) });
}

// Custom Settings (MCX): PayloadContent → domain → Forced/Set-Once → mcx_preference_settings.
void addManagedPreferences(const QVariantMap &payload, QList<OdtPayload> *found)
{
    const QVariantMap domains = payload.value(QStringLiteral("PayloadContent")).toMap();
    for (auto it = domains.constBegin(); it != domains.constEnd(); ++it) {
        if (!isOktaVerifyDomain(it.key()))
            continue;
        QVariantMap merged;
        const QVariantMap domain = it.value().toMap();
        for (const QString &kind : { QStringLiteral("Forced"), QStringLiteral("Set-Once") }) {
            for (const QVariant &entry : domain.value(kind).toList()) {
                const QVariantMap settings
                    = entry.toMap().value(QStringLiteral("mcx_preference_settings")).toMap();
                merged.insert(settings);
            }
        }
        addSettings(it.key(), merged, payload, found);
    }
}

void addSso(const QVariantMap &payload, QList<OdtPayload> *found)
{
    const QString extension = payload.value(QStringLiteral("ExtensionIdentifier")).toString();
    const QString type = payload.value(QStringLiteral("Type")).toString();
    // Type Redirect with Okta Verify is Platform SSO (Okta Device Access), a different feature.
    if (extension != oktaVerifyExtension || type != QLatin1String("Credential"))
        return;
    found->append({ OdtPayload::Kind::OktaVerifySsoExtension,
                    payload.value(QStringLiteral("PayloadType")).toString(),
                    payload.value(QStringLiteral("PayloadIdentifier")).toString(),
                    QStringLiteral("ExtensionIdentifier %1, Type %2, Realm %3")
                        .arg(extension, type, payload.value(QStringLiteral("Realm")).toString()) });
}

void addLoginItems(const QVariantMap &payload, QList<OdtPayload> *found)
{
    const QString type = payload.value(QStringLiteral("PayloadType")).toString();
    QString match;
    if (type == QLatin1String("com.apple.loginitems.managed")) {
        for (const QVariant &item :
             payload.value(QStringLiteral("AutoLaunchedApplicationDictionary-managed")).toList()) {
            const QString path = item.toMap().value(QStringLiteral("Path")).toString();
            if (path.endsWith(QLatin1String("/Okta Verify.app")))
                match = QStringLiteral("Path %1").arg(path);
        }
    } else {
        for (const QVariant &rule : payload.value(QStringLiteral("Rules")).toList()) {
            const QVariantMap r = rule.toMap();
            const QString ruleType = r.value(QStringLiteral("RuleType")).toString();
            const QString value = r.value(QStringLiteral("RuleValue")).toString();
            const bool team
                = ruleType == QLatin1String("TeamIdentifier") && value == oktaVerifyTeam;
            const bool bundle = ruleType.startsWith(QLatin1String("BundleIdentifier"))
                && value.startsWith(oktaVerifyBundle);
            if (team || bundle)
                match = QStringLiteral("RuleType %1, RuleValue %2").arg(ruleType, value);
        }
    }
    if (match.isEmpty())
        return;
    found->append({ OdtPayload::Kind::OktaVerifyLoginItem, type,
                    payload.value(QStringLiteral("PayloadIdentifier")).toString(), match });
}

void inspect(const QVariantMap &payload, QList<OdtPayload> *found)
{
    const QString type = payload.value(QStringLiteral("PayloadType")).toString();
    if (type == QLatin1String("com.apple.security.scep"))
        addScep(payload, found);
    else if (isOktaVerifyDomain(type))
        addSettings(type, payload, payload, found);
    else if (type == QLatin1String("com.apple.ManagedClient.preferences"))
        addManagedPreferences(payload, found);
    else if (type == QLatin1String("com.apple.extensiblesso"))
        addSso(payload, found);
    else if (type == QLatin1String("com.apple.loginitems.managed")
             || type == QLatin1String("com.apple.servicemanagement"))
        addLoginItems(payload, found);
}

} // namespace

QString OdtPayload::describe() const
{
    switch (kind) {
    case Kind::ManagementAttestationScep:
        return Text::tr("Okta SCEP certificate for management attestation");
    case Kind::OktaScep:
        return Text::tr("SCEP certificate from Okta's CA");
    case Kind::OktaVerifySettings:
        return Text::tr("Okta Verify managed settings");
    case Kind::OktaVerifySsoExtension:
        return Text::tr("Okta Verify SSO extension");
    case Kind::OktaVerifyLoginItem:
        return Text::tr("Okta Verify login item");
    }
    return {};
}

QList<OdtPayload> odtPayloads(const QByteArray &mobileconfig, bool *readable, QString *error)
{
    QString why;
    const std::optional<QVariant> plist = profiles::parsePlist(mobileconfig, &why);
    if (readable)
        *readable = plist.has_value();
    if (!plist) {
        if (error)
            *error = why;
        return {};
    }
    const QVariantMap top = plist->toMap();
    if (top.contains(QStringLiteral("EncryptedPayloadContent"))) {
        if (readable)
            *readable = false;
        if (error)
            *error = Text::tr("the payloads are encrypted");
        return {};
    }
    QList<OdtPayload> found;
    for (const QVariant &payload : top.value(QStringLiteral("PayloadContent")).toList()) {
        // What this tool pushed is the configuration being set up, not a manual one.
        if (payload.toMap()
                .value(QStringLiteral("PayloadIdentifier"))
                .toString()
                .startsWith(profiles::ourIdentifierPrefix()))
            continue;
        inspect(payload.toMap(), &found);
    }
    if (error)
        error->clear();
    return found;
}

} // namespace odt::iru
