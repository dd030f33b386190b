#pragma once

#include <QByteArray>
#include <QUrl>

namespace odt::net {

// The URL of the given relation in an RFC 8288 Link header (Okta sends one Link header per
// relation, or several comma-separated): `<https://…&after=x>; rel="next"`. Relative URLs resolve
// against `base`. Empty when the relation is absent (the last page).
QUrl linkRelation(const QList<QByteArray> &linkHeaders, const QByteArray &relation,
                  const QUrl &base = {});

} // namespace odt::net
