#include "profiles/plist.h"
#include "profiles/plistwriter.h"

#include <QDateTime>
#include <QTest>

using namespace odt::profiles;

class TestPlistWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryType()
    {
        const QVariantMap value {
            { QStringLiteral("string"), QStringLiteral("Okta <Device> & \"Trust\"") },
            { QStringLiteral("integer"), 2048 },
            { QStringLiteral("negative"), qlonglong(-7) },
            { QStringLiteral("real"), 0.25 },
            { QStringLiteral("yes"), true },
            { QStringLiteral("no"), false },
            { QStringLiteral("data"), QByteArray("\x00\x01\xff", 3) },
            { QStringLiteral("list"),
              QVariantList { QStringLiteral("a"), QVariantList { QStringLiteral("b") } } },
            { QStringLiteral("dict"),
              QVariantMap { { QStringLiteral("k"), QStringLiteral("v") } } },
            { QStringLiteral("empty"), QVariantMap {} },
        };
        QString error;
        const auto read = parsePlist(writePlist(value), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->toMap(), value);
        QCOMPARE(read->toMap().value(QStringLiteral("integer")).typeId(), QMetaType::LongLong);
        QCOMPARE(read->toMap().value(QStringLiteral("yes")).typeId(), QMetaType::Bool);
        QCOMPARE(read->toMap().value(QStringLiteral("data")).typeId(), QMetaType::QByteArray);
    }

    void writesApplesHeaderAndEscapes()
    {
        const QByteArray bytes
            = writePlist(QVariantMap { { QStringLiteral("a&b"), QStringLiteral("<x>") } });
        QVERIFY(
            bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC "
                             "\"-//Apple//DTD PLIST 1.0//EN\" "
                             "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                             "<plist version=\"1.0\">"));
        QVERIFY(bytes.contains("<key>a&amp;b</key>"));
        QVERIFY(bytes.contains("<string>&lt;x&gt;</string>"));
        QVERIFY(bytes.trimmed().endsWith("</plist>"));
    }

    void equalValuesGiveEqualBytes()
    {
        QVariantMap first;
        first.insert(QStringLiteral("zeta"), 1);
        first.insert(QStringLiteral("alpha"), QStringLiteral("x"));
        QVariantMap second;
        second.insert(QStringLiteral("alpha"), QStringLiteral("x"));
        second.insert(QStringLiteral("zeta"), 1);
        QCOMPARE(writePlist(first), writePlist(second));
        const QByteArray bytes = writePlist(first);
        QVERIFY(bytes.indexOf("alpha") < bytes.indexOf("zeta"));
    }

    void datesAreUtc()
    {
        const QDateTime when(QDate(2026, 12, 7), QTime(6, 30), Qt::OffsetFromUTC, 3600);
        QVERIFY(writePlist(QVariantMap { { QStringLiteral("d"), when } })
                    .contains("<date>2026-12-07T05:30:00Z</date>"));
    }

    void bytesSurviveRewriting()
    {
        // What a tenant returns is compared by re-reading; writing what was read gives the bytes
        // that were generated.
        const QByteArray bytes = writePlist(
            QVariantMap { { QStringLiteral("PayloadContent"),
                            QVariantList { QVariantMap { { QStringLiteral("Keysize"), 2048 } } } },
                          { QStringLiteral("PayloadVersion"), 1 } });
        QCOMPARE(writePlist(*parsePlist(bytes)), bytes);
    }
};

QTEST_GUILESS_MAIN(TestPlistWriter)
#include "tst_plistwriter.moc"
