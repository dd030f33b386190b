#pragma once

#include <QByteArray>
#include <QString>

namespace odt::deploy {

class EndpointManagement;
struct ProfileSet;

// instructions.html of an export: which file to upload where on any MDM, the Okta console steps
// no API can do, what was not generated and why. Names no secret.
class ExportInstructions
{
public:
    ExportInstructions(const EndpointManagement &settings, const ProfileSet &set,
                       const QString &signerName);

    QByteArray html() const;

private:
    QString purpose(const QString &kind) const;

    const EndpointManagement &m_settings;
    const ProfileSet &m_set;
    QString m_signerName;
};

} // namespace odt::deploy
