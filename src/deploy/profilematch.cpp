#include "deploy/profilematch.h"

#include "deploy/generatedprofile.h"
#include "profiles/plist.h"

namespace odt::deploy {

namespace {

const QStringList tenantRewrites { QStringLiteral("PayloadIdentifier"),
                                   QStringLiteral("PayloadUUID"),
                                   QStringLiteral("PayloadDisplayName") };

QVariantMap withoutRewrites(QVariantMap top)
{
    for (const QString &key : tenantRewrites)
        top.remove(key);
    return top;
}

// Integers read back as qlonglong while generated ones are int: compare as the plist would.
QVariant normalised(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = normalised(it.value());
        return map;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QVariantList list;
        for (const QVariant &item : value.toList())
            list.append(normalised(item));
        return list;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    default:
        return value;
    }
}

} // namespace

std::optional<QString> ProfileMatch::ourKind(const QByteArray &storedXml, const QString &orgHost)
{
    const auto plist = profiles::parsePlist(storedXml);
    if (!plist)
        return std::nullopt;
    const QString prefix = ourIdentifierPrefix();
    const QString hostSuffix = QLatin1Char('.') + orgHost + QLatin1Char('.');
    for (const QVariant &payload :
         plist->toMap().value(QStringLiteral("PayloadContent")).toList()) {
        const QString id = payload.toMap().value(QStringLiteral("PayloadIdentifier")).toString();
        if (!id.startsWith(prefix))
            continue;
        const qsizetype at = id.indexOf(hostSuffix, prefix.size());
        const QString kind = id.mid(prefix.size(), at - prefix.size());
        if (at > prefix.size() && !kind.contains(QLatin1Char('.'))) // not a sub-domain's org
            return kind;
    }
    return std::nullopt;
}

bool ProfileMatch::sameContent(const QByteArray &storedXml, const QVariantMap &generated)
{
    const auto plist = profiles::parsePlist(storedXml);
    if (!plist)
        return false;
    return normalised(withoutRewrites(plist->toMap())) == normalised(withoutRewrites(generated));
}

} // namespace odt::deploy
