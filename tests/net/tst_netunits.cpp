#include "net/linkheader.h"
#include "net/rategovernor.h"
#include "net/serviceerror.h"

#include <QTest>

using namespace odt::net;

class TestNetUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linkRelation_data();
    void linkRelation();
    void governorPacesByHeaders();
    void governorWaitsOutA429();
    void governorStaticBudget();
    void governorStaticBudgetCoversTheHost();
    void governorBuckets();
    void serviceErrors_data();
    void serviceErrors();
};

void TestNetUnits::linkRelation_data()
{
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<QString>("next");
    const QByteArray self = "<https://a.okta.com/api/v1/devices?limit=2>; rel=\"self\"";
    const QByteArray next = "<https://a.okta.com/api/v1/devices?after=guo9&limit=2>; rel=\"next\"";
    QTest::newRow("separate headers") << QList<QByteArray> { self, next }
                                      << "https://a.okta.com/api/v1/devices?after=guo9&limit=2";
    QTest::newRow("one header") << QList<QByteArray> { self + ", " + next }
                                << "https://a.okta.com/api/v1/devices?after=guo9&limit=2";
    QTest::newRow("last page") << QList<QByteArray> { self } << "";
    QTest::newRow("unquoted rel") << QList<QByteArray> { "<https://x/n>; rel=next" }
                                  << "https://x/n";
    QTest::newRow("several rels") << QList<QByteArray> { "<https://x/n>; rel=\"prev next\"" }
                                  << "https://x/n";
    QTest::newRow("relative") << QList<QByteArray> { "</api/v1/x?after=1>; rel=\"next\"" }
                              << "https://base.example/api/v1/x?after=1";
    QTest::newRow("none") << QList<QByteArray> {} << "";
}

void TestNetUnits::linkRelation()
{
    QFETCH(QList<QByteArray>, headers);
    QFETCH(QString, next);
    QCOMPARE(odt::net::linkRelation(headers, "next", QUrl(QStringLiteral("https://base.example/"))),
             QUrl(next));
}

void TestNetUnits::governorPacesByHeaders()
{
    RateGovernor governor;
    const QString bucket
        = RateGovernor::bucketOf(QUrl(QStringLiteral("https://a/api/v1/users/me")));
    const qint64 t0 = 1'000'000;
    QCOMPARE(governor.admit(bucket, t0), 0); // unknown budget: go
    governor.observe(bucket,
                     { { "X-Rate-Limit-Limit", "3" },
                       { "X-Rate-Limit-Remaining", "2" },
                       { "X-Rate-Limit-Reset", QByteArray::number((t0 + 10'000) / 1000) } },
                     200, t0);
    QCOMPARE(governor.admit(bucket, t0), 0);
    QCOMPARE(governor.admit(bucket, t0), 0);
    // Budget spent: wait for the reset plus the skew margin, never send into a 429.
    QCOMPARE(governor.admit(bucket, t0), 10'000 + RateGovernor::resetMarginMs);
    QCOMPARE(governor.admit(bucket, t0 + 4000), 6'000 + RateGovernor::resetMarginMs);
    governor.observe(bucket, {}, 200, t0 + 100);
    governor.observe(bucket, {}, 200, t0 + 100);
    QCOMPARE(governor.admit(bucket, t0 + 10'001), 0); // new window
}

void TestNetUnits::governorWaitsOutA429()
{
    RateGovernor governor;
    const QString bucket = QStringLiteral("h:443/api/v1/devices");
    const qint64 t0 = 5'000'000;
    QCOMPARE(governor.admit(bucket, t0), 0);
    governor.observe(bucket,
                     { { "X-Rate-Limit-Limit", "100" },
                       { "X-Rate-Limit-Remaining", "0" },
                       { "X-Rate-Limit-Reset", QByteArray::number(t0 / 1000 + 3) } },
                     429, t0);
    QCOMPARE(governor.admit(bucket, t0), 3000 + RateGovernor::resetMarginMs);
    // A 429 without headers waits the default backoff.
    const QString other = QStringLiteral("h:443/api/v1/other");
    QCOMPARE(governor.admit(other, t0), 0);
    governor.observe(other, {}, 429, t0);
    QCOMPARE(governor.admit(other, t0),
             RateGovernor::defaultBackoffMs + RateGovernor::resetMarginMs);
    governor.observe(other, { { "Retry-After", "7" } }, 429, t0);
    QVERIFY(governor.admit(other, t0) >= RateGovernor::defaultBackoffMs);
}

void TestNetUnits::governorStaticBudget()
{
    RateGovernor governor;
    governor.setStaticBudget(QStringLiteral("acme.api.kandji.io"), 2, 3600);
    const QString bucket
        = RateGovernor::bucketOf(QUrl(QStringLiteral("https://acme.api.kandji.io/api/v1/devices")));
    const qint64 t0 = 9'000'000;
    QCOMPARE(governor.admit(bucket, t0), 0);
    QCOMPARE(governor.admit(bucket, t0 + 1), 0);
    QCOMPARE(governor.admit(bucket, t0 + 1000), 3'600'000 - 1000);
    governor.observe(bucket, {}, 200, t0 + 2000); // no headers: the static budget stays in charge
    governor.observe(bucket, {}, 200, t0 + 2000);
    QCOMPARE(governor.admit(bucket, t0 + 2000), 3'600'000 - 2000);
    QCOMPARE(governor.admit(bucket, t0 + 3'600'000), 0);
}

// Iru Endpoint counts every request of the tenant against one limit: the paths share one bucket,
// other ports of the same host (the sandbox's Okta origin) keep their own, and the window slides.
void TestNetUnits::governorStaticBudgetCoversTheHost()
{
    RateGovernor governor;
    governor.setStaticBudget(QStringLiteral("127.0.0.1:8444"), 3, 60);
    auto bucket = [](const char *url) {
        return RateGovernor::bucketOf(QUrl(QLatin1String(url)));
    };
    const QString devices = bucket("https://127.0.0.1:8444/api/v1/devices");
    const QString blueprints = bucket("https://127.0.0.1:8444/api/v1/blueprints");
    const QString profiles = bucket("https://127.0.0.1:8444/api/v1/library/custom-profiles");
    const QString okta = bucket("https://127.0.0.1:8443/api/v1/devices");
    const qint64 t0 = 5'000'000;
    QCOMPARE(governor.admit(devices, t0), 0);
    QCOMPARE(governor.admit(blueprints, t0 + 10'000), 0);
    QCOMPARE(governor.admit(profiles, t0 + 20'000), 0);
    // The fourth request, whatever its path, waits until the first leaves the 60 s window.
    QCOMPARE(governor.admit(devices, t0 + 30'000), 30'000);
    QCOMPARE(governor.admit(bucket("https://127.0.0.1:8444/api/v1/x"), t0 + 30'000), 30'000);
    // Another port on the same host is not part of the budget.
    QCOMPARE(governor.admit(okta, t0 + 30'000), 0);
    QCOMPARE(governor.admit(okta, t0 + 30'000), 0);
    QCOMPARE(governor.admit(okta, t0 + 30'000), 0);
    QCOMPARE(governor.admit(okta, t0 + 30'000), 0);
    // Sliding: at t0+60 s one slot is free again, the next at t0+70 s.
    QCOMPARE(governor.admit(blueprints, t0 + 60'000), 0);
    QCOMPARE(governor.admit(blueprints, t0 + 60'000), 10'000);
    // A 429 anyway (another client on the token) holds the host back for Retry-After.
    governor.observe(devices, { { "Retry-After", "5" } }, 429, t0 + 70'000);
    QCOMPARE(governor.admit(profiles, t0 + 70'000), 5'000);
    QCOMPARE(governor.admit(profiles, t0 + 75'000), 0);
}

void TestNetUnits::governorBuckets()
{
    QCOMPARE(
        RateGovernor::bucketOf(QUrl(QStringLiteral("https://a.okta.com/api/v1/users/00u1/roles"))),
        QStringLiteral("a.okta.com:443/api/v1/users"));
    QCOMPARE(RateGovernor::bucketOf(QUrl(QStringLiteral("https://127.0.0.1:8443/oauth2/v1/token"))),
             QStringLiteral("127.0.0.1:8443/oauth2/v1/token"));
}

void TestNetUnits::serviceErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("inMessage");
    QTest::newRow("okta 403")
        << 403
        << QByteArray(
               R"({"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorId":"oaeX1","errorCauses":[]})")
        << QByteArray("application/json") << "E0000006"
        << "You do not have permission to perform the requested action"
        << QStringList { u"HTTP 403"_qs, u"Super Administrator"_qs, u"oaeX1"_qs };
    QTest::newRow("okta causes")
        << 400
        << QByteArray(
               R"({"errorCode":"E0000001","errorSummary":"Api validation failed: type","errorId":"x","errorCauses":[{"errorSummary":"type: unknown"}]})")
        << QByteArray("application/json") << "E0000001"
        << "Api validation failed: type" << QStringList { u"type: unknown"_qs };
    QTest::newRow("okta feature")
        << 401
        << QByteArray(
               R"({"errorCode":"E0000015","errorSummary":"You do not have permission to access the feature you are requesting","errorId":"y","errorCauses":[]})")
        << QByteArray("application/json") << "E0000015"
        << "You do not have permission to access the feature you are requesting"
        << QStringList { u"Adaptive MFA"_qs };
    QTest::newRow("oauth")
        << 400
        << QByteArray(
               R"({"error":"invalid_grant","error_description":"PKCE verification failed."})")
        << QByteArray("application/json") << "invalid_grant"
        << "PKCE verification failed." << QStringList { u"(invalid_grant)"_qs };
    QTest::newRow("iru detail")
        << 403 << QByteArray(R"({"detail":"You do not have permission to perform this action."})")
        << QByteArray("application/json") << ""
        << "You do not have permission to perform this action."
        << QStringList { u"permission"_qs, u"API tokens"_qs };
    QTest::newRow("iru string array")
        << 400 << QByteArray(R"(["Library Item already exists on Blueprint"])")
        << QByteArray("application/json") << ""
        << "Library Item already exists on Blueprint" << QStringList {};
    QTest::newRow("iru html 404")
        << 404
        << QByteArray("<!doctype html><html lang=\"en\"><head><title>Not "
                      "Found</title></head><body><h1>Not Found</h1><p>The requested resource was "
                      "not found on this server.</p></body></html>")
        << QByteArray("text/html") << ""
        << "Not Found Not Found The requested resource was not found on this server."
        << QStringList { u"does not know"_qs };
    QTest::newRow("plain text") << 503 << QByteArray("Service Unavailable\n")
                                << QByteArray("text/plain") << ""
                                << "Service Unavailable" << QStringList { u"HTTP 503"_qs };
}

void TestNetUnits::serviceErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, code);
    QFETCH(QString, summary);
    QFETCH(QStringList, inMessage);
    NetError error;
    error.kind = NetError::Kind::Http;
    error.httpStatus = status;
    describeServiceError(error, body, contentType, QStringLiteral("acme.example"));
    QCOMPARE(error.serviceCode, code);
    QCOMPARE(error.serviceSummary, summary);
    QVERIFY(error.message.startsWith(u"acme.example answered HTTP"));
    QVERIFY2(!error.message.contains(u'<'), qPrintable(error.message)); // no markup shown
    for (const QString &part : inMessage)
        QVERIFY2(error.message.contains(part), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestNetUnits)
#include "tst_netunits.moc"
