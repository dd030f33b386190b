#include "deploy/generatedprofile.h"

#include "deploy/endpointmanagement.h"
#include "profiles/plistwriter.h"

#include <QUuid>

namespace odt::deploy {

namespace {

// The namespace of every name-based UUID this tool derives (a random constant, fixed forever:
// changing it would make every re-push add profiles instead of replacing them).
const QUuid uuidNamespace(QStringLiteral("{07fdcd2f-e557-46f0-8aaa-d8bfc65ad25e}"));

const QString organization = QStringLiteral("ODT Setup Assistant");

} // namespace

QString GeneratedProfile::displayName() const
{
    return plist.value(QStringLiteral("PayloadDisplayName")).toString();
}

QString GeneratedProfile::payloadIdentifier() const
{
    return plist.value(QStringLiteral("PayloadIdentifier")).toString();
}

QString GeneratedProfile::payloadUuid() const
{
    return plist.value(QStringLiteral("PayloadUUID")).toString();
}

QStringList GeneratedProfile::payloadTypes() const
{
    QStringList types;
    for (const QVariant &payload : plist.value(QStringLiteral("PayloadContent")).toList())
        types.append(payload.toMap().value(QStringLiteral("PayloadType")).toString());
    return types;
}

QByteArray GeneratedProfile::bytes() const
{
    return profiles::writePlist(plist);
}

QByteArray GeneratedAppConfig::bytes() const
{
    return profiles::writePlist(config);
}

ProfileBuilder::ProfileBuilder(const EndpointManagement &settings, const QString &kind,
                               const QString &displayName, const QString &description)
    : m_orgHost(settings.orgHost())
    , m_kind(kind)
    , m_identifier(ourIdentifierPrefix() + kind + QLatin1Char('.') + settings.orgHost())
    , m_displayName(displayName)
    , m_description(description)
{ }

QString ProfileBuilder::uuidFor(const QString &orgHost, const QString &kind, const QString &name)
{
    const QString seed = orgHost + QLatin1Char('/') + kind
        + (name.isEmpty() ? QString() : QString(QLatin1Char('/') + name));
    return QUuid::createUuidV5(uuidNamespace, seed).toString(QUuid::WithoutBraces).toUpper();
}

ProfileBuilder &ProfileBuilder::addPayload(const QString &payloadType, const QString &name,
                                           QVariantMap keys)
{
    keys.insert(QStringLiteral("PayloadType"), payloadType);
    keys.insert(QStringLiteral("PayloadIdentifier"),
                QString(m_identifier + QLatin1Char('.') + name));
    keys.insert(QStringLiteral("PayloadUUID"), uuidFor(m_orgHost, m_kind, name));
    keys.insert(QStringLiteral("PayloadVersion"), 1);
    keys.insert(QStringLiteral("PayloadDisplayName"), m_displayName);
    keys.insert(QStringLiteral("PayloadOrganization"), organization);
    m_payloads.append(keys);
    return *this;
}

GeneratedProfile ProfileBuilder::build(const QStringList &platforms) const
{
    QVariantMap top {
        { QStringLiteral("PayloadType"), QStringLiteral("Configuration") },
        { QStringLiteral("PayloadVersion"), 1 },
        { QStringLiteral("PayloadIdentifier"), m_identifier },
        { QStringLiteral("PayloadUUID"), uuidFor(m_orgHost, m_kind) },
        { QStringLiteral("PayloadDisplayName"), m_displayName },
        { QStringLiteral("PayloadDescription"), m_description },
        { QStringLiteral("PayloadOrganization"), organization },
        { QStringLiteral("PayloadContent"), m_payloads },
    };
    if (platforms == QStringList { QStringLiteral("macOS") })
        top.insert(QStringLiteral("PayloadScope"), QStringLiteral("System"));
    return { m_kind, platforms, top };
}

} // namespace odt::deploy
