#include "deploy/deployjournal.h"

#include "deploy/deployplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::DeployJournal)
};

const QString ledgerKey = QStringLiteral("ledger");
const QString runKey = QStringLiteral("run");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString DeployJournal::defaultPath(const QString &tenantHost)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/deploy/") + tenantHost + QStringLiteral(".json");
}

DeployJournal::DeployJournal(const QString &path)
    : m_path(path)
{
    m_root.insert(QStringLiteral("schemaVersion"), 1);
}

bool DeployJournal::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the deploy journal %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || document.object().value(u"schemaVersion").toInt() != 1) {
        *error = Text::tr("the deploy journal %1 is not one this version wrote (%2); move it "
                          "aside only if you are sure no earlier run left changes behind")
                     .arg(QDir::toNativeSeparators(m_path),
                          parseError.error ? parseError.errorString()
                                           : QStringLiteral("schemaVersion"));
        return false;
    }
    m_root = document.object();
    return true;
}

bool DeployJournal::save(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(m_root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        *error = Text::tr("cannot write the deploy journal %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

QHash<QString, QString> DeployJournal::createdProfiles() const
{
    QHash<QString, QString> created;
    const QJsonObject map = m_root.value(ledgerKey).toObject().value(u"created").toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        created.insert(it.key(), it.value().toString());
    return created;
}

void DeployJournal::recordCreated(const QString &kind, const QString &libraryItemId)
{
    QJsonObject ledger = m_root.value(ledgerKey).toObject();
    QJsonObject created = ledger.value(u"created").toObject();
    created.insert(kind, libraryItemId);
    ledger.insert(QStringLiteral("created"), created);
    m_root.insert(ledgerKey, ledger);
}

void DeployJournal::forgetCreated(const QString &kind)
{
    QJsonObject ledger = m_root.value(ledgerKey).toObject();
    QJsonObject created = ledger.value(u"created").toObject();
    created.remove(kind);
    ledger.insert(QStringLiteral("created"), created);
    m_root.insert(ledgerKey, ledger);
}

QStringList DeployJournal::deactivatedItems() const
{
    QStringList ids;
    for (const QJsonValue &id : m_root.value(ledgerKey).toObject().value(u"deactivated").toArray())
        ids.append(id.toString());
    return ids;
}

void DeployJournal::recordDeactivated(const QString &libraryItemId)
{
    QStringList ids = deactivatedItems();
    if (ids.contains(libraryItemId))
        return;
    ids.append(libraryItemId);
    QJsonObject ledger = m_root.value(ledgerKey).toObject();
    ledger.insert(QStringLiteral("deactivated"), QJsonArray::fromStringList(ids));
    m_root.insert(ledgerKey, ledger);
}

void DeployJournal::forgetDeactivated(const QString &libraryItemId)
{
    QStringList ids = deactivatedItems();
    ids.removeAll(libraryItemId);
    QJsonObject ledger = m_root.value(ledgerKey).toObject();
    ledger.insert(QStringLiteral("deactivated"), QJsonArray::fromStringList(ids));
    m_root.insert(ledgerKey, ledger);
}

void DeployJournal::beginRun(const QString &operation, const QList<PlanStep> &steps)
{
    QJsonArray array;
    for (const PlanStep &step : steps) {
        QJsonObject object = step.toJson();
        object.insert(QStringLiteral("state"), QStringLiteral("planned"));
        array.append(object);
    }
    m_root.insert(
        runKey,
        QJsonObject { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                      { QStringLiteral("operation"), operation },
                      { QStringLiteral("startedAt"), now() },
                      { QStringLiteral("finished"), false },
                      { QStringLiteral("steps"), array } });
}

void DeployJournal::setStep(int index, const QString &state, const QString &key,
                            const QString &value)
{
    QJsonObject run = m_root.value(runKey).toObject();
    QJsonArray steps = run.value(u"steps").toArray();
    QJsonObject step = steps.at(index).toObject();
    step.insert(QStringLiteral("state"), state);
    step.insert(QStringLiteral("at"), now());
    if (!key.isEmpty())
        step.insert(key, value);
    steps.replace(index, step);
    run.insert(QStringLiteral("steps"), steps);
    m_root.insert(runKey, run);
}

void DeployJournal::markIntent(int index)
{
    setStep(index, QStringLiteral("intent"));
}

void DeployJournal::markDone(int index, const QString &libraryItemId)
{
    setStep(index, QStringLiteral("done"),
            libraryItemId.isEmpty() ? QString() : QStringLiteral("libraryItemId"), libraryItemId);
}

void DeployJournal::markFailed(int index, const QString &error)
{
    setStep(index, QStringLiteral("failed"), QStringLiteral("error"), error);
}

void DeployJournal::endRun(bool succeeded)
{
    QJsonObject run = m_root.value(runKey).toObject();
    run.insert(QStringLiteral("finished"), true);
    run.insert(QStringLiteral("succeeded"), succeeded);
    run.insert(QStringLiteral("finishedAt"), now());
    m_root.insert(runKey, run);
}

bool DeployJournal::hasUnfinishedRun() const
{
    const QJsonObject run = lastRun();
    return !run.isEmpty() && !run.value(u"finished").toBool();
}

} // namespace odt::deploy
