#include "crypto/profilesigner.h"

#include <QCoreApplication>
#include <QtCrypto>

namespace odt::crypto {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("odt::crypto::ProfileSigner", text);
}

} // namespace

struct ProfileSigner::Identity
{
    QCA::KeyBundle bundle;
};

ProfileSigner::ProfileSigner(std::unique_ptr<Identity> identity)
    : m_identity(std::move(identity))
{ }
ProfileSigner::ProfileSigner(ProfileSigner &&) noexcept = default;
ProfileSigner &ProfileSigner::operator=(ProfileSigner &&) noexcept = default;
ProfileSigner::~ProfileSigner() = default;

std::optional<ProfileSigner> ProfileSigner::fromPkcs12(const QByteArray &pkcs12,
                                                       const QString &password, QString *error)
{
    if (!QCA::isSupported("pkcs12") || !QCA::isSupported("cms")) {
        *error = tr("the QCA crypto provider cannot read PKCS#12 or write CMS: install the "
                    "qca-ossl plugin");
        return std::nullopt;
    }
    QCA::ConvertResult result = QCA::ErrorDecode;
    QCA::KeyBundle bundle
        = QCA::KeyBundle::fromArray(pkcs12, QCA::SecureArray(password.toUtf8()), &result);
    if (result != QCA::ConvertGood || bundle.isNull()) {
        *error = tr("the PKCS#12 file cannot be read: wrong password, or not a PKCS#12 file");
        return std::nullopt;
    }
    if (bundle.privateKey().isNull() || !bundle.privateKey().canSign()) {
        *error = tr("the PKCS#12 file holds no private key that can sign");
        return std::nullopt;
    }
    if (bundle.certificateChain().isEmpty()) {
        *error = tr("the PKCS#12 file holds no certificate");
        return std::nullopt;
    }
    auto identity = std::make_unique<Identity>();
    identity->bundle = bundle;
    return ProfileSigner(std::move(identity));
}

QString ProfileSigner::signerName() const
{
    return m_identity->bundle.certificateChain().primary().commonName();
}

QByteArray ProfileSigner::sign(const QByteArray &content, QString *error) const
{
    QCA::SecureMessageKey key;
    key.setX509CertificateChain(m_identity->bundle.certificateChain());
    key.setX509PrivateKey(m_identity->bundle.privateKey());
    QCA::CMS cms;
    QCA::SecureMessage message(&cms);
    message.setSigner(key);
    message.setFormat(QCA::SecureMessage::Binary);
    message.setBundleSignerEnabled(true);
    message.startSign(QCA::SecureMessage::Message);
    message.update(content);
    message.end();
    message.waitForFinished(-1);
    if (!message.success()) {
        *error = tr("CMS signing failed (QCA error %1)").arg(int(message.errorCode()));
        return {};
    }
    return message.read();
}

std::optional<QByteArray> caCertificateDer(const QByteArray &pemOrDer, QString *error)
{
    QCA::ConvertResult result = QCA::ErrorDecode;
    QCA::Certificate certificate;
    if (pemOrDer.contains("-----BEGIN CERTIFICATE-----"))
        certificate = QCA::Certificate::fromPEM(QString::fromLatin1(pemOrDer), &result);
    else
        certificate = QCA::Certificate::fromDER(pemOrDer, &result);
    if (result != QCA::ConvertGood || certificate.isNull()) {
        *error = tr("not an X.509 certificate (expected PEM or DER)");
        return std::nullopt;
    }
    if (!certificate.isCA()) {
        *error = tr("the certificate \"%1\" is not a CA certificate (no basicConstraints CA:TRUE)")
                     .arg(certificate.commonName());
        return std::nullopt;
    }
    return certificate.toDER();
}

} // namespace odt::crypto
