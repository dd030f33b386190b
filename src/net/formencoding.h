#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace odt::net {

// An application/x-www-form-urlencoded body (OAuth token, device and revoke requests), fields in
// the given order, every name and value percent-encoded.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

} // namespace odt::net
