#pragma once

#include <QString>

// Okta Verify's identifiers, as Okta documents them (shared/reference/apple-payloads.md §B3).
namespace odt::deploy::oktaverify {

inline QString teamIdentifier()
{
    return QStringLiteral("B7F62B65BN");
}
inline QString appBundleId()
{
    return QStringLiteral("com.okta.mobile");
}
inline QString extensionBundleId()
{
    return QStringLiteral("com.okta.mobile.auth-service-extension");
}
inline QString macAppPath()
{
    return QStringLiteral("/Applications/Okta Verify.app");
}

} // namespace odt::deploy::oktaverify
