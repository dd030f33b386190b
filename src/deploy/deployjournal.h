#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace odt::deploy {

struct PlanStep;

// The crash-safe record of every write to one tenant: a ledger of what this tool created and
// deactivated there (what `remove` undoes), and the current run's steps, each written as intent
// before its request goes out and as result after the answer. Every change is saved atomically
// (QSaveFile: a new file renamed over the old), so a process killed at any instant leaves either
// the previous or the next journal, never a torn one.
class DeployJournal
{
public:
    // <AppLocalDataLocation>/deploy/<tenant host>.json
    static QString defaultPath(const QString &tenantHost);

    explicit DeployJournal(const QString &path);

    QString path() const { return m_path; }
    // A missing file is an empty journal; false with `error` set for an unreadable one.
    bool load(QString *error);
    bool save(QString *error);

    // Ledger.
    QHash<QString, QString> createdProfiles() const; // kind → library item id
    void recordCreated(const QString &kind, const QString &libraryItemId);
    void forgetCreated(const QString &kind);
    QStringList deactivatedItems() const;
    void recordDeactivated(const QString &libraryItemId);
    void forgetDeactivated(const QString &libraryItemId);

    // The run in progress (or the last one).
    void beginRun(const QString &operation, const QList<PlanStep> &steps);
    void markIntent(int index);
    void markDone(int index, const QString &libraryItemId = {});
    void markFailed(int index, const QString &error);
    void endRun(bool succeeded);
    // A run that began and never ended: killed, or cut off. Its steps say where.
    bool hasUnfinishedRun() const;
    QJsonObject lastRun() const { return m_root.value(QStringLiteral("run")).toObject(); }

private:
    void setStep(int index, const QString &state, const QString &key = {},
                 const QString &value = {});

    QString m_path;
    QJsonObject m_root;
};

} // namespace odt::deploy
