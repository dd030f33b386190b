#pragma once

#include <QString>

namespace odt::crypto {

// QCA must find a provider (qca-ossl) for RSA, X.509 and SHA-256; without one nothing secure works.
// Returns an empty string when everything needed is there, else what is missing and how to fix it.
QString missingCryptoSupport();

} // namespace odt::crypto
