#include "profiles/plist.h"
#include "sandbox/sandboxtenant.h"
#include "support/sandboxclient.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

using namespace odt;

namespace {

const QByteArray token = "5b7f0c1e-9d2a-4c8e-a6f1-3e2d4c5b6a70"; // ready.json's sandbox token
const QString macs = QStringLiteral("b1a00000-0000-4000-8000-000000000001");
const QString mobile = QStringLiteral("b1a00000-0000-4000-8000-000000000002");
const QString pilotMap = QStringLiteral("b1a00000-0000-4000-8000-000000000003");
const QString ovApp = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a001");
const QString ovAuto = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a002");
const QString chrome = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a003");
const QString passcode = QStringLiteral("2a6d8e0c-0001-4000-8000-00000000a004");
const QString macNode = QStringLiteral("an000000-0000-4000-8000-000000000032");
const QString samsMac = QStringLiteral("d0000000-0000-4000-8000-000000000101");
const QString evesPhone = QStringLiteral("d0000000-0000-4000-8000-000000000102");
const QByteArray notFoundHtml
    = "<!doctype html><html lang=\"en\"><head><title>Not Found</title></head><body><h1>Not "
      "Found</h1><p>The requested resource was not found on this server.</p></body></html>";

QHttpPart textPart(const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name + "\""));
    part.setBody(value);
    return part;
}

QHttpPart filePart(const QByteArray &content)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"okta.mobileconfig\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArray("application/x-apple-aspen-config"));
    part.setBody(content);
    return part;
}

const QByteArray profileXml
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
      "<key>PayloadContent</key><array><dict><key>PayloadType</key>"
      "<string>com.okta.mobile</string></dict></array>"
      "<key>PayloadType</key><string>Configuration</string></dict></plist>\n";

} // namespace

class TestIruTenant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void authentication();
    void deniedPathIs403();
    void unknownResourcesAreHtml404_data();
    void unknownResourcesAreHtml404();
    void blueprintPagesAndFilters();
    void blueprintShape();
    void assignAndRemoveRules();
    void devicesPagingAndFilters();
    void deviceLibraryItemsAndDetails();
    void customProfileLifecycle();
    void customProfileErrors();
    void statusAndActivity();
    void rateLimit();
    void generatedTenantWalk();

private:
    std::unique_ptr<sandbox::SandboxTenant> start(const QString &scenario);
    HttpResult get(const QString &pathAndQuery);
    HttpResult post(const QString &path, const QJsonObject &body);
    QUrl url(const QString &pathAndQuery) const;

    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    std::unique_ptr<SandboxClient> m_client;
};

std::unique_ptr<sandbox::SandboxTenant> TestIruTenant::start(const QString &scenario)
{
    QString error;
    auto tenant = startSandbox(scenario, &error);
    if (!tenant)
        qWarning("sandbox: %s", qPrintable(error));
    return tenant;
}

QUrl TestIruTenant::url(const QString &pathAndQuery) const
{
    return m_tenant->iruApiUrl().resolved(QUrl(pathAndQuery));
}

HttpResult TestIruTenant::get(const QString &pathAndQuery)
{
    return m_client->get(url(pathAndQuery), { SandboxClient::bearer(token) });
}

HttpResult TestIruTenant::post(const QString &path, const QJsonObject &body)
{
    return m_client->postJson(url(path), QJsonDocument(body), { SandboxClient::bearer(token) });
}

void TestIruTenant::initTestCase()
{
    m_tenant = start(QStringLiteral("ready"));
    QVERIFY(m_tenant);
    m_client = std::make_unique<SandboxClient>(m_tenant->caCertificate());
}

void TestIruTenant::authentication()
{
    HttpResult result = m_client->get(url(QStringLiteral("/api/v1/blueprints")));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.body,
             QByteArray(R"({"detail":"Authentication credentials were not provided."})"));
    result = m_client->get(url(QStringLiteral("/api/v1/devices")),
                           { SandboxClient::bearer("00000000-0000-4000-8000-000000000000") });
    QCOMPARE(result.status, 401);
    QCOMPARE(result.body, QByteArray(R"({"detail":"Invalid token."})"));
    QCOMPARE(get(QStringLiteral("/api/v1/devices")).status, 200);
}

void TestIruTenant::deniedPathIs403()
{
    auto tenant = start(QStringLiteral(
        R"({"name":"t","extends":"ready","iru":{"tokenDeniedPaths":["/api/v1/library"]}})"));
    QVERIFY(tenant);
    SandboxClient client(tenant->caCertificate());
    const QUrl base = tenant->iruApiUrl();
    HttpResult result
        = client.get(base.resolved(QUrl(QStringLiteral("/api/v1/library/custom-profiles"))),
                     { SandboxClient::bearer(token) });
    QCOMPARE(result.status, 403);
    QCOMPARE(result.body,
             QByteArray(R"({"detail":"You do not have permission to perform this action."})"));
    // Authentication still comes first.
    result = client.get(base.resolved(QUrl(QStringLiteral("/api/v1/library/custom-profiles"))));
    QCOMPARE(result.status, 401);
    result = client.get(base.resolved(QUrl(QStringLiteral("/api/v1/blueprints"))),
                        { SandboxClient::bearer(token) });
    QCOMPARE(result.status, 200);
}

void TestIruTenant::unknownResourcesAreHtml404_data()
{
    QTest::addColumn<QString>("path");
    const QString unknown = QStringLiteral("00000000-dead-4000-8000-000000000000");
    QTest::newRow("device") << u"/api/v1/devices/"_qs + unknown;
    QTest::newRow("device details") << u"/api/v1/devices/"_qs + unknown + u"/details"_qs;
    QTest::newRow("device items") << u"/api/v1/devices/"_qs + unknown + u"/library-items"_qs;
    QTest::newRow("blueprint") << u"/api/v1/blueprints/"_qs + unknown;
    QTest::newRow("blueprint items")
        << u"/api/v1/blueprints/"_qs + unknown + u"/list-library-items"_qs;
    QTest::newRow("custom profile") << u"/api/v1/library/custom-profiles/"_qs + unknown;
    QTest::newRow("item status") << u"/api/v1/library/library-items/"_qs + unknown + u"/status"_qs;
    QTest::newRow("item activity")
        << u"/api/v1/library/library-items/"_qs + unknown + u"/activity"_qs;
    QTest::newRow("undocumented endpoint") << u"/api/v1/library/auto-apps"_qs;
}

void TestIruTenant::unknownResourcesAreHtml404()
{
    QFETCH(QString, path);
    const HttpResult result = get(path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(result.body, notFoundHtml);
}

void TestIruTenant::blueprintPagesAndFilters()
{
    QStringList names;
    QString next = QStringLiteral("/api/v1/blueprints?limit=1");
    int pages = 0;
    QJsonValue previous;
    while (!next.isEmpty()) {
        const HttpResult result = m_client->get(url(next), { SandboxClient::bearer(token) });
        QCOMPARE(result.status, 200);
        const QJsonObject page = result.json.object();
        QCOMPARE(page.value(u"count").toInt(), 3);
        QCOMPARE(page.value(u"results").toArray().size(), 1);
        names.append(page.value(u"results")[0][u"name"].toString());
        if (pages == 0)
            QVERIFY(page.value(u"previous").isNull());
        else
            QVERIFY(page.value(u"previous").toString().startsWith(u"https://127.0.0.1:"));
        previous = page.value(u"previous");
        next = page.value(u"next").isNull() ? QString() : page.value(u"next").toString();
        if (!next.isEmpty())
            QVERIFY(QUrl(next).isValid() && QUrl(next).scheme() == u"https");
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(names, QStringList({ u"Macs"_qs, u"Mobile"_qs, u"ODT Pilot"_qs }));
    // From page 3 (offset 2) with limit 1, previous is offset 1.
    QVERIFY(previous.toString().contains(u"offset=1"));

    QJsonObject page = get(u"/api/v1/blueprints?name=pilot"_qs).json.object();
    QCOMPARE(page.value(u"count").toInt(), 1);
    QCOMPARE(page.value(u"results")[0][u"id"].toString(), pilotMap);
    page = get(u"/api/v1/blueprints?id__in="_qs + macs + u","_qs + mobile).json.object();
    QCOMPARE(page.value(u"count").toInt(), 2);
    page = get(u"/api/v1/blueprints?id="_qs + mobile).json.object();
    QCOMPARE(page.value(u"results")[0][u"name"].toString(), u"Mobile");
}

void TestIruTenant::blueprintShape()
{
    const HttpResult result = get(u"/api/v1/blueprints/"_qs + pilotMap);
    QCOMPARE(result.status, 200);
    const QJsonObject expected
        = QJsonDocument::fromJson(
              R"({"id":"b1a00000-0000-4000-8000-000000000003","name":"ODT Pilot","icon":"ss-flask",
            "color":"yellow-500","description":"Test Blueprint for Okta Device Trust","params":{},
            "computers_count":2,"enrollment_code":{"code":"551077","is_active":false},"type":"map"})")
              .object();
    QCOMPARE(result.json.object(), expected);

    const QJsonObject items
        = get(u"/api/v1/blueprints/"_qs + pilotMap + u"/list-library-items"_qs).json.object();
    QCOMPARE(items.value(u"count").toInt(), 3); // union over the map's nodes
    QCOMPARE(items.value(u"results")[0].toObject(),
             QJsonObject({ { u"id"_qs, chrome }, { u"name"_qs, u"Google Chrome"_qs } }));
    QVERIFY(items.value(u"next").isNull());
}

void TestIruTenant::assignAndRemoveRules()
{
    auto assign = [this](const QString &blueprint, const QJsonObject &body) {
        return post(u"/api/v1/blueprints/"_qs + blueprint + u"/assign-library-item"_qs, body);
    };
    auto remove = [this](const QString &blueprint, const QJsonObject &body) {
        return post(u"/api/v1/blueprints/"_qs + blueprint + u"/remove-library-item"_qs, body);
    };
    auto expectError = [](const HttpResult &result, const char *message) {
        QCOMPARE(result.status, 400);
        QCOMPARE(result.body, QByteArray("\"") + message + "\"");
    };
    const QJsonObject item { { u"library_item_id"_qs, ovApp } };
    QJsonObject withNode = item;
    withNode.insert(u"assignment_node_id"_qs, macNode);

    expectError(assign(macs, withNode),
                "assignment_node_id cannot be provided for Classic Blueprint");
    expectError(remove(macs, withNode),
                "assignment_node_id cannot be provided for Classic Blueprint");
    expectError(assign(pilotMap, item),
                "Must provide assignment_node_id for Assignment Map Blueprint");
    expectError(remove(pilotMap, item),
                "Must provide assignment_node_id for Assignment Map Blueprint");
    expectError(assign(macs, { { u"library_item_id"_qs, chrome } }),
                "Library Item already exists on Blueprint");
    expectError(remove(macs, item), "Library Item does not exist on Blueprint");
    expectError(
        assign(pilotMap,
               { { u"library_item_id"_qs, ovAuto }, { u"assignment_node_id"_qs, macNode } }),
        "Library Item already exists in Assignment Node");
    expectError(remove(pilotMap, withNode), "Library Item does not exist in Assignment Node");

    HttpResult result = assign(macs, item);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array(), QJsonArray({ ovAuto, chrome, ovApp }));
    result = remove(macs, item);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array(), QJsonArray({ ovAuto, chrome }));

    result = assign(pilotMap, withNode);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array(), QJsonArray({ chrome, ovAuto, ovApp })); // union, no duplicates
    result = remove(pilotMap, withNode);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array(), QJsonArray({ chrome, ovAuto, ovApp }));

    // Unknown Blueprint: the HTML page; broken JSON and unknown items: DRF-style 400s.
    result = assign(u"00000000-dead-4000-8000-000000000000"_qs, item);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.body, notFoundHtml);
    result = m_client->send(
        "POST", url(u"/api/v1/blueprints/"_qs + macs + u"/assign-library-item"_qs),
        "{\"library_item_id\": ", "application/json", { SandboxClient::bearer(token) });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json.object().value(u"detail").toString().startsWith(u"JSON parse error - "));
    result = assign(macs, {});
    QCOMPARE(result.body, QByteArray(R"({"library_item_id":["This field is required."]})"));
    result = assign(macs, { { u"library_item_id"_qs, u"nope"_qs } });
    QCOMPARE(result.status, 400);
    QVERIFY(result.json.object().contains(u"library_item_id"));

    // A map with only its root node takes assignments without a node id.
    auto tenant = start(QStringLiteral(R"({"name":"t","extends":"ready","patch":[
        {"op":"remove","path":"/iru/blueprints/2/assignment_nodes/2"},
        {"op":"remove","path":"/iru/blueprints/2/assignment_nodes/1"}]})"));
    QVERIFY(tenant);
    SandboxClient client(tenant->caCertificate());
    result = client.postJson(tenant->iruApiUrl().resolved(QUrl(u"/api/v1/blueprints/"_qs + pilotMap
                                                               + u"/assign-library-item"_qs)),
                             QJsonDocument(item), { SandboxClient::bearer(token) });
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.array(), QJsonArray({ chrome, ovApp }));
    result = client.postJson(tenant->iruApiUrl().resolved(QUrl(u"/api/v1/blueprints/"_qs + pilotMap
                                                               + u"/assign-library-item"_qs)),
                             QJsonDocument(item), { SandboxClient::bearer(token) });
    QCOMPARE(result.body, QByteArray("\"Library Item already exists in Assignment Node\""));
}

void TestIruTenant::devicesPagingAndFilters()
{
    HttpResult result = get(u"/api/v1/devices?limit=300"_qs);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json.isArray()); // a bare array, no envelope
    QCOMPARE(result.json.array().size(), 4);

    const QJsonObject sam = result.json.array().at(0).toObject();
    const QStringList keys { u"device_id"_qs,
                             u"device_name"_qs,
                             u"model"_qs,
                             u"serial_number"_qs,
                             u"platform"_qs,
                             u"os_version"_qs,
                             u"supplemental_build_version"_qs,
                             u"supplemental_os_version_extra"_qs,
                             u"last_check_in"_qs,
                             u"user"_qs,
                             u"asset_tag"_qs,
                             u"blueprint_id"_qs,
                             u"mdm_enabled"_qs,
                             u"agent_installed"_qs,
                             u"is_missing"_qs,
                             u"is_removed"_qs,
                             u"agent_version"_qs,
                             u"first_enrollment"_qs,
                             u"last_enrollment"_qs,
                             u"blueprint_name"_qs,
                             u"lost_mode_status"_qs,
                             u"tags"_qs };
    QStringList actual = sam.keys();
    QStringList sorted = keys;
    actual.sort();
    sorted.sort();
    QCOMPARE(actual, sorted); // sandbox-only library_items stripped
    QCOMPARE(sam.value(u"blueprint_name").toString(), u"Macs");
    QCOMPARE(sam.value(u"user")[u"email"].toString(), u"super.admin@example.com");
    QVERIFY(sam.value(u"user")[u"id"].isString());
    QCOMPARE(result.json.array().at(2)[u"user"].toString(), QString()); // no user: ""

    result = get(u"/api/v1/devices?limit=2&offset=1"_qs);
    QCOMPARE(result.json.array().size(), 2);
    QCOMPARE(result.json.array().at(0)[u"device_id"].toString(), evesPhone);
    QCOMPARE(get(u"/api/v1/devices?limit=2&offset=4"_qs).json.array().size(), 0);
    // More than the hard limit is clamped, not refused.
    QCOMPARE(get(u"/api/v1/devices?limit=5000"_qs).status, 200);

    QCOMPARE(get(u"/api/v1/devices?platform=Mac"_qs).json.array().size(), 2);
    QCOMPARE(get(u"/api/v1/devices?platform=iPad"_qs).json.array().size(), 1);
    QCOMPARE(get(u"/api/v1/devices?platform=AppleTV"_qs).json.array().size(), 0);
    QCOMPARE(get(u"/api/v1/devices?blueprint_id="_qs + pilotMap).json.array().size(), 2);
    QCOMPARE(get(u"/api/v1/devices?serial_number=sbx0000"_qs).json.array().size(), 4);
    QCOMPARE(
        get(u"/api/v1/devices?serial_number=F2LSBX"_qs).json.array().at(0)[u"device_id"].toString(),
        evesPhone);
    QCOMPARE(get(u"/api/v1/devices?device_id="_qs + samsMac).json.array().size(), 1);
    QCOMPARE(get(u"/api/v1/devices?user_email=end.user"_qs).json.array().size(), 1);
    QCOMPARE(get(u"/api/v1/devices?platform=Mac&limit=1&offset=1"_qs)
                 .json.array()
                 .at(0)[u"device_name"]
                 .toString(),
             u"Pilot MacBook Air");

    result = get(u"/api/v1/devices/"_qs + samsMac);
    QCOMPARE(result.status, 200);
    QJsonObject single = sam;
    single.remove(u"lost_mode_status"_qs); // as in the documented "Get Device" examples
    QCOMPARE(result.json.object(), single);
}

void TestIruTenant::deviceLibraryItemsAndDetails()
{
    HttpResult result = get(u"/api/v1/devices/"_qs + evesPhone + u"/library-items"_qs);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json.object();
    QCOMPARE(body.value(u"device_id").toString(), evesPhone);
    const QJsonArray items = body.value(u"library_items").toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject app = items.at(0).toObject();
    QCOMPARE(app.value(u"item_id").toString(), ovApp);
    QCOMPARE(app.value(u"status").toString(), u"PASS");
    QCOMPARE(app.value(u"type").toString(), u"vpp-app");
    QVERIFY(app.value(u"id").isDouble());
    QCOMPARE(app.value(u"computer").toObject(),
             QJsonObject({ { u"id"_qs, evesPhone }, { u"name"_qs, u"Eve's iPhone"_qs } }));
    QCOMPARE(app.value(u"blueprint").toObject(),
             QJsonObject({ { u"id"_qs, mobile }, { u"name"_qs, u"Mobile"_qs } }));
    QCOMPARE(app.value(u"rules_present").toBool(true), false);
    for (const char *key : { "reported_at", "log", "last_audit_run", "last_audit_log",
                             "control_log", "control_reported_at", "name" })
        QVERIFY2(app.contains(QLatin1String(key)), key);
    QCOMPARE(items.at(1)[u"status"].toString(), u"success"); // profiles report lowercase

    // The map's Mac node and the root node apply to the pilot Mac; ids are stable per request.
    result = get(u"/api/v1/devices/d0000000-0000-4000-8000-000000000103/library-items"_qs);
    QStringList ids;
    for (const QJsonValue &item : result.json.object().value(u"library_items").toArray())
        ids.append(item[u"item_id"].toString());
    QCOMPARE(ids, QStringList({ chrome, ovAuto }));
    QCOMPARE(get(u"/api/v1/devices/d0000000-0000-4000-8000-000000000103/library-items"_qs).body,
             result.body);

    result = get(u"/api/v1/devices/"_qs + evesPhone + u"/details"_qs);
    QCOMPARE(result.status, 200);
    const QJsonObject details = result.json.object();
    QCOMPARE(details.value(u"general")[u"blueprint_uuid"].toString(), mobile);
    QCOMPARE(details.value(u"general")[u"assigned_user"][u"email"].toString(),
             u"end.user@example.com");
    const QJsonArray profiles = details.value(u"installed_profiles").toArray();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0)[u"identifier"].toString(), u"com.kandji.profile.mdmprofile");
    QCOMPARE(profiles.at(1)[u"name"].toString(), u"Passcode");
    for (const char *key : { "name", "uuid", "verified", "identifier", "organization",
                             "payload_types", "install_date" })
        QVERIFY2(profiles.at(1).toObject().contains(QLatin1String(key)), key);
}

void TestIruTenant::customProfileLifecycle()
{
    auto tenant = start(QStringLiteral("ready"));
    QVERIFY(tenant);
    SandboxClient client(tenant->caCertificate());
    const auto at = [&tenant](const QString &path) {
        return tenant->iruApiUrl().resolved(QUrl(path));
    };
    const QList<QPair<QByteArray, QByteArray>> auth { SandboxClient::bearer(token) };

    auto *parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    parts->append(textPart("name", "Okta Verify EDR plugin"));
    parts->append(filePart(profileXml));
    parts->append(textPart("runs_on_mac", "true"));
    parts->append(textPart("runs_on_iphone", "false"));
    HttpResult result
        = client.sendMultipart("POST", at(u"/api/v1/library/custom-profiles"_qs), parts, auth);
    QCOMPARE(result.status, 201);
    QJsonObject created = result.json.object();
    const QString id = created.value(u"id").toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(created.value(u"name").toString(), u"Okta Verify EDR plugin");
    QCOMPARE(created.value(u"active").toBool(), true);
    QCOMPARE(created.value(u"mdm_identifier").toString(), u"com.kandji.profile.custom."_qs + id);
    // The tenant writes its own identity into the stored XML; the payloads stay as sent.
    const QVariantMap stored
        = odt::profiles::parsePlist(created.value(u"profile").toString().toUtf8())->toMap();
    QCOMPARE(stored.value(u"PayloadIdentifier"_qs).toString(),
             created.value(u"mdm_identifier").toString());
    QCOMPARE(stored.value(u"PayloadDisplayName"_qs).toString(), u"Okta Verify EDR plugin"_qs);
    QVERIFY(!QUuid::fromString(stored.value(u"PayloadUUID"_qs).toString()).isNull());
    QCOMPARE(stored.value(u"PayloadContent"_qs),
             odt::profiles::parsePlist(profileXml)->toMap().value(u"PayloadContent"_qs));
    QCOMPARE(created.value(u"runs_on_mac").toBool(), true);
    QCOMPARE(created.value(u"runs_on_iphone").toBool(true), false);
    QCOMPARE(created.value(u"runs_on_vision").toBool(true), false);
    QVERIFY(created.value(u"created_at").toString().endsWith(u'Z'));
    QCOMPARE(created.keys().size(), 12);

    result = client.get(at(u"/api/v1/library/custom-profiles"_qs), auth);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object().value(u"count").toInt(), 1);
    QCOMPARE(result.json.object().value(u"results")[0].toObject(), created);
    QVERIFY(result.json.object().value(u"next").isNull());
    QCOMPARE(client.get(at(u"/api/v1/library/custom-profiles?page=2"_qs), auth).body,
             QByteArray(R"({"detail":"Invalid page."})"));
    QCOMPARE(client.get(at(u"/api/v1/library/custom-profiles/"_qs + id), auth).json.object(),
             created);

    parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    parts->append(textPart("name", "Okta Verify EDR plugin v2"));
    parts->append(textPart("active", "false"));
    result = client.sendMultipart("PATCH", at(u"/api/v1/library/custom-profiles/"_qs + id), parts,
                                  auth);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.object().value(u"name").toString(), u"Okta Verify EDR plugin v2");
    QCOMPARE(result.json.object().value(u"active").toBool(true), false);
    QCOMPARE(odt::profiles::parsePlist(result.json.object().value(u"profile").toString().toUtf8())
                 ->toMap()
                 .value(u"PayloadDisplayName"_qs)
                 .toString(),
             u"Okta Verify EDR plugin v2"_qs); // a rename is written into the XML too
    QCOMPARE(result.json.object().value(u"created_at"), created.value(u"created_at"));

    // It is a library item: assignable, and the Mac on the Blueprint reports it installed.
    result = client.postJson(at(u"/api/v1/blueprints/"_qs + macs + u"/assign-library-item"_qs),
                             QJsonDocument(QJsonObject { { u"library_item_id"_qs, id } }), auth);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json.array().contains(id));
    result = client.get(at(u"/api/v1/devices/"_qs + samsMac + u"/library-items"_qs), auth);
    const QJsonArray items = result.json.object().value(u"library_items").toArray();
    QCOMPARE(items.last()[u"item_id"].toString(), id);
    QCOMPARE(items.last()[u"type"].toString(), u"profile");
    QCOMPARE(items.last()[u"status"].toString(), u"pending"); // not reported yet
    // An iPhone-only Blueprint does not deploy a Mac-only profile.
    result = client.get(at(u"/api/v1/library/library-items/"_qs + id + u"/status"_qs), auth);
    QCOMPARE(result.json.object().value(u"count").toInt(), 1);
    QCOMPARE(result.json.object().value(u"results")[0][u"computer"][u"id"].toString(), samsMac);

    result = client.send("DELETE", at(u"/api/v1/library/custom-profiles/"_qs + id), {}, {}, auth);
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    result = client.send("DELETE", at(u"/api/v1/library/custom-profiles/"_qs + id), {}, {}, auth);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.body, notFoundHtml);
    // Deleting removes it from every Blueprint.
    result = client.get(at(u"/api/v1/blueprints/"_qs + macs + u"/list-library-items"_qs), auth);
    QCOMPARE(result.json.object().value(u"count").toInt(), 2);
}

void TestIruTenant::customProfileErrors()
{
    const QList<QPair<QByteArray, QByteArray>> auth { SandboxClient::bearer(token) };
    const QUrl profiles = url(u"/api/v1/library/custom-profiles"_qs);

    auto *parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    parts->append(filePart(profileXml));
    HttpResult result = m_client->sendMultipart("POST", profiles, parts, auth);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.body, QByteArray(R"({"name":["This field is required."]})"));

    parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    parts->append(textPart("name", "x"));
    result = m_client->sendMultipart("POST", profiles, parts, auth);
    QCOMPARE(result.body, QByteArray(R"({"file":["No file was submitted."]})"));

    parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    parts->append(textPart("name", "x"));
    parts->append(textPart("file", "<plist/>"));
    result = m_client->sendMultipart("POST", profiles, parts, auth);
    QCOMPARE(
        result.body,
        QByteArray(
            R"({"file":["The submitted data was not a file. Check the encoding type on the form."]})"));

    parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    parts->append(textPart("name", "x"));
    parts->append(filePart(profileXml));
    parts->append(textPart("runs_on_ipad", "maybe"));
    result = m_client->sendMultipart("POST", profiles, parts, auth);
    QCOMPARE(result.body, QByteArray(R"({"runs_on_ipad":["Must be a valid boolean."]})"));

    result = m_client->postJson(profiles, QJsonDocument(QJsonObject { { u"name"_qs, u"x"_qs } }),
                                auth);
    QCOMPARE(result.status, 415);
    QCOMPARE(result.body,
             QByteArray("{\"detail\":\"Unsupported media type \\\"application/json\\\" in "
                        "request.\"}"));

    result = m_client->send("POST", profiles, "garbage", "multipart/form-data; boundary=zz", auth);
    QCOMPARE(result.status, 400);
    QVERIFY(result.json.object().value(u"detail").toString().startsWith(
        u"Multipart form parse error - "));
    QCOMPARE(m_client->get(profiles, auth).json.object().value(u"count").toInt(), 0);
}

void TestIruTenant::statusAndActivity()
{
    auto tenant = start(QStringLiteral("ready"));
    QVERIFY(tenant);
    SandboxClient client(tenant->caCertificate());
    const auto at = [&tenant](const QString &path) {
        return tenant->iruApiUrl().resolved(QUrl(path));
    };
    const QList<QPair<QByteArray, QByteArray>> auth { SandboxClient::bearer(token) };

    // Okta Verify (App Store) is on Mobile and on the map's iPhone/iPad node.
    HttpResult result
        = client.get(at(u"/api/v1/library/library-items/"_qs + ovApp + u"/status"_qs), auth);
    QCOMPARE(result.status, 200);
    QJsonObject page = result.json.object();
    QCOMPARE(page.value(u"count").toInt(), 2);
    const QJsonObject status = page.value(u"results")[0].toObject();
    QCOMPARE(status.value(u"computer")[u"id"].toString(), evesPhone);
    QCOMPARE(status.value(u"blueprint")[u"name"].toString(), u"Mobile");
    QCOMPARE(status.value(u"status").toString(), u"PASS");
    QCOMPARE(status.keys().size(), 10);
    page = client
               .get(at(u"/api/v1/library/library-items/"_qs + ovApp
                       + u"/status?limit=1&offset=1"_qs),
                    auth)
               .json.object();
    QCOMPARE(page.value(u"results").toArray().size(), 1);
    QVERIFY(page.value(u"next").isNull());
    QVERIFY(!page.value(u"previous").isNull());
    page = client
               .get(at(u"/api/v1/library/library-items/"_qs + ovApp + u"/status?computer_id="_qs
                       + evesPhone),
                    auth)
               .json.object();
    QCOMPARE(page.value(u"count").toInt(), 1);

    // Activity records this tenant's own changes, newest first.
    result = client.get(at(u"/api/v1/library/library-items/"_qs + ovApp + u"/activity"_qs), auth);
    QCOMPARE(result.json.object().value(u"count").toInt(), 0);
    const QUrl assignUrl = at(u"/api/v1/blueprints/"_qs + macs + u"/assign-library-item"_qs);
    const QUrl removeUrl = at(u"/api/v1/blueprints/"_qs + macs + u"/remove-library-item"_qs);
    const QJsonDocument body(QJsonObject { { u"library_item_id"_qs, ovApp } });
    QCOMPARE(client.postJson(assignUrl, body, auth).status, 200);
    QCOMPARE(client.postJson(removeUrl, body, auth).status, 200);
    page = client.get(at(u"/api/v1/library/library-items/"_qs + ovApp + u"/activity"_qs), auth)
               .json.object();
    QCOMPARE(page.value(u"count").toInt(), 2);
    const QJsonObject entry = page.value(u"results")[0].toObject();
    QStringList keys = entry.keys();
    QCOMPARE(keys,
             QStringList({ u"activity_time"_qs, u"activity_type"_qs, u"details"_qs, u"id"_qs,
                           u"user_email"_qs, u"user_id"_qs }));
    QCOMPARE(entry.value(u"activity_type").toString(), u"library_item_assignment_changed");
    QVERIFY(entry.value(u"id").toInt() > page.value(u"results")[1][u"id"].toInt());
    page = client
               .get(at(u"/api/v1/library/library-items/"_qs + ovApp
                       + u"/activity?activity_type=library_item_created"_qs),
                    auth)
               .json.object();
    QCOMPARE(page.value(u"count").toInt(), 0);
}

void TestIruTenant::rateLimit()
{
    auto tenant
        = start(QStringLiteral(R"({"name":"t","extends":"ready","iru":{"rateLimitPerHour":5}})"));
    QVERIFY(tenant);
    SandboxClient client(tenant->caCertificate());
    const QUrl devices = tenant->iruApiUrl().resolved(QUrl(u"/api/v1/devices"_qs));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.get(devices, { SandboxClient::bearer(token) }).status, 200);
    const HttpResult result = client.get(devices, { SandboxClient::bearer(token) });
    QCOMPARE(result.status, 429);
    QCOMPARE(result.body, QByteArray(R"({"detail":"Request was throttled."})"));
}

void TestIruTenant::generatedTenantWalk()
{
    QElapsedTimer timer;
    timer.start();
    auto tenant = start(QStringLiteral(
        R"({"name":"g","extends":"ready","iru":{"generate":{"devices":20000,"blueprints":500}}})"));
    QVERIFY(tenant);
    const qint64 startMs = timer.elapsed();
    SandboxClient client(tenant->caCertificate());
    const QList<QPair<QByteArray, QByteArray>> auth { SandboxClient::bearer(token) };
    const auto at = [&tenant](const QString &path) {
        return tenant->iruApiUrl().resolved(QUrl(path));
    };

    timer.restart();
    QSet<QString> ids;
    QHash<QString, int> perBlueprint;
    QSet<QString> platforms;
    int requests = 0;
    for (int offset = 0;; offset += 300) {
        const HttpResult result
            = client.get(at(u"/api/v1/devices?limit=300&offset=%1"_qs.arg(offset)), auth);
        QCOMPARE(result.status, 200);
        ++requests;
        const QJsonArray page = result.json.array();
        if (page.isEmpty())
            break;
        for (const QJsonValue &device : page) {
            ids.insert(device[u"device_id"].toString());
            ++perBlueprint[device[u"blueprint_id"].toString()];
            platforms.insert(device[u"platform"].toString());
            QVERIFY(!device[u"blueprint_name"].toString().isEmpty());
        }
    }
    const qint64 walkMs = timer.elapsed();
    QCOMPARE(ids.size(), 20004);
    QCOMPARE(platforms, QSet<QString>({ u"Mac"_qs, u"iPhone"_qs, u"iPad"_qs }));
    qInfo("generated tenant (20,000 devices, 500 Blueprints): start-up %lld ms, device walk "
          "(limit 300, %d requests) %lld ms",
          startMs, requests, walkMs);

    // Blueprints walked by next links; computers_count agrees with the device walk.
    QString next = u"/api/v1/blueprints?limit=300"_qs;
    int blueprints = 0;
    int maps = 0;
    while (!next.isEmpty()) {
        const QJsonObject page = client.get(at(next), auth).json.object();
        QCOMPARE(page.value(u"count").toInt(), 503);
        for (const QJsonValue &blueprint : page.value(u"results").toArray()) {
            ++blueprints;
            maps += blueprint[u"type"].toString() == u"map";
            QCOMPARE(blueprint[u"computers_count"].toInt(),
                     perBlueprint.value(blueprint[u"id"].toString()));
        }
        next = page.value(u"next").toString();
    }
    QCOMPARE(blueprints, 503);
    QCOMPARE(maps, 51);

    // Filtered walks, deterministic objects, and readiness work: some devices still pending.
    const QJsonArray ipads
        = client.get(at(u"/api/v1/devices?platform=iPad&limit=300"_qs), auth).json.array();
    QCOMPARE(ipads.size(), 300);
    const QString generated = ipads.at(5)[u"device_id"].toString();
    const HttpResult one = client.get(at(u"/api/v1/devices/"_qs + generated), auth);
    QJsonObject listed = ipads.at(5).toObject();
    listed.remove(u"lost_mode_status"_qs);
    QCOMPARE(one.json.object(), listed);
    bool pending = false;
    for (int i = 0; i < 8 && !pending; ++i) {
        const QJsonArray items
            = client
                  .get(at(u"/api/v1/devices/"_qs + ipads.at(i)[u"device_id"].toString()
                          + u"/library-items"_qs),
                       auth)
                  .json.object()
                  .value(u"library_items")
                  .toArray();
        for (const QJsonValue &item : items)
            pending = pending
                || item[u"status"].toString().compare(u"pending", Qt::CaseInsensitive) == 0;
    }
    QVERIFY(pending);
    // A change to a generated Blueprint is kept.
    const QString firstGenerated = u"b9e00000-0000-4000-8000-000000000000"_qs;
    HttpResult result = client.postJson(
        at(u"/api/v1/blueprints/"_qs + firstGenerated + u"/assign-library-item"_qs),
        QJsonDocument(QJsonObject { { u"library_item_id"_qs, ovApp } }), auth);
    QCOMPARE(result.status, 200);
    QCOMPARE(
        client.get(at(u"/api/v1/blueprints/"_qs + firstGenerated + u"/list-library-items"_qs), auth)
            .json.object()
            .value(u"count")
            .toInt(),
        3);
    // Some generated Blueprints lack Okta Verify altogether.
    const QJsonObject withoutOv
        = client
              .get(
                  at(u"/api/v1/blueprints/b9e00000-0000-4000-8000-000000000008/list-library-items"_qs),
                  auth)
              .json.object();
    for (const QJsonValue &item : withoutOv.value(u"results").toArray())
        QVERIFY(item[u"name"].toString() != u"Okta Verify");
}

ODT_TEST_GUILESS_MAIN(TestIruTenant)
#include "tst_irutenant.moc"
