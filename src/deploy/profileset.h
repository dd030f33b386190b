#pragma once

#include "deploy/generatedprofile.h"

#include <QList>

namespace odt::deploy {

// Everything generated for one org, and what was deliberately not generated with the reason
// (shown in the export's instructions so nobody looks for a file that cannot exist).
struct ProfileSet
{
    struct Omission
    {
        QString what;
        QString why;
    };

    QList<GeneratedProfile> profiles;
    QList<GeneratedAppConfig> appConfigs;
    QList<Omission> omissions;

    static ProfileSet generate(const EndpointManagement &settings);
};

} // namespace odt::deploy
