#pragma once

#include "core/checkresult.h"

#include <QObject>

namespace odt {

// One readiness check: a small class with a stable id that runs asynchronously and reports one
// result. Checks never block and never throw; a check that cannot run reports status Error.
class Check : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString id() const = 0;
    virtual void start() = 0;

Q_SIGNALS:
    void finished(const odt::CheckResult &result);
};

} // namespace odt
