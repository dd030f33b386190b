#include "crypto/der.h"
#include "crypto/tlsauthority.h"
#include "support/testmain.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using odt::crypto::TlsAuthority;

namespace {

bool hasError(const QList<QSslError> &errors, QSslError::SslError kind)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [kind](const QSslError &e) { return e.error() == kind; });
}

// Qt shows subjectKeyIdentifier as "0B:F1:...", and authorityKeyIdentifier as a map holding
// "keyid" in plain hex: both as bytes here.
QByteArray keyIdentifier(const QSslCertificate &certificate, const QString &extensionName)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() != extensionName)
            continue;
        const QVariant value = extension.value();
        const QByteArray text = value.typeId() == QMetaType::QVariantMap
            ? value.toMap().value(QStringLiteral("keyid")).toByteArray()
            : value.toByteArray();
        return QByteArray::fromHex(QByteArray(text).replace(':', ""));
    }
    return {};
}

// RFC 5280 §4.2.1.2 method 1, worked out independently of the code under test: from Qt's view of
// the public key, hashed with QCryptographicHash.
QByteArray rfc5280KeyIdentifier(const QSslCertificate &certificate)
{
    namespace der = odt::crypto::der;
    const auto spki = der::read(certificate.publicKey().toDer());
    const auto fields = spki ? der::readAll(spki->contents) : std::nullopt;
    if (!fields || fields->size() != 2 || fields->at(1).tag != der::BitString)
        return "not a SubjectPublicKeyInfo";
    return QCryptographicHash::hash(fields->at(1).contents.sliced(1), QCryptographicHash::Sha1);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestTlsAuthority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void caIsASelfSignedSha256Anchor();
    void serverCertificateIsIssuedByTheCa();
    void handshake_data();
    void handshake();
    void opensslAcceptsTheChain();
    void eachStartMintsNewKeysAndSerials();
    void pemExportHoldsOnlyTheCaCertificate();
    void honoursOptions();
    void rejectsUnusableOptions();

private:
    std::optional<TlsAuthority> m_authority;
};

void TestTlsAuthority::initTestCase()
{
    QString error;
    m_authority = TlsAuthority::create(&error);
    QVERIFY2(m_authority, qPrintable(error));
}

void TestTlsAuthority::caIsASelfSignedSha256Anchor()
{
    const QSslCertificate ca = m_authority->caCertificate();
    QVERIFY(!ca.isNull());
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("ODT Setup Assistant Sandbox CA") });
    QCOMPARE(ca.subjectInfo(QSslCertificate::Organization),
             QStringList { QStringLiteral("ODT Setup Assistant Sandbox") });
    QCOMPARE(ca.issuerDisplayName(), ca.subjectDisplayName());
    QCOMPARE(ca.version(), QByteArray("3"));
    QCOMPARE(ca.publicKey().algorithm(), QSsl::Rsa);
    QVERIFY(ca.publicKey().length() >= 2048);

    const QString text = ca.toText();
    QVERIFY2(text.contains(u"sha256WithRSAEncryption"), qPrintable(text));
    QVERIFY2(text.contains(u"CA:TRUE, pathlen:0"), qPrintable(text));
    QVERIFY2(text.contains(u"Certificate Sign, CRL Sign"), qPrintable(text));
    QVERIFY2(text.contains(u"X509v3 Subject Key Identifier"), qPrintable(text));
    QVERIFY(ca.subjectAlternativeNames().isEmpty());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ca.effectiveDate() <= now.addSecs(-3500));
    QVERIFY(ca.expiryDate() > now.addDays(29));
    QVERIFY(ca.expiryDate() <= now.addDays(30));
}

void TestTlsAuthority::serverCertificateIsIssuedByTheCa()
{
    const QSslCertificate ca = m_authority->caCertificate();
    const odt::crypto::TlsIdentity identity = m_authority->serverIdentity();
    const QSslCertificate leaf = identity.certificate;
    QVERIFY(!leaf.isNull());
    QVERIFY(!leaf.isSelfSigned());
    QCOMPARE(identity.chain, (QList<QSslCertificate> { leaf, ca }));
    QVERIFY(leaf.publicKey().toDer() != ca.publicKey().toDer());
    QCOMPARE(identity.key.algorithm(), QSsl::Rsa);
    QCOMPARE(identity.key.type(), QSsl::PrivateKey);
    QVERIFY(identity.key.length() >= 2048);

    QCOMPARE(leaf.subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("localhost") });
    for (const auto attribute : { QSslCertificate::CommonName, QSslCertificate::Organization })
        QCOMPARE(leaf.issuerInfo(attribute), ca.subjectInfo(attribute));
    QCOMPARE(leaf.issuerDisplayName(), ca.subjectDisplayName());

    const auto names = leaf.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList { QStringLiteral("localhost") });
    const QStringList addresses = names.values(QSsl::IpAddressEntry);
    QCOMPARE(addresses.size(), 2);
    QVERIFY2(addresses.contains(u"127.0.0.1"), qPrintable(addresses.join(u' ')));
    QVERIFY2(addresses.contains(u"::1"), qPrintable(addresses.join(u' ')));

    const QString text = leaf.toText();
    QVERIFY2(text.contains(u"sha256WithRSAEncryption"), qPrintable(text));
    QVERIFY2(text.contains(u"CA:FALSE"), qPrintable(text));
    QVERIFY2(text.contains(u"Digital Signature, Key Encipherment"), qPrintable(text));
    QVERIFY2(text.contains(u"TLS Web Server Authentication"), qPrintable(text));
    QVERIFY2(!text.contains(u"Certificate Sign"), qPrintable(text));

    // The leaf names the CA's key, so a verifier can pick the issuer without trying signatures.
    const QByteArray caKeyId = keyIdentifier(ca, QStringLiteral("subjectKeyIdentifier"));
    QCOMPARE(caKeyId, rfc5280KeyIdentifier(ca));
    QCOMPARE(keyIdentifier(leaf, QStringLiteral("authorityKeyIdentifier")), caKeyId);
    QCOMPARE(keyIdentifier(leaf, QStringLiteral("subjectKeyIdentifier")),
             rfc5280KeyIdentifier(leaf));
    QVERIFY(rfc5280KeyIdentifier(leaf) != caKeyId);

    QCOMPARE(leaf.effectiveDate(), ca.effectiveDate());
    QCOMPARE(leaf.expiryDate(), ca.expiryDate());
}

enum class Trust { SandboxCa, SystemStore, OtherSandboxCa };
Q_DECLARE_METATYPE(Trust)

void TestTlsAuthority::handshake_data()
{
    QTest::addColumn<Trust>("trust");
    QTest::addColumn<QString>("peerName"); // empty: the host connected to, 127.0.0.1
    QTest::addColumn<QSslError::SslError>("expectedError"); // NoError: the handshake succeeds
    QTest::newRow("IP 127.0.0.1") << Trust::SandboxCa << QString() << QSslError::NoError;
    QTest::newRow("localhost") << Trust::SandboxCa << QStringLiteral("localhost")
                               << QSslError::NoError;
    QTest::newRow("IP ::1") << Trust::SandboxCa << QStringLiteral("::1") << QSslError::NoError;
    QTest::newRow("wrong name") << Trust::SandboxCa << QStringLiteral("example.com")
                                << QSslError::HostNameMismatch;
    QTest::newRow("wrong IP") << Trust::SandboxCa << QStringLiteral("127.0.0.2")
                              << QSslError::HostNameMismatch;
    QTest::newRow("CA not trusted")
        << Trust::SystemStore << QString() << QSslError::SelfSignedCertificateInChain;
    QTest::newRow("another sandbox's CA")
        << Trust::OtherSandboxCa << QString() << QSslError::SelfSignedCertificateInChain;
}

void TestTlsAuthority::handshake()
{
    QFETCH(Trust, trust);
    QFETCH(QString, peerName);
    QFETCH(QSslError::SslError, expectedError);

    const odt::crypto::TlsIdentity identity = m_authority->serverIdentity();
    QSslServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificateChain(identity.chain);
    serverTls.setPrivateKey(identity.key);
    serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(serverTls);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));

    QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
    clientTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    std::optional<TlsAuthority> other;
    if (trust == Trust::SandboxCa) {
        clientTls.setCaCertificates({ m_authority->caCertificate() });
    } else if (trust == Trust::OtherSandboxCa) {
        QString error;
        other = TlsAuthority::create(&error);
        QVERIFY2(other, qPrintable(error));
        clientTls.setCaCertificates({ other->caCertificate() });
    }
    QSslSocket client;
    client.setSslConfiguration(clientTls);
    if (!peerName.isEmpty())
        client.setPeerVerifyName(peerName);
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy sslErrors(&client, &QSslSocket::sslErrors);
    QSignalSpy failed(&client, &QSslSocket::errorOccurred);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_VERIFY(encrypted.size() + failed.size() > 0);

    if (expectedError == QSslError::NoError) {
        QVERIFY2(failed.isEmpty(), qPrintable(client.errorString()));
        QVERIFY(sslErrors.isEmpty());
        QCOMPARE(encrypted.size(), 1);
        QCOMPARE(client.peerCertificate(), identity.certificate);
        QCOMPARE(client.peerCertificateChain().value(1), m_authority->caCertificate());
        // QSslServer hands out a connection only once its side of the handshake is done too.
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
        auto *acceptedTls = qobject_cast<QSslSocket *>(accepted.get());
        QVERIFY(acceptedTls);
        QVERIFY(acceptedTls->isEncrypted());
    } else {
        QVERIFY(encrypted.isEmpty());
        QCOMPARE(sslErrors.size(), 1);
        const auto errors = sslErrors.first().first().value<QList<QSslError>>();
        QStringList descriptions;
        for (const QSslError &e : errors)
            descriptions.append(e.errorString());
        QVERIFY2(hasError(errors, expectedError), qPrintable(descriptions.join(u"; ")));
        if (expectedError != QSslError::HostNameMismatch) {
            QVERIFY2(!hasError(errors, QSslError::HostNameMismatch),
                     qPrintable(descriptions.join(u"; ")));
        }
        QCOMPARE(client.error(), QAbstractSocket::SslHandshakeFailedError);
    }
}

void TestTlsAuthority::opensslAcceptsTheChain()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("No openssl command line tool");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    const QString leafPath = dir.filePath(QStringLiteral("leaf.pem"));
    QVERIFY(writeFile(caPath, m_authority->caCertificatePem()));
    QVERIFY(writeFile(leafPath, m_authority->serverIdentity().certificate.toPem()));

    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("openssl did not finish");
        return QString::fromLocal8Bit(process.readAll());
    };

    // Strict RFC 5280 checks, security level 2 (no SHA-1, no keys under 2048 bits), and the names
    // a browser would check.
    for (const QStringList &check : {
             QStringList { QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1") },
             QStringList { QStringLiteral("-verify_ip"), QStringLiteral("::1") },
             QStringList { QStringLiteral("-verify_hostname"), QStringLiteral("localhost") },
         }) {
        const QString output
            = run(QStringList { QStringLiteral("verify"), QStringLiteral("-x509_strict"),
                                QStringLiteral("-auth_level"), QStringLiteral("2"),
                                QStringLiteral("-purpose"), QStringLiteral("sslserver"),
                                QStringLiteral("-CAfile"), caPath }
                  + check + QStringList { leafPath });
        QCOMPARE(output.trimmed(), leafPath + QStringLiteral(": OK"));
    }
    const QString wrongIp
        = run({ QStringLiteral("verify"), QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.2"),
                QStringLiteral("-CAfile"), caPath, leafPath });
    QVERIFY2(!wrongIp.contains(u": OK"), qPrintable(wrongIp));

    const QString altNames
        = run({ QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                QStringLiteral("subjectAltName"), QStringLiteral("-in"), leafPath });
    QVERIFY2(altNames.contains(u"IP Address:127.0.0.1"), qPrintable(altNames));
    QVERIFY2(altNames.contains(u"DNS:localhost"), qPrintable(altNames));
    QVERIFY2(!altNames.contains(u"0.0.0.0"), qPrintable(altNames));
}

void TestTlsAuthority::eachStartMintsNewKeysAndSerials()
{
    QString error;
    const auto other = TlsAuthority::create(&error);
    QVERIFY2(other, qPrintable(error));
    const QSslCertificate a[]
        = { m_authority->caCertificate(), m_authority->serverIdentity().certificate };
    const QSslCertificate b[] = { other->caCertificate(), other->serverIdentity().certificate };
    for (int i = 0; i < 2; ++i) {
        QVERIFY(a[i].publicKey().toDer() != b[i].publicKey().toDer());
        QVERIFY(a[i].serialNumber() != b[i].serialNumber());
        // 16 random bytes, positive: "xx:xx:...", 16 groups, no leading 00 group.
        QCOMPARE(a[i].serialNumber().split(':').size(), 16);
    }
    QVERIFY(a[0].serialNumber() != a[1].serialNumber());
    QVERIFY(m_authority->serverIdentity().key.toPem() != other->serverIdentity().key.toPem());
}

void TestTlsAuthority::pemExportHoldsOnlyTheCaCertificate()
{
    const QByteArray pem = m_authority->caCertificatePem();
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!pem.contains("PRIVATE KEY"));
    QCOMPARE(pem.count("-----BEGIN"), 1);
    QCOMPARE(QSslCertificate::fromData(pem, QSsl::Pem),
             QList<QSslCertificate> { m_authority->caCertificate() });
}

void TestTlsAuthority::honoursOptions()
{
    TlsAuthority::Options options;
    options.caCommonName = QStringLiteral("Test CA");
    options.dnsNames = { QStringLiteral("sandbox.test"), QStringLiteral("bücher.test") };
    options.addresses
        = { QHostAddress(QStringLiteral("10.1.2.3")), QHostAddress(QStringLiteral("fe80::1")) };
    options.validDays = 2;
    QString error;
    const auto authority = TlsAuthority::create(options, &error);
    QVERIFY2(authority, qPrintable(error));
    QCOMPARE(authority->caCertificate().subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("Test CA") });
    const QSslCertificate leaf = authority->serverIdentity().certificate;
    QCOMPARE(leaf.subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("sandbox.test") });
    QCOMPARE(leaf.issuerInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("Test CA") });
    const auto names = leaf.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry).size(), 2);
    QVERIFY(names.values(QSsl::DnsEntry).contains(u"sandbox.test"));
    QVERIFY(names.values(QSsl::DnsEntry).contains(u"xn--bcher-kva.test"));
    QCOMPARE(names.values(QSsl::IpAddressEntry).size(), 2);
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"10.1.2.3"));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"fe80::1"));
    QVERIFY(leaf.expiryDate() <= QDateTime::currentDateTimeUtc().addDays(2));
    QVERIFY(leaf.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1));

    // Without DNS names the CN falls back to the loopback address.
    options.dnsNames.clear();
    const auto addressesOnly = TlsAuthority::create(options, &error);
    QVERIFY2(addressesOnly, qPrintable(error));
    QCOMPARE(addressesOnly->serverIdentity().certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("127.0.0.1") });
    QVERIFY(addressesOnly->serverIdentity()
                .certificate.subjectAlternativeNames()
                .values(QSsl::DnsEntry)
                .isEmpty());
}

void TestTlsAuthority::rejectsUnusableOptions()
{
    const auto rejected = [](const TlsAuthority::Options &options) {
        QString error;
        const bool failed = !TlsAuthority::create(options, &error);
        return failed && !error.isEmpty();
    };
    TlsAuthority::Options noNames;
    noNames.dnsNames.clear();
    noNames.addresses.clear();
    QVERIFY(rejected(noNames));
    TlsAuthority::Options nullAddress;
    nullAddress.addresses = { QHostAddress() };
    QVERIFY(rejected(nullAddress));
    TlsAuthority::Options noValidity;
    noValidity.validDays = 0;
    QVERIFY(rejected(noValidity));
}

ODT_TEST_GUILESS_MAIN(TestTlsAuthority)
#include "tst_tlsauthority.moc"
