#include "sandbox/multipart.h"
#include "support/testmain.h"

using namespace odt::sandbox;

class TestMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsAndFile();
    void boundaryForms_data();
    void boundaryForms();
    void bodyKeepsCrlfAndBoundaryLookalikes();
    void preambleAndEpilogueIgnored();
    void emptyPartAndNoHeaders();
    void malformed_data();
    void malformed();
};

void TestMultipart::fieldsAndFile()
{
    const QByteArray body = "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"name\"\r\n\r\n"
                            "Okta Verify config\r\n"
                            "--XyZ\r\n"
                            "Content-Disposition: form-data; name=\"file\"; "
                            "filename=\"okta; v2.mobileconfig\"\r\n"
                            "Content-Type: application/x-apple-aspen-config\r\n\r\n"
                            "<plist/>\r\n"
                            "--XyZ--\r\n";
    QString error;
    const auto parts = parseMultipartFormData("multipart/form-data; boundary=XyZ", body, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).name, u"name");
    QVERIFY(!parts->at(0).filename);
    QCOMPARE(parts->at(0).data, QByteArray("Okta Verify config"));
    QCOMPARE(parts->at(1).name, u"file");
    QCOMPARE(parts->at(1).filename.value_or(QString()), u"okta; v2.mobileconfig");
    QCOMPARE(parts->at(1).contentType, QByteArray("application/x-apple-aspen-config"));
    QCOMPARE(parts->at(1).data, QByteArray("<plist/>"));
}

void TestMultipart::boundaryForms_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("plain") << QByteArray("multipart/form-data; boundary=b-1");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"b-1\"");
    QTest::newRow("case and spaces") << QByteArray("Multipart/Form-Data ;  BOUNDARY = b-1 ");
    QTest::newRow("charset first")
        << QByteArray("multipart/form-data; charset=utf-8; boundary=b-1");
}

void TestMultipart::boundaryForms()
{
    QFETCH(QByteArray, contentType);
    const QByteArray body = "--b-1\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--b-1--";
    const auto parts = parseMultipartFormData(contentType, body);
    QVERIFY(parts);
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->at(0).name, u"a");
    QCOMPARE(parts->at(0).data, QByteArray("1"));
}

void TestMultipart::bodyKeepsCrlfAndBoundaryLookalikes()
{
    // Only CRLF + "--" + boundary ends a part; the same text without the CRLF is data.
    const QByteArray body
        = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n"
        + QByteArray("line1\r\nline2\r\n-b\r\n\r\n--bb") + "\r\n--b--\r\n";
    const auto parts = parseMultipartFormData("multipart/form-data; boundary=b", body);
    QVERIFY(parts);
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->at(0).data, QByteArray("line1\r\nline2\r\n-b\r\n\r\n--bb"));
}

void TestMultipart::preambleAndEpilogueIgnored()
{
    const QByteArray body = "preamble text\r\n--b\r\nContent-Disposition: form-data; name=\"x\"\r\n"
                            "\r\nvalue\r\n--b--\r\nepilogue";
    const auto parts = parseMultipartFormData("multipart/form-data; boundary=b", body);
    QVERIFY(parts);
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->at(0).data, QByteArray("value"));
}

void TestMultipart::emptyPartAndNoHeaders()
{
    const QByteArray body
        = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
          "\r\n\r\n--b--";
    const auto parts = parseMultipartFormData("multipart/form-data; boundary=b", body);
    QVERIFY(parts);
    QCOMPARE(parts->at(0).filename.value_or(u"unset"_qs), QString());
    QVERIFY(parts->at(0).data.isEmpty());
    // A part without a Content-Disposition has no form field name: rejected.
    QVERIFY(!parseMultipartFormData("multipart/form-data; boundary=b", "--b\r\n\r\nx\r\n--b--"));
}

void TestMultipart::malformed_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QByteArray ok = "--b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--b--";
    QTest::newRow("not multipart") << QByteArray("application/json") << ok << "multipart";
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << ok << "boundary";
    QTest::newRow("other boundary")
        << QByteArray("multipart/form-data; boundary=c") << ok << "boundary";
    QTest::newRow("unterminated") << QByteArray("multipart/form-data; boundary=b")
                                  << QByteArray("--b\r\nContent-Disposition: form-data; "
                                                "name=a\r\n\r\n1")
                                  << "close delimiter";
    QTest::newRow("no crlf after boundary") << QByteArray("multipart/form-data; boundary=b")
                                            << QByteArray("--bX\r\n\r\n--b--") << "CRLF";
    QTest::newRow("headers not ended") << QByteArray("multipart/form-data; boundary=b")
                                       << QByteArray("--b\r\nContent-Disposition: form-data; "
                                                     "name=a\r\n--b--")
                                       << "not terminated";
}

void TestMultipart::malformed()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseMultipartFormData(contentType, body, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

ODT_TEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
