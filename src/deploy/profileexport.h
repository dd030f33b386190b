#pragma once

#include <QByteArray>
#include <QString>

namespace odt::crypto {
class ProfileSigner;
}

namespace odt::deploy {

class EndpointManagement;
struct ProfileSet;

// Writes a ProfileSet for any MDM: one .mobileconfig per profile (CMS-signed when a signer is
// given), the app configurations, manifest.json and instructions.html. Nothing touches the
// network. The files are written into a hidden sibling folder first and moved into place only
// when all of them are complete, so a failure leaves no partial export behind.
class ProfileExport
{
public:
    ProfileExport(const EndpointManagement &settings, const ProfileSet &set);

    void setSigner(const crypto::ProfileSigner *signer) { m_signer = signer; }

    // `directory` must not exist or be empty. False with `error` set otherwise.
    bool writeTo(const QString &directory, QString *error) const;

    // manifest.json: file names, platforms, identifiers and payload types; never a secret.
    QByteArray manifestJson() const;

private:
    const EndpointManagement &m_settings;
    const ProfileSet &m_set;
    const crypto::ProfileSigner *m_signer = nullptr;
};

} // namespace odt::deploy
