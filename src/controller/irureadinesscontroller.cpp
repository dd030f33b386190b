#include "controller/irureadinesscontroller.h"

#include "controller/scopecontroller.h"
#include "controller/session.h"
#include "iru/checks/iruchecks.h"
#include "iru/iruapiurl.h"
#include "iru/iruclient.h"

namespace odt {

IruReadinessController::IruReadinessController(Session *session, ScopeController *scope,
                                               QObject *parent)
    : ReadinessController(session, parent)
    , m_scope(scope)
{
    // Another tenant, or another choice of Blueprints: what was found no longer answers for it.
    connect(session, &Session::iruClientChanged, this, &IruReadinessController::inputsChanged);
    connect(scope, &ScopeController::rowsChanged, this, &IruReadinessController::inputsChanged);
    connect(scope, &ScopeController::selectionChanged, this,
            &IruReadinessController::inputsChanged);
    initState();
}

QString IruReadinessController::pendingTitle(const QString &checkId)
{
    if (checkId == iru::checkid::appsAndBooks)
        return tr("Okta Verify from Apps and Books");
    if (checkId == iru::checkid::macAutoApp)
        return tr("Okta Verify Auto App on Macs");
    if (checkId == iru::checkid::iosAppStoreApp)
        return tr("Okta Verify App Store app on iPhones and iPads");
    if (checkId == iru::checkid::platformConditions)
        return tr("Okta Verify per platform in each Blueprint");
    return tr("Okta Device Trust profiles set up by hand");
}

bool IruReadinessController::canRun() const
{
    return session()->iruClient() && m_scope->state() == ScopeController::State::Loaded
        && !m_scope->selectedBlueprintIds().isEmpty();
}

QList<Check *> IruReadinessController::createChecks()
{
    return iru::makeIruChecks(session()->iruClient(), m_scope->inventory(),
                              m_scope->selectedBlueprintIds());
}

QString IruReadinessController::notRunDetail() const
{
    return tr("Not checked: connect to Iru Endpoint and choose the Blueprints to run this check.");
}

QUrl IruReadinessController::consoleUrl() const
{
    const iru::IruClient *client = session()->iruClient();
    if (!client)
        return {};
    return iru::IruApiUrl::parse(client->apiUrl().toString()).consoleUrl();
}

QString IruReadinessController::scopeSummary() const
{
    if (!canRun())
        return {};
    const int blueprints = int(m_scope->selectedBlueprintIds().size());
    const iru::PlatformCounts counts = m_scope->selectedCounts();
    // Counts after a colon read right for any number, without plural forms.
    QStringList devices;
    if (counts.macs > 0)
        devices.append(tr("Macs: %1").arg(counts.macs));
    if (counts.iPhones > 0)
        devices.append(tr("iPhones: %1").arg(counts.iPhones));
    if (counts.iPads > 0)
        devices.append(tr("iPads: %1").arg(counts.iPads));
    if (counts.others > 0)
        devices.append(tr("other devices: %1").arg(counts.others));
    if (devices.isEmpty())
        devices.append(tr("no devices yet"));
    return tr("Blueprints in scope: %1 (%2).").arg(blueprints).arg(devices.join(u", "));
}

} // namespace odt
