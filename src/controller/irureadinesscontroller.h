#pragma once

#include "controller/readinesscontroller.h"

#include <QUrl>

namespace odt {

class ScopeController;

// Drives the "Iru readiness" step: runs every Iru Endpoint check (iru::makeIruChecks) at once
// with the session's Iru client, over the inventory the scope step loaded and the Blueprints the
// admin put in scope. Nothing runs before both exist (State::NoCredential); another tenant or
// another scope makes the next visit run again.
class IruReadinessController : public ReadinessController
{
    Q_OBJECT
public:
    IruReadinessController(Session *session, ScopeController *scope, QObject *parent = nullptr);

    // What a check looks at, for its row while it still runs.
    static QString pendingTitle(const QString &checkId);
    // The tenant's web console (https://acme.kandji.io); empty before connecting and for the
    // sandbox, which has no console.
    QUrl consoleUrl() const override;
    // "Blueprints in scope: 3 (Macs: 2, iPhones: 1, iPads: 1)."; empty when nothing can run.
    QString scopeSummary() const;

protected:
    bool canRun() const override;
    QList<Check *> createChecks() override;
    QString placeholderTitle(const QString &checkId) const override
    {
        return pendingTitle(checkId);
    }
    QString notRunDetail() const override;

private:
    ScopeController *m_scope;
};

} // namespace odt
