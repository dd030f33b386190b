#pragma once

#include "core/check.h"
#include "iru/checks/readiness.h"
#include "iru/checks/scopegatherer.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace odt::iru {

// What every Iru readiness check shares: the scope's gatherer (one set of reads for all of them)
// and the step from "gathered" to a result. Subclasses say what they need and how they decide.
class IruReadinessCheck : public Check
{
    Q_OBJECT
public:
    IruReadinessCheck(std::shared_ptr<ScopeGatherer> data, QObject *parent = nullptr);

    void start() override;

protected:
    virtual ScopeGatherer::Parts needs() const = 0;
    virtual CheckResult evaluate(const ScopeSnapshot &snapshot) const = 0;

private:
    std::shared_ptr<ScopeGatherer> m_data;
};

// iru.oktaVerify.appsAndBooks — see evaluateAppsAndBooks().
class AppsAndBooksCheck : public IruReadinessCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = checkid::appsAndBooks;
    using IruReadinessCheck::IruReadinessCheck;
    QString id() const override { return checkId; }

protected:
    ScopeGatherer::Parts needs() const override;
    CheckResult evaluate(const ScopeSnapshot &snapshot) const override;
};

// iru.oktaVerify.macAutoApp — see evaluateMacAutoApp().
class MacAutoAppCheck : public IruReadinessCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = checkid::macAutoApp;
    using IruReadinessCheck::IruReadinessCheck;
    QString id() const override { return checkId; }

protected:
    ScopeGatherer::Parts needs() const override;
    CheckResult evaluate(const ScopeSnapshot &snapshot) const override;
};

// iru.oktaVerify.iosAppStoreApp — see evaluateIosAppStoreApp().
class IosAppStoreAppCheck : public IruReadinessCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = checkid::iosAppStoreApp;
    using IruReadinessCheck::IruReadinessCheck;
    QString id() const override { return checkId; }

protected:
    ScopeGatherer::Parts needs() const override;
    CheckResult evaluate(const ScopeSnapshot &snapshot) const override;
};

// iru.blueprints.platformConditions — see evaluatePlatformConditions().
class PlatformConditionsCheck : public IruReadinessCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = checkid::platformConditions;
    using IruReadinessCheck::IruReadinessCheck;
    QString id() const override { return checkId; }

protected:
    ScopeGatherer::Parts needs() const override;
    CheckResult evaluate(const ScopeSnapshot &snapshot) const override;
};

// iru.manualOdt — see evaluateManualOdt().
class ManualOdtCheck : public IruReadinessCheck
{
    Q_OBJECT
public:
    static inline const QString checkId = checkid::manualOdt;
    using IruReadinessCheck::IruReadinessCheck;
    QString id() const override { return checkId; }

protected:
    ScopeGatherer::Parts needs() const override;
    CheckResult evaluate(const ScopeSnapshot &snapshot) const override;
};

// Every Iru Endpoint readiness check for the Blueprints in scope, in report order, sharing one
// gatherer (each Blueprint's and each sampled device's library items are read once, concurrently,
// when the first check starts). The caller owns the checks (or `parent`); the gatherer lives as
// long as any of them.
QList<Check *> makeIruChecks(IruClient *client, const Inventory &inventory,
                             const QStringList &blueprintIdsInScope, QObject *parent = nullptr);
QList<Check *> makeIruChecks(IruClient *client, const Inventory &inventory,
                             const QStringList &blueprintIdsInScope, const SamplingPolicy &policy,
                             QObject *parent = nullptr);

} // namespace odt::iru
