#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace odt::deploy {

// Recognises this tool's profiles on a tenant and compares them by meaning. Iru Endpoint rewrites
// the top-level PayloadIdentifier, PayloadUUID and PayloadDisplayName of what it stores, so
// neither those nor a byte hash survive the round trip; the payloads inside keep our identifiers
// (org.odt-setup-assistant.<kind>.<org host>.<payload>).
class ProfileMatch
{
public:
    // The kind of ours this stored profile is for `orgHost`, or nullopt (not ours, another org,
    // unreadable).
    static std::optional<QString> ourKind(const QByteArray &storedXml, const QString &orgHost);
    // Equal in every key but the three the tenant rewrites.
    static bool sameContent(const QByteArray &storedXml, const QVariantMap &generated);
};

} // namespace odt::deploy
