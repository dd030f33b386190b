#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace odt::iru {

// A payload of a custom profile that does part of what the Iru Endpoint ODT integration deploys
// itself (a manual "Okta device attestation" set-up).
struct OdtPayload
{
    enum class Kind {
        ManagementAttestationScep, // SCEP whose subject says managementAttestation
        OktaScep, // SCEP from Okta's CA (/pki/scep/…), subject without managementAttestation
        OktaVerifySettings, // com.okta.mobile(.auth-service-extension) with ODT keys
        OktaVerifySsoExtension, // Extensible SSO, Okta Verify's extension, Type Credential
        OktaVerifyLoginItem, // Okta Verify started at login
    };
    Kind kind;
    QString payloadType; // e.g. com.apple.security.scep
    QString payloadIdentifier;
    QString what; // evidence: the fields that decided it, e.g. "Subject CN=… managementAttestation"

    // "Okta SCEP (management attestation)" and the like, for people.
    QString describe() const;
};

// The ODT payloads of a mobileconfig, read as a property list (PayloadType and the payload's own
// fields decide, never a text search). `readable` is false when the profile is no plist (it may be
// encrypted); `error` then says why.
QList<OdtPayload> odtPayloads(const QByteArray &mobileconfig, bool *readable = nullptr,
                              QString *error = nullptr);

} // namespace odt::iru
