#pragma once

#include "deploy/generatedprofile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace odt::iru {
struct Blueprint;
}

namespace odt::deploy {

struct ProfileSet;

// One generated profile as it should live on the tenant: a custom profile with its platform
// flags, assigned to every Blueprint in scope.
struct DesiredProfile
{
    GeneratedProfile profile;
    QString libraryItemName; // "Okta Device Trust: SSO extension (macOS)"
    bool runsOnMac = false;
    bool runsOnIPhone = false;
    bool runsOnIPad = false;

    QString kind() const { return profile.kind; }
};

struct ScopedBlueprint
{
    QString id;
    QString name;
    bool isMap = false;
    QString assignmentNode; // maps: the node the admin named (--assignment-node), else empty
};

// Desired state = generated profiles × Blueprints in scope.
struct DesiredState
{
    QString orgHost;
    bool dynamicScep = false;
    QList<DesiredProfile> profiles;
    QList<ScopedBlueprint> blueprints;

    // `nodes`: Blueprint id → assignment node id for maps.
    static DesiredState build(const QString &orgHost, bool dynamicScep, const ProfileSet &set,
                              const QList<iru::Blueprint> &scope,
                              const QHash<QString, QString> &nodes);
    const DesiredProfile *profile(const QString &kind) const;
};

} // namespace odt::deploy
