#pragma once

#include <QByteArray>
#include <QVariant>

#include <optional>

namespace odt::profiles {

// The XML property list of a configuration profile as QVariant: dict → QVariantMap, array →
// QVariantList, string/date → QString, integer → qlonglong, real → double, true/false → bool,
// data → QByteArray (decoded). A signed profile (CMS around the XML) is read from the XML it
// carries. nullopt when there is no well-formed plist.
std::optional<QVariant> parsePlist(const QByteArray &bytes, QString *error = nullptr);

} // namespace odt::profiles
