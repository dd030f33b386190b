// HttpClient against the sandbox over real HTTPS: retries, rate limits, errors as the admin sees
// them, cancellation.
#include "net/httpclient.h"
#include "net/linkheader.h"
#include "sandbox/oktaorgserver.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxtenant.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace odt;

namespace {
const QByteArray superToken = "00sbxSuperAdminToken0000000000000000000000";

struct Client
{
    QNetworkAccessManager manager;
    net::HttpClient http { &manager };

    explicit Client(const QSslCertificate &ca)
    {
        http.setExtraCaCertificates({ ca });
        http.setRetryPolicy(
            { 4, 6, std::chrono::milliseconds(20), std::chrono::milliseconds(100) });
    }

    net::JsonResponse run(const net::HttpRequest &request, QObject *context)
    {
        net::JsonResponse got;
        bool finished = false;
        http.send(request, context, [&](const net::JsonResponse &r) {
            got = r;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 30000))
            got.error.message = QStringLiteral("no answer in 30 s");
        return got;
    }
};

net::HttpRequest get(const QUrl &origin, const QString &path, const QByteArray &token = {})
{
    net::HttpRequest request;
    request.url = origin;
    request.url.setPath(path);
    if (!token.isEmpty())
        request.headers.append(qMakePair(QByteArray("Authorization"), "SSWS " + token));
    return request;
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesTransientFailuresOfIdempotentRequests();
    void givesUpAfterMaxAttempts();
    void doesNotRetryPostOn5xx();
    void retriesAResetConnection();
    void waitsOutA429AndSucceeds();
    void governorAvoids429s();
    void serviceErrorReachesTheCaller();
    void htmlWhereJsonWasExpected();
    void cancelStopsRetries();
    void traceNamesTheAnswerThatCausedARequest();
};

void TestHttpClient::retriesTransientFailuresOfIdempotentRequests()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"f","extends":"ready","faults":{"rules":[
        {"kind":"status","status":503,"path":"^/\\.well-known","count":2}]}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    const auto response = client.run(
        get(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")), this);
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 3);
    QCOMPARE(response.json.object().value(u"pipeline").toString(), QStringLiteral("idx"));
}

void TestHttpClient::givesUpAfterMaxAttempts()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"f","extends":"ready","faults":{"rules":[
        {"kind":"status","status":502,"path":"^/\\.well-known"}]}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    const auto response = client.run(
        get(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")), this);
    QCOMPARE(response.error.kind, net::NetError::Kind::Http);
    QCOMPARE(response.httpStatus, 502);
    QCOMPARE(response.attempts, 4);
    QCOMPARE(response.error.serviceCode, QStringLiteral("E0000009"));
}

void TestHttpClient::doesNotRetryPostOn5xx()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"f","extends":"ready","faults":{"rules":[
        {"kind":"status","status":503,"method":"POST","count":1}]}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    net::HttpRequest post
        = get(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/anything"), superToken);
    post.method = "POST";
    post.body = "{}";
    post.contentType = "application/json";
    const quint64 before = tenant->okta()->http().requestCount();
    const auto response = client.run(post, this);
    QCOMPARE(response.httpStatus, 503);
    QCOMPARE(response.attempts, 1); // a POST may have taken effect: never sent twice
    QCOMPARE(tenant->okta()->http().requestCount() - before, quint64(1));
}

void TestHttpClient::retriesAResetConnection()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"f","extends":"ready","faults":{"rules":[
        {"kind":"reset","count":3}]}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    const auto response = client.run(
        get(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")), this);
    // Qt resends once by itself on a connection closed before any answer; the client's own
    // retries cover the rest.
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.json.object().value(u"pipeline").toString(), QStringLiteral("idx"));
}

void TestHttpClient::waitsOutA429AndSucceeds()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"f","extends":"ready","faults":{"rules":[
        {"kind":"status","status":429,"path":"^/\\.well-known","count":1}]}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    QElapsedTimer timer;
    timer.start();
    const auto response = client.run(
        get(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")), this);
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 2);
    // The injected 429 says the window resets within a second: the client waited for it.
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::governorAvoids429s()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"r","extends":"ready","okta":{
        "rateLimits":{"/api/v1/authenticators":3},"rateLimitWindowSeconds":2}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    // Learn the budget from one response, then send a burst bigger than the budget.
    QCOMPARE(
        client
            .run(get(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/authenticators"), superToken),
                 this)
            .httpStatus,
        200);
    QList<int> statuses;
    QList<int> attempts;
    int pending = 6;
    for (int i = 0; i < 6; ++i) {
        client.http.send(
            get(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/authenticators"), superToken), this,
            [&](const net::JsonResponse &r) {
                statuses.append(r.httpStatus);
                attempts.append(r.attempts);
                --pending;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 30000);
    QCOMPARE(statuses, QList<int>(6, 200));
    QCOMPARE(attempts, QList<int>(6, 1)); // paced, not retried: no 429 was ever received
}

void TestHttpClient::serviceErrorReachesTheCaller()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    const auto response = client.run(
        get(tenant->oktaOrgUrl(), QStringLiteral("/api/v1/users/me"), "not-a-token"), this);
    QCOMPARE(response.httpStatus, 401);
    QCOMPARE(response.error.serviceCode, QStringLiteral("E0000011"));
    QCOMPARE(response.error.serviceSummary, QStringLiteral("Invalid token provided"));
    QVERIFY(!response.error.requestId.isEmpty());
    QVERIFY2(response.error.message.contains(u"Sign in again"), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 1); // a 401 is final
}

void TestHttpClient::htmlWhereJsonWasExpected()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    const auto response
        = client.run(get(tenant->iruApiUrl(), QStringLiteral("/api/v1/nowhere")), this);
    QCOMPARE(response.httpStatus, 401); // the token gate answers first
    QCOMPARE(response.error.serviceSummary,
             QStringLiteral("Authentication credentials were not provided."));
    net::HttpRequest withToken = get(tenant->iruApiUrl(), QStringLiteral("/api/v1/nowhere"));
    withToken.headers.append(qMakePair(QByteArray("Authorization"),
                                       QByteArray("Bearer 5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70")));
    const auto page = client.run(withToken, this);
    QCOMPARE(page.httpStatus, 404);
    QVERIFY(!page.error.message.contains(u"<"));
    QVERIFY2(page.error.message.contains(u"does not know"), qPrintable(page.error.message));
}

void TestHttpClient::traceNamesTheAnswerThatCausedARequest()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral("ready"), &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    QList<net::RequestTrace> traces;
    client.http.setTraceSink([&](const net::RequestTrace &trace) { traces.append(trace); });
    const QUrl org = tenant->oktaOrgUrl();
    bool done = false;
    client.http.send(
        get(org, QStringLiteral("/.well-known/okta-organization")), this,
        [&](const net::JsonResponse &) {
            net::HttpRequest child = get(org, QStringLiteral("/api/v1/users/me"), "not-a-token");
            child.url.setUserInfo(QStringLiteral("user:pass"));
            child.url.setQuery(QStringLiteral("expand=x"));
            client.http.send(child, this, [&](const net::JsonResponse &) { done = true; });
        });
    client.http.send(get(org, QStringLiteral("/.well-known/openid-configuration")), this,
                     [](const net::JsonResponse &) {});
    QTRY_VERIFY_WITH_TIMEOUT(done && traces.size() == 3, 30000);

    QHash<QString, net::RequestTrace> byPath;
    for (const net::RequestTrace &trace : traces)
        byPath.insert(trace.url.path(), trace);
    const net::RequestTrace parent = byPath.value(QStringLiteral("/.well-known/okta-organization"));
    const net::RequestTrace child = byPath.value(QStringLiteral("/api/v1/users/me"));
    const net::RequestTrace sibling
        = byPath.value(QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(parent.parentId, quint64(0));
    QCOMPARE(sibling.parentId, quint64(0));
    QCOMPARE(child.parentId, parent.id);
    QVERIFY(child.id != parent.id && sibling.id != parent.id);
    QCOMPARE(parent.httpStatus, 200);
    QCOMPARE(child.httpStatus, 401);
    QCOMPARE(child.method, QByteArray("GET"));
    QCOMPARE(child.url.userInfo(), QString()); // never the credentials
    QCOMPARE(child.url.query(), QStringLiteral("expand=x"));
    QVERIFY(child.startedMs >= parent.startedMs);
    QVERIFY(child.finishedMs >= child.startedMs);
}

void TestHttpClient::cancelStopsRetries()
{
    QString error;
    auto tenant = startSandbox(QStringLiteral(R"({"name":"f","extends":"ready","faults":{"rules":[
        {"kind":"status","status":503,"path":"^/\\.well-known"}]}})"),
                               &error);
    QVERIFY2(tenant, qPrintable(error));
    Client client(tenant->caCertificate());
    client.http.setRetryPolicy(
        { 10, 6, std::chrono::milliseconds(300), std::chrono::milliseconds(300) });
    net::JsonResponse got;
    bool finished = false;
    net::RequestHandle handle = client.http.send(
        get(tenant->oktaOrgUrl(), QStringLiteral("/.well-known/okta-organization")), this,
        [&](const net::JsonResponse &r) {
            got = r;
            finished = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(tenant->okta()->http().requestCount() >= 1, 10000);
    handle.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished || !handle.isRunning(), 10000);
    const quint64 sent = tenant->okta()->http().requestCount();
    QTest::qWait(800); // several backoff periods: nothing more may be sent
    QCOMPARE(tenant->okta()->http().requestCount(), sent);
}

ODT_TEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
