#pragma once

#include "controller/readinesscontroller.h"

#include <QUrl>

namespace odt {

// Drives the "Okta readiness" step: runs every Okta check (okta::makeOktaChecks) at once with the
// session's signed-in client. Nothing runs without a sign-in (State::NoCredential); a new sign-in
// makes the next visit run again.
class OktaReadinessController : public ReadinessController
{
    Q_OBJECT
public:
    explicit OktaReadinessController(Session *session, QObject *parent = nullptr);

    // What a check looks at, for its row while it still runs.
    static QString pendingTitle(const QString &checkId);
    // The org's Admin Console (acme-admin.okta.com), where the fixes are made; empty for custom
    // domains and the sandbox, whose console address this cannot know.
    QUrl adminConsoleUrl() const;
    QUrl consoleUrl() const override { return adminConsoleUrl(); }

protected:
    bool canRun() const override;
    QList<Check *> createChecks() override;
    QString placeholderTitle(const QString &checkId) const override
    {
        return pendingTitle(checkId);
    }
    QString notRunDetail() const override;
};

} // namespace odt
