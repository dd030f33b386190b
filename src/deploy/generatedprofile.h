#pragma once

#include "profiles/ouridentity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace odt::deploy {

class EndpointManagement;

using profiles::ourIdentifierPrefix;

// A configuration profile made by one of the generators, as data. Its identifiers derive from the
// org host and the profile's kind alone, so generating again gives byte-identical output and a
// re-push replaces the profile instead of adding a second one.
struct GeneratedProfile
{
    QString kind; // e.g. "okta-sso-extension-macos"; also the file name's stem
    QStringList platforms; // "macOS", "iOS", "iPadOS"
    QVariantMap plist;

    QString fileName() const { return kind + QStringLiteral(".mobileconfig"); }
    QString displayName() const;
    QString payloadIdentifier() const;
    QString payloadUuid() const;
    QStringList payloadTypes() const;
    QByteArray bytes() const;
};

// Managed app configuration is no profile: a plist dictionary pasted into an App Store app's
// settings in the MDM (here: the Okta Verify item for iPhone and iPad).
struct GeneratedAppConfig
{
    QString kind;
    QStringList platforms;
    QVariantMap config;

    QString fileName() const { return kind + QStringLiteral(".plist"); }
    QByteArray bytes() const;
};

// Assembles one profile with deterministic identifiers: PayloadIdentifier
// org.odt-setup-assistant.<kind>.<org host>, and name-based (version 5) UUIDs of org host, kind and
// payload, so another org gets other UUIDs.
class ProfileBuilder
{
public:
    ProfileBuilder(const EndpointManagement &settings, const QString &kind,
                   const QString &displayName, const QString &description);

    // Adds a payload dictionary; `name` tells payloads of one profile apart in their identifiers.
    ProfileBuilder &addPayload(const QString &payloadType, const QString &name, QVariantMap keys);
    // macOS profiles install system-wide: the certificate and settings serve every user.
    GeneratedProfile build(const QStringList &platforms) const;

    static QString uuidFor(const QString &orgHost, const QString &kind, const QString &name = {});

private:
    QString m_orgHost;
    QString m_kind;
    QString m_identifier;
    QString m_displayName;
    QString m_description;
    QVariantList m_payloads;
};

} // namespace odt::deploy
