#pragma once

#include "sandbox/scenario.h"

#include <QJsonObject>
#include <QString>

namespace odt::sandbox {

// The tenant's mutable data ("okta" and "iru" trees, shapes as in the scenario format). With a
// state file it survives restarts: loaded from the file when it exists, written atomically after
// every change, so a test can kill the sandbox mid-deploy and restart it on the same state.
class StateStore
{
public:
    StateStore(const Scenario &scenario, const QString &statePath = {});

    // Reads the state file when there is one; false with `error` set when it is unreadable.
    bool load(QString *error);

    QJsonObject &okta() { return m_okta; }
    QJsonObject &iru() { return m_iru; }
    QString path() const { return m_path; }

    // Call after each change; writes the file (QSaveFile: all or nothing).
    bool commit(QString *error = nullptr);

private:
    QJsonObject m_okta;
    QJsonObject m_iru;
    QString m_path;
    QString m_scenarioName;
};

} // namespace odt::sandbox
