#pragma once

#include "okta/checks/oktacheck.h"

namespace odt::okta {

// okta.superAdmin: only a Super Administrator can add the API service integration and grant its
// Okta API scopes, so the admin behind the credential must hold an ACTIVE SUPER_ADMIN role
// (assigned directly or through a group).
class SuperAdminCheck : public OktaCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("okta.superAdmin");

    // `userId` skips GET /users/me when the sign-in already named the admin (the ID token's sub).
    SuperAdminCheck(OktaClient *client, const OrgUrl &org, const QString &userId = {},
                    QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;

private:
    void readRoles(const QString &userId, const QString &who, const QStringList &evidence);

    QString m_userId;
};

} // namespace odt::okta
