// Talks to the real OS keychain (Secret Service on Linux): scripts/test starts a private D-Bus
// session with an unlocked gnome-keyring and sets ODT_KEYCHAIN_TESTS=1.
#include "secrets/secretstore.h"

#include <QTest>
#include <QUuid>

using odt::secrets::KeychainSecretStore;
using odt::secrets::SecretResult;

namespace {
SecretResult await(const std::function<void(KeychainSecretStore::Callback)> &call)
{
    SecretResult result;
    bool done = false;
    call([&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error = SecretResult::Error::Other, result.message = QStringLiteral("timed out");
    return result;
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip_data();
    void roundTrip();
    void missingSecretIsNotFound();
    void noBackendIsAnError();

private:
    bool m_unavailable = false;
};

void TestSecretStore::initTestCase()
{
    const QString mode = qEnvironmentVariable("ODT_KEYCHAIN_TESTS");
    m_unavailable = mode == QLatin1String("unavailable");
    if (mode != QLatin1String("1") && !m_unavailable)
        QSKIP("needs a real keychain: run through scripts/test, or set ODT_KEYCHAIN_TESTS=1");
}

void TestSecretStore::init()
{
    if (m_unavailable && QByteArray(QTest::currentTestFunction()) != "noBackendIsAnError")
        QSKIP("no keychain in this run");
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("token") << QByteArray("00abcDEF_refresh-token.value");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe binary", 12);
    QTest::newRow("large") << QByteArray(18000, 'x'); // refresh tokens and JWTs can be long
}

void TestSecretStore::roundTrip()
{
    QFETCH(QByteArray, secret);
    KeychainSecretStore store(QStringLiteral("ODT Setup Assistant tests"));
    const QString key
        = QStringLiteral("test:%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    SecretResult written = await([&](auto cb) { store.write(key, secret, cb); });
    QVERIFY2(written.ok(), qPrintable(written.message));
    SecretResult read = await([&](auto cb) { store.read(key, cb); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.data, secret);

    const QByteArray replaced = secret + "-rotated";
    QVERIFY(await([&](auto cb) { store.write(key, replaced, cb); }).ok());
    QCOMPARE(await([&](auto cb) { store.read(key, cb); }).data, replaced);

    SecretResult removed = await([&](auto cb) { store.remove(key, cb); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    SecretResult gone = await([&](auto cb) { store.read(key, cb); });
    QCOMPARE(gone.error, SecretResult::Error::NotFound);
    QVERIFY(gone.data.isEmpty());
}

void TestSecretStore::missingSecretIsNotFound()
{
    KeychainSecretStore store(QStringLiteral("ODT Setup Assistant tests"));
    const SecretResult result
        = await([&](auto cb) { store.read(QStringLiteral("test:never-written"), cb); });
    QCOMPARE(result.error, SecretResult::Error::NotFound);
    QVERIFY(result.message.contains(u"test:never-written"));
}

void TestSecretStore::noBackendIsAnError()
{
    // Registered a second time with no reachable session bus (ODT_KEYCHAIN_TESTS=unavailable).
    if (!m_unavailable)
        QSKIP("runs as tst_secretstore_unavailable");
    KeychainSecretStore store(QStringLiteral("ODT Setup Assistant tests"));
    const SecretResult written
        = await([&](auto cb) { store.write(QStringLiteral("test:nowhere"), "secret", cb); });
    QVERIFY(!written.ok());
    QVERIFY(written.error == SecretResult::Error::NoBackend
            || written.error == SecretResult::Error::Other);
    QVERIFY(!written.message.isEmpty());
    const SecretResult read
        = await([&](auto cb) { store.read(QStringLiteral("test:nowhere"), cb); });
    QVERIFY(!read.ok());
    QVERIFY(read.data.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
