#include "crypto/tlsauthority.h"
#include "support/testmain.h"

#include <QSslKey>
#include <QTest>

using odt::crypto::TlsAuthority;

class TestTlsAuthority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mintsTrustAnchor();
    void eachStartMintsANewKey();
    void verifiesForLoopbackNames();
    void pemExportHoldsNoPrivateKey();
};

void TestTlsAuthority::mintsTrustAnchor()
{
    QString error;
    const auto authority = TlsAuthority::create(&error);
    QVERIFY2(authority, qPrintable(error));
    const QSslCertificate ca = authority->caCertificate();
    QVERIFY(!ca.isNull());
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("127.0.0.1") });
    QVERIFY(ca.publicKey().length() >= 2048);
    QCOMPARE(ca.publicKey().algorithm(), QSsl::Rsa);
    QVERIFY(ca.toText().contains(u"sha256WithRSAEncryption"));
    QVERIFY(ca.toText().contains(u"CA:TRUE"));
    QVERIFY(ca.effectiveDate() <= QDateTime::currentDateTimeUtc());
    QVERIFY(ca.expiryDate() > QDateTime::currentDateTimeUtc().addDays(29));
    QVERIFY(ca.subjectAlternativeNames().values(QSsl::DnsEntry).contains(u"localhost"));

    const auto identity = authority->serverIdentity();
    QCOMPARE(identity.key.algorithm(), QSsl::Rsa);
    QCOMPARE(identity.key.type(), QSsl::PrivateKey);
    QCOMPARE(identity.certificate, ca);
}

void TestTlsAuthority::eachStartMintsANewKey()
{
    QString error;
    const auto a = TlsAuthority::create(&error);
    const auto b = TlsAuthority::create(&error);
    QVERIFY(a && b);
    QVERIFY(a->caCertificate().publicKey().toDer() != b->caCertificate().publicKey().toDer());
    QVERIFY(a->caCertificate().serialNumber() != b->caCertificate().serialNumber());
}

void TestTlsAuthority::verifiesForLoopbackNames()
{
    QString error;
    const auto authority = TlsAuthority::create(&error);
    QVERIFY(authority);
    const QList<QSslCertificate> chain { authority->caCertificate() };
    // QSslCertificate::verify uses the default CA store, which does not hold this anchor: the only
    // error must be the untrusted self-signed certificate, never a name or validity problem.
    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        const QList<QSslError> errors = QSslCertificate::verify(chain, host);
        for (const QSslError &e : errors) {
            QVERIFY2(e.error() == QSslError::SelfSignedCertificate
                         || e.error() == QSslError::SelfSignedCertificateInChain,
                     qPrintable(host + QStringLiteral(": ") + e.errorString()));
        }
    }
    const QList<QSslError> wrongHost
        = QSslCertificate::verify(chain, QStringLiteral("example.com"));
    QVERIFY(std::any_of(wrongHost.cbegin(), wrongHost.cend(), [](const QSslError &e) {
        return e.error() == QSslError::HostNameMismatch;
    }));
}

void TestTlsAuthority::pemExportHoldsNoPrivateKey()
{
    QString error;
    const auto authority = TlsAuthority::create(&error);
    QVERIFY(authority);
    const QByteArray pem = authority->caCertificatePem();
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!pem.contains("PRIVATE KEY"));
    QCOMPARE(QSslCertificate::fromData(pem, QSsl::Pem).value(0), authority->caCertificate());
}

ODT_TEST_GUILESS_MAIN(TestTlsAuthority)
#include "tst_tlsauthority.moc"
