#include "crypto/der.h"
#include "support/testmain.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

namespace der = odt::crypto::der;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace

class TestDer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lengths_data();
    void lengths();
    void integers_data();
    void integers();
    void integerFromQuint64();
    void objectIdentifiers_data();
    void objectIdentifiers();
    void rejectsMalformedObjectIdentifiers_data();
    void rejectsMalformedObjectIdentifiers();
    void primitives();
    void bitStrings();
    void namedBitLists();
    void times();
    void constructed();
    void contextTags();
    void readsBack();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
};

void TestDer::lengths_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << qsizetype(0) << hex("00");
    QTest::newRow("127") << qsizetype(127) << hex("7f");
    QTest::newRow("128") << qsizetype(128) << hex("8180");
    QTest::newRow("255") << qsizetype(255) << hex("81ff");
    QTest::newRow("256") << qsizetype(256) << hex("820100");
    QTest::newRow("65535") << qsizetype(65535) << hex("82ffff");
    QTest::newRow("65536") << qsizetype(65536) << hex("83010000");
}

void TestDer::lengths()
{
    QFETCH(qsizetype, length);
    QFETCH(QByteArray, expected);
    QCOMPARE(der::encodeLength(length).toHex(), expected.toHex());
    // The same length in front of real contents.
    const QByteArray encoded = der::octetString(QByteArray(length, 'x'));
    QCOMPARE(encoded.left(1 + expected.size()).toHex(), ("04" + expected.toHex()));
    QCOMPARE(encoded.size(), 1 + expected.size() + length);
}

void TestDer::integers_data()
{
    QTest::addColumn<QByteArray>("bigEndian");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << hex("00") << hex("020100");
    QTest::newRow("0 from no bytes") << QByteArray() << hex("020100");
    QTest::newRow("127") << hex("7f") << hex("02017f");
    QTest::newRow("128") << hex("80") << hex("02020080");
    QTest::newRow("256") << hex("0100") << hex("02020100");
    QTest::newRow("leading zeros dropped") << hex("00000100") << hex("02020100");
    QTest::newRow("leading zero kept for sign") << hex("000080") << hex("02020080");
    QTest::newRow("16-byte serial with high bit")
        << hex("ff0102030405060708090a0b0c0d0e0f") << hex("021100ff0102030405060708090a0b0c0d0e0f");
}

void TestDer::integers()
{
    QFETCH(QByteArray, bigEndian);
    QFETCH(QByteArray, expected);
    QCOMPARE(der::integer(QByteArrayView(bigEndian)).toHex(), expected.toHex());
}

void TestDer::integerFromQuint64()
{
    QCOMPARE(der::integer(quint64(0)).toHex(), QByteArray("020100"));
    QCOMPARE(der::integer(quint64(2)).toHex(), QByteArray("020102"));
    QCOMPARE(der::integer(quint64(128)).toHex(), QByteArray("02020080"));
    QCOMPARE(der::integer(quint64(256)).toHex(), QByteArray("02020100"));
    QCOMPARE(der::integer(std::numeric_limits<quint64>::max()).toHex(),
             QByteArray("020900ffffffffffffffff"));
}

void TestDer::objectIdentifiers_data()
{
    QTest::addColumn<QByteArray>("dotted");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("sha256WithRSAEncryption")
        << QByteArray("1.2.840.113549.1.1.11") << hex("06092a864886f70d01010b");
    QTest::newRow("commonName") << QByteArray("2.5.4.3") << hex("0603550403");
    QTest::newRow("subjectAltName") << QByteArray("2.5.29.17") << hex("0603551d11");
    QTest::newRow("serverAuth") << QByteArray("1.3.6.1.5.5.7.3.1") << hex("06082b06010505070301");
    QTest::newRow("first arcs over 127") << QByteArray("2.999.3") << hex("0603883703");
}

void TestDer::objectIdentifiers()
{
    QFETCH(QByteArray, dotted);
    QFETCH(QByteArray, expected);
    QCOMPARE(der::oid(dotted).toHex(), expected.toHex());
}

void TestDer::rejectsMalformedObjectIdentifiers_data()
{
    QTest::addColumn<QByteArray>("dotted");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one arc") << QByteArray("1");
    QTest::newRow("first arc 3") << QByteArray("3.1");
    QTest::newRow("second arc 40 under 1") << QByteArray("1.40");
    QTest::newRow("empty arc") << QByteArray("1..2");
    QTest::newRow("trailing dot") << QByteArray("1.2.");
    QTest::newRow("letters") << QByteArray("1.2.x");
    QTest::newRow("leading zero") << QByteArray("1.02");
    QTest::newRow("negative") << QByteArray("1.-2");
}

void TestDer::rejectsMalformedObjectIdentifiers()
{
    QFETCH(QByteArray, dotted);
    QVERIFY(der::oid(dotted).isEmpty());
}

void TestDer::primitives()
{
    QCOMPARE(der::null().toHex(), QByteArray("0500"));
    QCOMPARE(der::boolean(true).toHex(), QByteArray("0101ff"));
    QCOMPARE(der::boolean(false).toHex(), QByteArray("010100"));
    QCOMPARE(der::utf8String(QStringLiteral("é")).toHex(), QByteArray("0c02c3a9"));
    QCOMPARE(der::printableString("AB").toHex(), QByteArray("13024142"));
    QCOMPARE(der::ia5String("localhost").toHex(), QByteArray("16096c6f63616c686f7374"));
    QCOMPARE(der::octetString(hex("7f000001")).toHex(), QByteArray("04047f000001"));
    QCOMPARE(der::octetString({}).toHex(), QByteArray("0400"));
}

void TestDer::bitStrings()
{
    QCOMPARE(der::bitString(hex("0102ff")).toHex(), QByteArray("0304000102ff"));
    QCOMPARE(der::bitString(hex("a0"), 5).toHex(), QByteArray("030205a0"));
    QCOMPARE(der::bitString({}).toHex(), QByteArray("030100"));
}

void TestDer::namedBitLists()
{
    // keyUsage values as OpenSSL writes them.
    QCOMPARE(der::namedBits({ 0, 2 }).toHex(), QByteArray("030205a0")); // digitalSig, keyEnc
    QCOMPARE(der::namedBits({ 5, 6 }).toHex(), QByteArray("03020106")); // keyCertSign, cRLSign
    QCOMPARE(der::namedBits({ 7 }).toHex(), QByteArray("03020001"));
    QCOMPARE(der::namedBits({ 8 }).toHex(), QByteArray("0303070080")); // decipherOnly
    QCOMPARE(der::namedBits({}).toHex(), QByteArray("030100"));
}

void TestDer::times()
{
    const QDateTime when(QDate(2024, 3, 5), QTime(7, 8, 9, 500), Qt::UTC);
    QCOMPARE(der::utcTime(when), QByteArray("\x17\x0d") + "240305070809Z");
    QCOMPARE(der::generalizedTime(when), QByteArray("\x18\x0f") + "20240305070809Z");
    QCOMPARE(der::time(when), der::utcTime(when));

    // Local times are written as UTC.
    const QDateTime offset(QDate(2024, 3, 5), QTime(9, 8, 9), QTimeZone(2 * 3600));
    QCOMPARE(der::utcTime(offset), der::utcTime(when.addMSecs(-500)));

    // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
    const QDateTime last(QDate(2049, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(der::time(last), QByteArray("\x17\x0d") + "491231235959Z");
    const QDateTime first = last.addSecs(1);
    QCOMPARE(der::time(first), QByteArray("\x18\x0f") + "20500101000000Z");
}

void TestDer::constructed()
{
    QCOMPARE(der::sequence({}).toHex(), QByteArray("3000"));
    QCOMPARE(der::sequence({ der::null(), der::boolean(true) }).toHex(),
             QByteArray("300505000101ff"));
    // SET OF is sorted by encoding, whatever the order given.
    QCOMPARE(der::set({ der::integer(quint64(2)), der::null(), der::integer(quint64(1)) }).toHex(),
             QByteArray("31080201010201020500"));
    QCOMPARE(der::set({ hex("0401ff"), hex("040100") }).toHex(), QByteArray("31060401000401ff"));
    // A 200-byte body needs the long length form in the enclosing SEQUENCE.
    const QByteArray big = der::octetString(QByteArray(200, 'x'));
    QCOMPARE(der::sequence({ big }).left(3).toHex(), QByteArray("3081cb"));
}

void TestDer::contextTags()
{
    // [0] EXPLICIT INTEGER 2: the certificate version field.
    QCOMPARE(der::explicitTag(0, der::integer(quint64(2))).toHex(), QByteArray("a003020102"));
    QCOMPARE(der::explicitTag(3, der::sequence({})).toHex(), QByteArray("a3023000"));
    // GeneralName dNSName [2] and iPAddress [7]; keyIdentifier [0].
    QCOMPARE(der::implicitTag(2, der::ia5String("a.b")).toHex(), QByteArray("8203612e62"));
    QCOMPARE(der::implicitTag(7, der::octetString(hex("7f000001"))).toHex(),
             QByteArray("87047f000001"));
    // A constructed element stays constructed.
    QCOMPARE(der::implicitTag(1, der::sequence({ der::null() })).toHex(), QByteArray("a1020500"));
}

void TestDer::readsBack()
{
    const QByteArray body(300, 'y');
    const QByteArray encoded
        = der::sequence({ der::integer(quint64(5)), der::octetString(body), der::null() });
    const auto outer = der::read(QByteArray(encoded + "trailing"));
    QVERIFY(outer);
    QCOMPARE(outer->tag, quint8(der::Sequence));
    QCOMPARE(outer->encodedSize, encoded.size());
    const auto inner = der::readAll(outer->contents);
    QVERIFY(inner);
    QCOMPARE(inner->size(), 3);
    QCOMPARE(inner->at(0).tag, quint8(der::Integer));
    QCOMPARE(inner->at(0).contents, hex("05"));
    QCOMPARE(inner->at(1).tag, quint8(der::OctetString));
    QCOMPARE(inner->at(1).contents, body);
    QCOMPARE(inner->at(2).tag, quint8(der::Null));
    QVERIFY(inner->at(2).contents.isEmpty());
}

void TestDer::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("tag only") << hex("30");
    QTest::newRow("contents cut short") << hex("300500");
    QTest::newRow("length bytes cut short") << hex("3082ff");
    QTest::newRow("indefinite length") << hex("308005000000");
    QTest::newRow("long form for a short length") << hex("04810100");
    QTest::newRow("long form with a leading zero") << hex("04820080") + QByteArray(128, 'x');
    QTest::newRow("high tag number") << hex("1f0100");
}

void TestDer::rejectsMalformedInput()
{
    QFETCH(QByteArray, data);
    QVERIFY(!der::read(data));
    if (!data.isEmpty()) // no elements at all is a valid list
        QVERIFY(!der::readAll(data));
}

ODT_TEST_GUILESS_MAIN(TestDer)
#include "tst_der.moc"
