#include "sandbox/statestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace odt::sandbox {

StateStore::StateStore(const Scenario &scenario, const QString &statePath)
    : m_okta(scenario.oktaData)
    , m_iru(scenario.iruData)
    , m_path(statePath)
    , m_scenarioName(scenario.name)
{ }

bool StateStore::load(QString *error)
{
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return true;
    QFile file(m_path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("odt::sandbox::StateStore",
                                                 "Cannot use the state file %1: %2")
                         .arg(m_path, why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (root.value(u"scenario").toString() != m_scenarioName)
        return fail(
            QCoreApplication::translate("odt::sandbox::StateStore", "it belongs to scenario \"%1\"")
                .arg(root.value(u"scenario").toString()));
    m_okta = root.value(u"okta").toObject();
    m_iru = root.value(u"iru").toObject();
    return true;
}

bool StateStore::commit(QString *error)
{
    if (m_path.isEmpty())
        return true;
    QSaveFile file(m_path);
    const QJsonObject root { { QStringLiteral("scenario"), m_scenarioName },
                             { QStringLiteral("okta"), m_okta },
                             { QStringLiteral("iru"), m_iru } };
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace odt::sandbox
