#pragma once

#include "okta/checks/oktacheck.h"

namespace odt::okta {

// okta.fastPass: Okta Device Trust signs in with Okta FastPass, so Okta Verify must be ACTIVE
// with its signed_nonce method ACTIVE; orgs with the flexible Okta Verify configuration have a
// separate okta_verify_fastpass authenticator instead, whose own status decides. The detail
// reports the user-verification setting.
class FastPassCheck : public OktaCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("okta.fastPass");

    FastPassCheck(OktaClient *client, const OrgUrl &org, QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;

    // "Preferred" for PREFERRED and so on; the Admin Console's words.
    static QString userVerificationText(const QString &value);

private:
    void checkSignedNonce(const Authenticator &oktaVerify, const QStringList &evidence);
};

} // namespace odt::okta
