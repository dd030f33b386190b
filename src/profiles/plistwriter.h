#pragma once

#include <QByteArray>
#include <QVariant>

namespace odt::profiles {

// Writes a value as an XML property list, the format of a .mobileconfig: QVariantMap → dict
// (keys in sorted order, so equal values give equal bytes), QVariantList → array, QString →
// string, bool → true/false, integers → integer, double → real, QByteArray → data, QDateTime →
// date (UTC). Any other type is a programming error and is written as its string form.
QByteArray writePlist(const QVariant &value);

} // namespace odt::profiles
