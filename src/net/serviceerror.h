#pragma once

#include "net/neterror.h"

#include <QByteArray>

namespace odt::net {

// Reads a service's error body into `error` and rewrites its message to name what failed and what
// to do. Knows Okta's management shape {errorCode, errorSummary, errorId, errorCauses}, the OAuth
// shape {error, error_description}, and Iru Endpoint's mixed shapes (JSON {"detail"}, a JSON array
// of strings, plain text, an HTML page whose markup is never shown).
void describeServiceError(NetError &error, const QByteArray &body, const QByteArray &contentType,
                          const QString &host);

// Plain text of an HTML page (title and visible text), shortened; for evidence only.
QString htmlToText(const QByteArray &html, int maxLength = 200);

} // namespace odt::net
