#include "net/multipartform.h"
#include "sandbox/multipart.h"

#include <QTest>

using namespace odt;

class TestMultipartForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsReadBackAsSent()
    {
        net::MultipartForm form;
        form.addField(QStringLiteral("name"), QStringLiteral("Okta \"Device\" Trust ✓"));
        form.addFile(QStringLiteral("file"), QStringLiteral("sso.mobileconfig"),
                     QByteArray("<plist>\r\n--x\r\n</plist>"), "application/x-apple-aspen-config");
        form.addField(QStringLiteral("runs_on_mac"), QStringLiteral("true"));
        QVERIFY(form.contentType().startsWith("multipart/form-data; boundary=odt-"));
        QString error;
        const auto parts = sandbox::parseMultipartFormData(form.contentType(), form.body(), &error);
        QVERIFY2(parts, qPrintable(error));
        QCOMPARE(parts->size(), 3);
        QCOMPARE(parts->at(0).name, QStringLiteral("name"));
        QCOMPARE(QString::fromUtf8(parts->at(0).data), QStringLiteral("Okta \"Device\" Trust ✓"));
        QVERIFY(!parts->at(0).filename);
        QCOMPARE(parts->at(1).filename, std::optional<QString>(QStringLiteral("sso.mobileconfig")));
        QCOMPARE(parts->at(1).contentType, QByteArray("application/x-apple-aspen-config"));
        QCOMPARE(parts->at(1).data, QByteArray("<plist>\r\n--x\r\n</plist>"));
        QCOMPARE(parts->at(2).data, QByteArray("true"));
    }

    void boundaryNeverOccursInTheContent()
    {
        net::MultipartForm form;
        form.addFile(QStringLiteral("file"), QStringLiteral("a"), QByteArray("x"));
        const QByteArray boundary = form.contentType().mid(form.contentType().indexOf('=') + 1);
        QVERIFY(!boundary.isEmpty());
        QCOMPARE(form.body().count(QByteArray("--" + boundary)),
                 2); // one opening delimiter, one closing
    }
};

QTEST_GUILESS_MAIN(TestMultipartForm)
#include "tst_multipartform.moc"
