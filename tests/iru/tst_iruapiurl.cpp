// What an admin may type as the Iru Endpoint API address, and what the tool makes of it; and the
// API token's validation (never echoing the token).
#include "iru/iruapiurl.h"
#include "iru/irutoken.h"
#include "support/fakesecretstore.h"
#include "support/testmain.h"

#include <QSignalSpy>

using namespace odt::iru;
using Problem = IruApiUrl::Problem;
using Region = IruApiUrl::Region;

class TestIruApiUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void consoleUrl();
    void token_data();
    void token();
    void tokenStoreKeysByHost();
};

void TestIruApiUrl::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Region>("region");
    QTest::addColumn<QString>("subdomain");
    // Checked against the suggestion (valid input) or the error message (invalid input); empty:
    // no suggestion at all.
    QTest::addColumn<QString>("mentions");

    // --- the API address itself ---
    QTest::newRow("us api") << "https://acme.api.kandji.io" << Problem::None
                            << "https://acme.api.kandji.io" << Region::Us << "acme"
                            << "";
    QTest::newRow("eu api") << "https://acme.api.eu.kandji.io" << Problem::None
                            << "https://acme.api.eu.kandji.io" << Region::Eu << "acme"
                            << "";
    QTest::newRow("iru api") << "https://acme.api.iru.com" << Problem::None
                             << "https://acme.api.iru.com" << Region::Iru << "acme"
                             << "";
    QTest::newRow("no scheme, upper case, spaces")
        << "  ACME.api.kandji.io/ " << Problem::None << "https://acme.api.kandji.io" << Region::Us
        << "acme"
        << "";
    QTest::newRow("api with path")
        << "https://acme.api.kandji.io/api/v1/devices?limit=1" << Problem::None
        << "https://acme.api.kandji.io" << Region::Us << "acme"
        << "without the path";
    QTest::newRow("dashed subdomain") << "https://my-co.api.eu.kandji.io" << Problem::None
                                      << "https://my-co.api.eu.kandji.io" << Region::Eu << "my-co"
                                      << "";
    // --- console addresses and subdomains: the API address is suggested ---
    QTest::newRow("us console")
        << "https://acme.kandji.io/devices?tab=all" << Problem::None << "https://acme.api.kandji.io"
        << Region::Us << "acme"
        << "Using the API address https://acme.api.kandji.io for the console acme.kandji.io.";
    QTest::newRow("eu console")
        << "https://acme.eu.kandji.io" << Problem::None << "https://acme.api.eu.kandji.io"
        << Region::Eu << "acme"
        << "Using the API address https://acme.api.eu.kandji.io for the console acme.eu.kandji.io.";
    QTest::newRow("iru console")
        << "acme.iru.com/blueprints" << Problem::None << "https://acme.api.iru.com" << Region::Iru
        << "acme"
        << "Using the API address https://acme.api.iru.com for the console acme.iru.com.";
    QTest::newRow("bare subdomain")
        << "acme" << Problem::None << "https://acme.api.kandji.io" << Region::Us << "acme"
        << "Using the API address https://acme.api.kandji.io for the subdomain acme (US region). "
           "For a tenant in the EU enter https://acme.api.eu.kandji.io, for an iru.com tenant "
           "https://acme.api.iru.com.";
    // --- loopback: the sandbox and the tests ---
    QTest::newRow("sandbox") << "https://127.0.0.1:8444" << Problem::None
                             << "https://127.0.0.1:8444" << Region::Loopback << ""
                             << "";
    QTest::newRow("localhost path") << "https://localhost:9000/api/v1" << Problem::None
                                    << "https://localhost:9000" << Region::Loopback << ""
                                    << "";
    // --- errors ---
    QTest::newRow("empty") << "   " << Problem::Empty << "" << Region::Unknown << ""
                           << "Enter your Iru Endpoint API URL";
    QTest::newRow("plain http") << "http://acme.api.kandji.io" << Problem::PlainHttp << ""
                                << Region::Unknown << ""
                                << "only served over HTTPS";
    QTest::newRow("plain http loopback")
        << "http://127.0.0.1:8444" << Problem::PlainHttp << "" << Region::Unknown << ""
        << "Use https://";
    QTest::newRow("ftp") << "ftp://acme.api.kandji.io" << Problem::UnsupportedScheme << ""
                         << Region::Unknown << ""
                         << "\"ftp://\" is not a web address";
    QTest::newRow("spaces") << "acme api kandji io" << Problem::Malformed << "" << Region::Unknown
                            << ""
                            << "contains spaces";
    QTest::newRow("credentials") << "https://user:pw@acme.api.kandji.io" << Problem::HasCredentials
                                 << "" << Region::Unknown << ""
                                 << "user name or password";
    QTest::newRow("okta org") << "https://acme.okta.com" << Problem::NotIruHost << ""
                              << Region::Unknown << ""
                              << "acme.okta.com is an Okta address";
    QTest::newRow("other site") << "https://mdm.example.com" << Problem::NotIruHost << ""
                                << Region::Unknown << ""
                                << "mdm.example.com is not an Iru Endpoint address";
    QTest::newRow("vendor website") << "https://support.kandji.io/support/solutions"
                                    << Problem::NotIruHost << "" << Region::Unknown << ""
                                    << "a site of the vendor";
    QTest::newRow("www") << "www.iru.com" << Problem::NotIruHost << "" << Region::Unknown << ""
                         << "a site of the vendor";
    QTest::newRow("undocumented eu iru.com")
        << "https://acme.api.eu.iru.com" << Problem::NotIruHost << "" << Region::Unknown << ""
        << "https://SUBDOMAIN.api.iru.com";
    QTest::newRow("nested subdomain")
        << "https://a.b.api.kandji.io" << Problem::NotIruHost << "" << Region::Unknown << ""
        << "not a known Iru Endpoint API";
}

void TestIruApiUrl::parse()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, url);
    QFETCH(Region, region);
    QFETCH(QString, subdomain);
    QFETCH(QString, mentions);

    const IruApiUrl parsed = IruApiUrl::parse(input);
    QCOMPARE(parsed.problem(), problem);
    QCOMPARE(parsed.isValid(), problem == Problem::None);
    QCOMPARE(parsed.toString(), url);
    QCOMPARE(parsed.region(), region);
    QCOMPARE(parsed.subdomain(), subdomain);
    QCOMPARE(parsed.isLoopback(), region == Region::Loopback);
    if (parsed.isValid()) {
        QCOMPARE(parsed.errorMessage(), QString());
        if (mentions.isEmpty())
            QCOMPARE(parsed.suggestion(), QString());
        else
            QVERIFY2(parsed.suggestion().contains(mentions), qPrintable(parsed.suggestion()));
    } else {
        QVERIFY(parsed.url().isEmpty());
        QCOMPARE(parsed.suggestion(), QString());
        QVERIFY2(parsed.errorMessage().contains(mentions), qPrintable(parsed.errorMessage()));
    }
}

void TestIruApiUrl::consoleUrl()
{
    QCOMPARE(IruApiUrl::parse(QStringLiteral("acme.api.kandji.io")).consoleUrl(),
             QUrl(QStringLiteral("https://acme.kandji.io")));
    QCOMPARE(IruApiUrl::parse(QStringLiteral("acme.api.eu.kandji.io")).consoleUrl(),
             QUrl(QStringLiteral("https://acme.eu.kandji.io")));
    QCOMPARE(IruApiUrl::parse(QStringLiteral("acme.api.iru.com")).consoleUrl(),
             QUrl(QStringLiteral("https://acme.iru.com")));
    QCOMPARE(IruApiUrl::parse(QStringLiteral("https://127.0.0.1:1")).consoleUrl(), QUrl());
    QCOMPARE(IruApiUrl::parse(QStringLiteral("http://x")).consoleUrl(), QUrl());
}

void TestIruApiUrl::token_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("mentions");
    const QString uuid = QStringLiteral("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70");
    QTest::newRow("uuid") << uuid << true << uuid << "";
    QTest::newRow("upper case") << uuid.toUpper() << true << uuid.toUpper() << "";
    QTest::newRow("whitespace") << u"  \n"_qs + uuid + u"\t"_qs << true << uuid << "";
    QTest::newRow("bearer prefix") << u"Bearer "_qs + uuid << true << uuid << "";
    QTest::newRow("empty") << "" << false << ""
                           << "Paste the Iru Endpoint API token";
    QTest::newRow("cut short") << uuid.left(20) << false << uuid.left(20)
                               << "this one has 20 character(s)";
    QTest::newRow("line break inside")
        << uuid.left(18) + u"\n"_qs + uuid.mid(18) << false
        << uuid.left(18) + u"\n"_qs + uuid.mid(18) << "contains spaces or line breaks";
    QTest::newRow("okta token") << "00sbxSuperAdminToken0000000000000000000000" << false
                                << "00sbxSuperAdminToken0000000000000000000000"
                                << "looks like an Okta API token";
    QTest::newRow("not hex") << "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6aXY" << false
                             << "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6aXY"
                             << "UUIDs of 36 characters";
}

void TestIruApiUrl::token()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QString, mentions);
    QCOMPARE(IruToken::normalized(input), normalized);
    QString error;
    QCOMPARE(IruToken::validate(input, &error), valid);
    if (valid) {
        QCOMPARE(error, QString());
    } else {
        QVERIFY2(error.contains(mentions), qPrintable(error));
        if (!normalized.isEmpty())
            QVERIFY2(!error.contains(normalized), "the message must not repeat the token");
    }
}

void TestIruApiUrl::tokenStoreKeysByHost()
{
    QCOMPARE(IruTokenStore::keyFor(QUrl(QStringLiteral("https://acme.api.kandji.io"))),
             QStringLiteral("iru-endpoint-api-token/acme.api.kandji.io"));
    QCOMPARE(IruTokenStore::keyFor(QUrl(QStringLiteral("https://127.0.0.1:8444"))),
             QStringLiteral("iru-endpoint-api-token/127.0.0.1:8444"));

    FakeSecretStore secrets;
    IruTokenStore store(&secrets);
    const QUrl acme(QStringLiteral("https://acme.api.kandji.io"));
    const QUrl other(QStringLiteral("https://other.api.eu.kandji.io"));
    bool saved = false;
    store.save(acme, "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70",
               [&](const odt::secrets::SecretResult &r) { saved = r.ok(); });
    QTRY_VERIFY(saved);
    QCOMPARE(secrets.entries.value(QStringLiteral("iru-endpoint-api-token/acme.api.kandji.io")),
             QByteArray("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"));
    std::optional<odt::secrets::SecretResult> loaded;
    store.load(acme, [&](const odt::secrets::SecretResult &r) { loaded = r; });
    QTRY_VERIFY(loaded.has_value());
    QCOMPARE(loaded->data, QByteArray("5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"));
    loaded.reset();
    store.load(other, [&](const odt::secrets::SecretResult &r) { loaded = r; });
    QTRY_VERIFY(loaded.has_value());
    QCOMPARE(loaded->error, odt::secrets::SecretResult::Error::NotFound);
    loaded.reset();
    store.remove(acme, [&](const odt::secrets::SecretResult &r) { loaded = r; });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY(loaded->ok());
    QVERIFY(secrets.entries.isEmpty());
}

ODT_TEST_GUILESS_MAIN(TestIruApiUrl)
#include "tst_iruapiurl.moc"
