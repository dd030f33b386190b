#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace odt::crypto {

// Signs configuration profiles as CMS SignedData (the content attached, SHA-256 digest), the
// format MDMs and macOS accept for a signed .mobileconfig. The identity comes from a PKCS#12
// file; its password is never kept after loading.
class ProfileSigner
{
public:
    // std::nullopt with `error` set (unreadable file, wrong password, no private key).
    static std::optional<ProfileSigner> fromPkcs12(const QByteArray &pkcs12,
                                                   const QString &password, QString *error);

    ProfileSigner(ProfileSigner &&) noexcept;
    ProfileSigner &operator=(ProfileSigner &&) noexcept;
    ~ProfileSigner();

    // The signer certificate's subject common name, for messages and instructions.
    QString signerName() const;
    // DER-encoded CMS SignedData carrying `content`; empty with `error` set on failure.
    QByteArray sign(const QByteArray &content, QString *error) const;

private:
    struct Identity;
    explicit ProfileSigner(std::unique_ptr<Identity> identity);
    std::unique_ptr<Identity> m_identity;
};

// The DER of an X.509 CA certificate given as PEM or DER; std::nullopt with `error` saying what is
// wrong (not a certificate, not a CA).
std::optional<QByteArray> caCertificateDer(const QByteArray &pemOrDer, QString *error);

} // namespace odt::crypto
