#pragma once

#include "net/httpclient.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace odt::iru {

struct Blueprint
{
    QString id;
    QString name;
    QString type; // "classic" | "map"
    QString description;
    int computersCount = 0;
    bool isMap() const { return type == QLatin1String("map"); }
    static Blueprint fromJson(const QJsonObject &object);
};

// GET /api/v1/blueprints/{id}/list-library-items
struct LibraryItemRef
{
    QString id;
    QString name;
    static LibraryItemRef fromJson(const QJsonObject &object);
};

struct Device
{
    QString id;
    QString name;
    QString platform; // Mac iPhone iPad AppleTV
    QString blueprintId;
    QString blueprintName;
    QString serialNumber;
    QString userEmail;
    static Device fromJson(const QJsonObject &object);
};

struct DeviceLibraryItem
{
    QString itemId;
    QString name;
    QString type; // vpp-app, automatic-app, custom-app, profile, …
    QString status;
    QString blueprintId;
    QString blueprintName;
    static DeviceLibraryItem fromJson(const QJsonObject &object);
};

struct CustomProfile
{
    QString id;
    QString name;
    bool active = false;
    QByteArray mobileconfig; // the "profile" field: the XML text
    QString mdmIdentifier; // com.kandji.profile.custom.<id>: what devices see
    bool runsOnMac = false;
    bool runsOnIPhone = false;
    bool runsOnIPad = false;
    static CustomProfile fromJson(const QJsonObject &object);
};

// The multipart fields of a custom profile create or update; an unset field is not sent (an
// update changes only what it names).
struct CustomProfileForm
{
    std::optional<QString> name;
    std::optional<QByteArray> mobileconfig;
    QString fileName = QStringLiteral("profile.mobileconfig");
    std::optional<bool> active;
    std::optional<bool> runsOnMac;
    std::optional<bool> runsOnIPhone;
    std::optional<bool> runsOnIPad;
};

// GET /api/v1/library/library-items/{id}/status: one device's state of one library item.
struct LibraryItemStatus
{
    QString deviceId;
    QString deviceName;
    QString blueprintId;
    QString blueprintName;
    QString status; // profiles: success | pending | failed (lowercase, as the API writes them)
    static LibraryItemStatus fromJson(const QJsonObject &object);
};

// What an assign or remove did: `changed` false when the item already was (or was not) there,
// which Iru answers with a 400 whose text says so; converging runs treat that as done.
struct AssignmentChange
{
    bool changed = false;
    QStringList itemIds; // the Blueprint's library items afterwards, when the tenant said
};

// One operation's outcome: its value, or the error with what the service said.
template<typename T> struct IruResult
{
    T value;
    net::NetError error;
    // "GET /api/v1/blueprints": what evidence names (the path, never the host or the token).
    QString operation;
    // The token permission the operation needs, as the console names it, when known. Iru does
    // not publish the names for every endpoint: empty when unknown (messages then name the
    // endpoint path and Access → API tokens → Configure).
    QString permission;
    bool ok() const { return !error.isError(); }
    bool isForbidden() const { return error.httpStatus == 403; }
    bool isUnauthorized() const { return error.httpStatus == 401; }
};

// Cancels an operation, including every page of a list still in flight or not yet sent: no
// callback runs afterwards.
class IruRequest
{
public:
    IruRequest() = default;
    void cancel();
    bool isRunning() const;

    // Implementation detail shared with the client's page runner.
    struct Chain
    {
        QHash<int, net::RequestHandle> inFlight; // page index → request
        bool cancelled = false;
        bool done = false;
        QMetaObject::Connection contextGuard; // drops the handles when the context dies
    };

private:
    friend class IruClient;
    explicit IruRequest(std::shared_ptr<Chain> chain)
        : m_chain(std::move(chain))
    { }
    std::shared_ptr<Chain> m_chain;
};

// The Iru Endpoint (formerly Kandji) API operations the checks and scope step use: one method per
// documented operation, each answering a typed value or the error through the callback (on the
// event loop, and only while `context` lives). Lists are read to their end: the first page says
// how much there is, the remaining pages go out in parallel (at most `pageConcurrency` at once,
// paced by the HttpClient's RateGovernor), and results keep the service's order.
class IruClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(const IruResult<T> &)>;

    // `apiUrl`: https://SUBDOMAIN.api.kandji.io (see IruApiUrl). The token is a secret: it goes
    // into the Authorization header and nowhere else. Installs Iru's 10,000 requests/hour budget
    // for the host on the HttpClient's governor.
    IruClient(net::HttpClient *http, const QUrl &apiUrl, const QByteArray &token,
              QObject *parent = nullptr);

    QUrl apiUrl() const { return m_apiUrl; }
    QString host() const { return m_apiUrl.host(); }

    // The cheap read that proves the URL and token: GET /api/v1/blueprints?limit=1, answering
    // the tenant's Blueprint count.
    IruRequest probe(QObject *context, Callback<int> callback);
    // GET /api/v1/blueprints (limit/offset, {count,next,previous,results}), every page
    IruRequest blueprints(QObject *context, Callback<QList<Blueprint>> callback);
    // GET /api/v1/blueprints/{id}/list-library-items, every page
    IruRequest blueprintLibraryItems(const QString &blueprintId, QObject *context,
                                     Callback<QList<LibraryItemRef>> callback);
    // GET /api/v1/devices (bare array, limit 300 + offset), every page
    IruRequest devices(QObject *context, Callback<QList<Device>> callback);
    // GET /api/v1/devices/{id}/library-items
    IruRequest deviceLibraryItems(const QString &deviceId, QObject *context,
                                  Callback<QList<DeviceLibraryItem>> callback);
    // GET /api/v1/library/custom-profiles (page=N), every page
    IruRequest customProfiles(QObject *context, Callback<QList<CustomProfile>> callback);
    // GET /api/v1/library/library-items/{id}/status, every page
    IruRequest libraryItemStatus(const QString &libraryItemId, QObject *context,
                                 Callback<QList<LibraryItemStatus>> callback);

    // Writes (iruclientwrites.cpp). None is retried after an answer was lost: only a 429, which
    // the service refused before doing anything, is sent again.
    // POST /api/v1/library/custom-profiles (multipart), 201 with the new profile
    IruRequest createCustomProfile(const CustomProfileForm &form, QObject *context,
                                   Callback<CustomProfile> callback);
    // PATCH /api/v1/library/custom-profiles/{id} (multipart)
    IruRequest updateCustomProfile(const QString &id, const CustomProfileForm &form,
                                   QObject *context, Callback<CustomProfile> callback);
    // DELETE /api/v1/library/custom-profiles/{id}; `value` false when it was already gone (404)
    IruRequest deleteCustomProfile(const QString &id, QObject *context, Callback<bool> callback);
    // POST /api/v1/blueprints/{id}/assign-library-item; `nodeId` only for Assignment Maps
    IruRequest assignLibraryItem(const QString &blueprintId, const QString &libraryItemId,
                                 const QString &nodeId, QObject *context,
                                 Callback<AssignmentChange> callback);
    // POST /api/v1/blueprints/{id}/remove-library-item (reference A5: the path the Go SDK and
    // the collection up to 2025-03 use)
    IruRequest removeLibraryItem(const QString &blueprintId, const QString &libraryItemId,
                                 const QString &nodeId, QObject *context,
                                 Callback<AssignmentChange> callback);

    // Iru's documented budget: 10,000 requests per hour per tenant.
    static constexpr int requestsPerHour = 10000;
    static constexpr int devicePageSize = 300;
    static constexpr int blueprintPageSize = 300;
    // Pages of one list in flight at once.
    static constexpr int pageConcurrency = 4;
    // Pages read before giving up on a list that never ends (300 × 1000 devices).
    static constexpr int maxPages = 1000;

    // How a list endpoint pages (reference A4: each family does it differently).
    struct ListSpec
    {
        enum class Paging {
            CountedOffset, // {count,next,previous,results} with limit + offset (Blueprints)
            CountedPage, // {count,next,previous,results} with page=N (custom profiles)
            BareArray, // a bare JSON array with limit + offset, no count (devices)
            FollowNext, // {count,next,…}: follow the next links one by one (library items)
        };
        Paging paging = Paging::CountedOffset;
        QString path;
        int limit = 300;
        QString permission;
        QString operation; // "GET /api/v1/devices"
    };

private:
    using ArrayCallback = std::function<void(const IruResult<QJsonArray> &)>;

    QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    net::HttpRequest authorized(const QUrl &url) const;
    IruRequest getList(const std::shared_ptr<ListSpec> &spec, QObject *context,
                       ArrayCallback callback);
    IruRequest getObject(const QUrl &url, const QString &permission, QObject *context,
                         std::function<void(const IruResult<QJsonObject> &)> callback);
    // One request with a body; the callback gets the parsed JSON (null for an empty 204).
    IruRequest send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &contentType, QObject *context,
                    std::function<void(const IruResult<QJsonDocument> &, int httpStatus)> callback);
    IruRequest changeAssignment(bool assign, const QString &blueprintId,
                                const QString &libraryItemId, const QString &nodeId,
                                QObject *context, Callback<AssignmentChange> callback);

    net::HttpClient *m_http;
    QUrl m_apiUrl;
    QByteArray m_token;
};

} // namespace odt::iru
