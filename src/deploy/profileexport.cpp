#include "deploy/profileexport.h"

#include "crypto/profilesigner.h"
#include "deploy/endpointmanagement.h"
#include "deploy/exportinstructions.h"
#include "deploy/profileset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::ProfileExport)
};

// Profiles carry the SCEP challenge and the managementHint: readable by the owner only.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = Text::tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

ProfileExport::ProfileExport(const EndpointManagement &settings, const ProfileSet &set)
    : m_settings(settings)
    , m_set(set)
{ }

QByteArray ProfileExport::manifestJson() const
{
    QJsonArray profiles;
    for (const GeneratedProfile &profile : m_set.profiles) {
        profiles.append(QJsonObject {
            { QStringLiteral("file"), profile.fileName() },
            { QStringLiteral("platforms"), toArray(profile.platforms) },
            { QStringLiteral("payloadIdentifier"), profile.payloadIdentifier() },
            { QStringLiteral("payloadTypes"), toArray(profile.payloadTypes()) },
        });
    }
    QJsonArray appConfigs;
    for (const GeneratedAppConfig &config : m_set.appConfigs) {
        appConfigs.append(QJsonObject {
            { QStringLiteral("file"), config.fileName() },
            { QStringLiteral("platforms"), toArray(config.platforms) },
        });
    }
    QJsonArray omissions;
    for (const ProfileSet::Omission &omission : m_set.omissions)
        omissions.append(QJsonObject { { QStringLiteral("what"), omission.what },
                                       { QStringLiteral("why"), omission.why } });
    const QJsonObject manifest {
        { QStringLiteral("schemaVersion"), 1 },
        { QStringLiteral("org"), m_settings.orgUrl().toString() },
        { QStringLiteral("profiles"), profiles },
        { QStringLiteral("appConfig"), appConfigs },
        { QStringLiteral("signed"), m_signer != nullptr },
        { QStringLiteral("notGenerated"), omissions },
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

bool ProfileExport::writeTo(const QString &directory, QString *error) const
{
    const QFileInfo target(QDir::cleanPath(QDir::current().absoluteFilePath(directory)));
    if (target.exists()) {
        if (!target.isDir()) {
            *error = Text::tr("%1 exists and is not a folder").arg(target.filePath());
            return false;
        }
        if (!QDir(target.filePath())
                 .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            *error = Text::tr("%1 is not empty: export into a new or empty folder, so no older "
                              "profile is mistaken for a current one")
                         .arg(target.filePath());
            return false;
        }
    }
    const QDir parent = target.dir();
    if (!parent.exists()) {
        *error = Text::tr("the folder %1 does not exist").arg(parent.path());
        return false;
    }

    QTemporaryDir staging(parent.filePath(QStringLiteral(".") + target.fileName()
                                          + QStringLiteral(".partial-XXXXXX")));
    if (!staging.isValid()) {
        *error = Text::tr("cannot create a folder in %1: %2")
                     .arg(parent.path(), staging.errorString());
        return false;
    }

    for (const GeneratedProfile &profile : m_set.profiles) {
        QByteArray bytes = profile.bytes();
        if (m_signer) {
            QString why;
            bytes = m_signer->sign(bytes, &why);
            if (bytes.isEmpty()) {
                *error = Text::tr("cannot sign %1: %2").arg(profile.fileName(), why);
                return false;
            }
        }
        if (!writeFile(staging.filePath(profile.fileName()), bytes, error))
            return false;
    }
    for (const GeneratedAppConfig &config : m_set.appConfigs) {
        if (!writeFile(staging.filePath(config.fileName()), config.bytes(), error))
            return false;
    }
    const ExportInstructions instructions(m_settings, m_set,
                                          m_signer ? m_signer->signerName() : QString());
    if (!writeFile(staging.filePath(QStringLiteral("manifest.json")), manifestJson(), error)
        || !writeFile(staging.filePath(QStringLiteral("instructions.html")), instructions.html(),
                      error))
        return false;

    if (target.exists() && !parent.rmdir(target.fileName())) {
        *error = Text::tr("cannot replace the empty folder %1").arg(target.filePath());
        return false;
    }
    if (!QDir().rename(staging.path(), target.filePath())) {
        *error = Text::tr("cannot move the export into %1").arg(target.filePath());
        return false;
    }
    staging.setAutoRemove(false);
    QFile::setPermissions(target.filePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

} // namespace odt::deploy
