#include "deploy/desiredstate.h"

#include "deploy/profileset.h"
#include "iru/iruclient.h"

namespace odt::deploy {

DesiredState DesiredState::build(const QString &orgHost, bool dynamicScep, const ProfileSet &set,
                                 const QList<iru::Blueprint> &scope,
                                 const QHash<QString, QString> &nodes)
{
    DesiredState state;
    state.orgHost = orgHost;
    state.dynamicScep = dynamicScep;
    for (const GeneratedProfile &profile : set.profiles) {
        DesiredProfile desired;
        desired.profile = profile;
        desired.runsOnMac = profile.platforms.contains(QLatin1String("macOS"));
        desired.runsOnIPhone = profile.platforms.contains(QLatin1String("iOS"));
        desired.runsOnIPad = profile.platforms.contains(QLatin1String("iPadOS"));
        desired.libraryItemName = QStringLiteral("%1 (%2)").arg(
            profile.displayName(), profile.platforms.join(QStringLiteral(", ")));
        state.profiles.append(desired);
    }
    for (const iru::Blueprint &blueprint : scope)
        state.blueprints.append(
            { blueprint.id, blueprint.name, blueprint.isMap(), nodes.value(blueprint.id) });
    return state;
}

const DesiredProfile *DesiredState::profile(const QString &kind) const
{
    for (const DesiredProfile &desired : profiles) {
        if (desired.kind() == kind)
            return &desired;
    }
    return nullptr;
}

} // namespace odt::deploy
