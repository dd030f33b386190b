#include "core/orgurl.h"

#include <QTest>

using odt::OrgUrl;
using Problem = OrgUrl::Problem;

class TestOrgUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void rejects_data();
    void rejects();
    void messagesNameTheProblem();
};

void TestOrgUrl::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("folded");

    QTest::newRow("bare host") << "acme.okta.com"
                               << "https://acme.okta.com" << false;
    QTest::newRow("https") << "https://acme.okta.com"
                           << "https://acme.okta.com" << false;
    QTest::newRow("trailing slash") << "https://acme.okta.com/"
                                    << "https://acme.okta.com" << false;
    QTest::newRow("path dropped") << "https://acme.okta.com/app/UserHome?x=1#top"
                                  << "https://acme.okta.com" << false;
    QTest::newRow("whitespace") << "  acme.okta.com \t"
                                << "https://acme.okta.com" << false;
    QTest::newRow("upper case") << "HTTPS://ACME.Okta.COM"
                                << "https://acme.okta.com" << false;
    QTest::newRow("admin host") << "acme-admin.okta.com"
                                << "https://acme.okta.com" << true;
    QTest::newRow("admin console path") << "https://acme-admin.oktapreview.com/admin/dashboard"
                                        << "https://acme.oktapreview.com" << true;
    QTest::newRow("admin emea") << "acme-admin.okta-emea.com"
                                << "https://acme.okta-emea.com" << true;
    QTest::newRow("custom domain kept") << "login.acme-admin.com"
                                        << "https://login.acme-admin.com" << false;
    QTest::newRow("custom domain admin label kept") << "corp-admin.example.com"
                                                    << "https://corp-admin.example.com" << false;
    QTest::newRow("default port dropped") << "https://acme.okta.com:443"
                                          << "https://acme.okta.com" << false;
    QTest::newRow("loopback with port") << "https://127.0.0.1:8443/x"
                                        << "https://127.0.0.1:8443" << false;
    QTest::newRow("hyphenated org") << "my-org.okta.com"
                                    << "https://my-org.okta.com" << false;
}

void TestOrgUrl::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, folded);
    const OrgUrl url = OrgUrl::parse(input);
    QVERIFY2(url.isValid(), qPrintable(url.errorMessage()));
    QCOMPARE(url.toString(), expected);
    QCOMPARE(url.foldedAdminHost(), folded);
    QVERIFY(url.errorMessage().isEmpty());
}

void TestOrgUrl::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("empty") << "" << Problem::Empty;
    QTest::newRow("blank") << "   " << Problem::Empty;
    QTest::newRow("plain http") << "http://acme.okta.com" << Problem::PlainHttp;
    QTest::newRow("plain http upper") << "HTTP://acme.okta.com" << Problem::PlainHttp;
    QTest::newRow("ftp") << "ftp://acme.okta.com" << Problem::UnsupportedScheme;
    QTest::newRow("spaces inside") << "acme okta.com" << Problem::Malformed;
    QTest::newRow("no dot") << "acme" << Problem::Malformed;
    QTest::newRow("bad characters") << "acme_corp!.okta.com" << Problem::Malformed;
    QTest::newRow("leading hyphen") << "-acme.okta.com" << Problem::Malformed;
    QTest::newRow("only scheme") << "https://" << Problem::Malformed;
    QTest::newRow("bad port") << "https://acme.okta.com:99999" << Problem::Malformed;
    QTest::newRow("credentials") << "https://admin:secret@acme.okta.com" << Problem::HasCredentials;
}

void TestOrgUrl::rejects()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    const OrgUrl url = OrgUrl::parse(input);
    QVERIFY(!url.isValid());
    QCOMPARE(url.problem(), problem);
    QVERIFY(url.url().isEmpty());
    QVERIFY(!url.errorMessage().isEmpty());
}

void TestOrgUrl::messagesNameTheProblem()
{
    QVERIFY(OrgUrl::parse(QStringLiteral("http://x.okta.com")).errorMessage().contains(u"HTTPS"));
    QVERIFY(OrgUrl::parse(QStringLiteral("acme")).errorMessage().contains(u"\"acme\""));
    QVERIFY(OrgUrl::parse(QString()).errorMessage().contains(u"https://acme.okta.com"));
    // The password typed by mistake is never echoed back.
    QVERIFY(!OrgUrl::parse(QStringLiteral("https://a:hunter2@acme.okta.com"))
                 .errorMessage()
                 .contains(u"hunter2"));
}

QTEST_GUILESS_MAIN(TestOrgUrl)
#include "tst_orgurl.moc"
