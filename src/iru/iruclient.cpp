#include "iru/iruclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QPointer>
#include <QUrlQuery>

namespace odt::iru {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::IruClient)
};

// Iru names each token permission in Access → API tokens → Configure. Only the device list's name
// is established (third-party setup guides: "Device list: /api/v1/devices"); for the other
// endpoints it is unknown and messages name the endpoint path instead of a guessed label.
const QString deviceListPermission = QStringLiteral("Device list");

QString str(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

bool flag(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    // Defensive: the multipart API takes "true"/"false" strings, so a string may come back too.
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return value.toBool();
}

QString percent(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(443) == b.port(443);
}

// Rewrites the service's message for the failures the admin fixes in the Iru console.
void explain(net::NetError &error, const QString &host, const QString &operation,
             const QString &path, const QString &permission)
{
    if (error.kind != net::NetError::Kind::Http) {
        if (error.kind == net::NetError::Kind::InvalidJson
            && error.technical.startsWith(QLatin1String("an HTML page")))
            error.message = Text::tr("%1 answered %2 with a web page instead of API data. Use the "
                                     "tenant's API URL (shown in the Iru Endpoint console under "
                                     "Access → API tokens), not the console's address.")
                                .arg(host, operation);
        return;
    }
    const QString said = error.serviceSummary.isEmpty()
        ? QString()
        : QStringLiteral(" (\"%1\")").arg(error.serviceSummary);
    switch (error.httpStatus) {
    case 401:
        error.message
            = Text::tr("%1 refused the API token for %2: HTTP 401%3. The token is wrong, revoked "
                       "or expired. Copy it again from the Iru Endpoint console (Access → API "
                       "tokens) or add a new token there, then retry.")
                  .arg(host, operation, said);
        break;
    case 403:
        error.message = permission.isEmpty()
            ? Text::tr("The Iru Endpoint API token may not call %1: HTTP 403%2. In the Iru "
                       "Endpoint console open Access → API tokens, choose Configure on this "
                       "token and allow the permission for %3, then retry.")
                  .arg(operation, said, path)
            : Text::tr("The Iru Endpoint API token may not call %1: HTTP 403%2. In the Iru "
                       "Endpoint console open Access → API tokens, choose Configure on this "
                       "token and allow \"%3\" (%4), then retry.")
                  .arg(operation, said, permission, path);
        break;
    case 404:
        error.message = Text::tr("%1 does not know %2 (HTTP 404%3). Check that %1 is the tenant's "
                                 "API URL as shown under Access → API tokens in the Iru Endpoint "
                                 "console.")
                            .arg(host, operation, said);
        break;
    default:
        break; // describeServiceError's message already says what happened and what to do
    }
}

// The HttpClient drops a request whose context dies without calling back; the chain must then
// drop its handles too, or the handle → callback → chain cycle outlives everything.
void guardContext(const std::shared_ptr<IruRequest::Chain> &chain, QObject *context)
{
    std::weak_ptr<IruRequest::Chain> weak = chain;
    chain->contextGuard = QObject::connect(context, &QObject::destroyed, [weak] {
        if (const auto c = weak.lock()) {
            c->cancelled = true;
            c->inFlight.clear();
        }
    });
}

} // namespace

// ---- values ----

Blueprint Blueprint::fromJson(const QJsonObject &object)
{
    Blueprint blueprint;
    blueprint.id = str(object, "id");
    blueprint.name = str(object, "name");
    blueprint.type = str(object, "type");
    if (blueprint.type.isEmpty())
        blueprint.type = QStringLiteral("classic"); // Blueprints predating Assignment Maps
    blueprint.description = str(object, "description");
    blueprint.computersCount = object.value(u"computers_count").toInt();
    return blueprint;
}

LibraryItemRef LibraryItemRef::fromJson(const QJsonObject &object)
{
    return { str(object, "id"), str(object, "name") };
}

Device Device::fromJson(const QJsonObject &object)
{
    Device device;
    device.id = str(object, "device_id");
    device.name = str(object, "device_name");
    device.platform = str(object, "platform");
    device.blueprintId = str(object, "blueprint_id");
    device.blueprintName = str(object, "blueprint_name");
    device.serialNumber = str(object, "serial_number");
    // "user" is an object, or "" when the device has no user.
    device.userEmail = object.value(u"user").toObject().value(u"email").toString();
    return device;
}

DeviceLibraryItem DeviceLibraryItem::fromJson(const QJsonObject &object)
{
    DeviceLibraryItem item;
    item.itemId = str(object, "item_id");
    item.name = str(object, "name");
    item.type = str(object, "type");
    item.status = str(object, "status");
    const QJsonObject blueprint = object.value(u"blueprint").toObject();
    item.blueprintId = str(blueprint, "id");
    item.blueprintName = str(blueprint, "name");
    return item;
}

CustomProfile CustomProfile::fromJson(const QJsonObject &object)
{
    CustomProfile profile;
    profile.id = str(object, "id");
    profile.name = str(object, "name");
    profile.active = flag(object, "active");
    profile.mobileconfig = str(object, "profile").toUtf8();
    profile.mdmIdentifier = str(object, "mdm_identifier");
    profile.runsOnMac = flag(object, "runs_on_mac");
    profile.runsOnIPhone = flag(object, "runs_on_iphone");
    profile.runsOnIPad = flag(object, "runs_on_ipad");
    return profile;
}

LibraryItemStatus LibraryItemStatus::fromJson(const QJsonObject &object)
{
    LibraryItemStatus status;
    const QJsonObject computer = object.value(u"computer").toObject();
    const QJsonObject blueprint = object.value(u"blueprint").toObject();
    status.deviceId = str(computer, "id");
    status.deviceName = str(computer, "name");
    status.blueprintId = str(blueprint, "id");
    status.blueprintName = str(blueprint, "name");
    status.status = str(object, "status");
    return status;
}

// ---- requests ----

void IruRequest::cancel()
{
    if (!m_chain || m_chain->done)
        return;
    m_chain->cancelled = true;
    QObject::disconnect(m_chain->contextGuard);
    const auto handles = m_chain->inFlight;
    m_chain->inFlight.clear();
    for (net::RequestHandle handle : handles)
        handle.cancel();
}

bool IruRequest::isRunning() const
{
    return m_chain && !m_chain->cancelled && !m_chain->done;
}

namespace {

// One list being read: the pages received so far by index, and the pages in flight. Owned by the
// callbacks of its requests; every way a list ends (last page, error, cancel, the context's end)
// drops the handles, so nothing keeps it alive in a cycle.
class ListRun : public std::enable_shared_from_this<ListRun>
{
public:
    using Paging = IruClient::ListSpec::Paging;

    std::shared_ptr<IruRequest::Chain> chain = std::make_shared<IruRequest::Chain>();
    QPointer<net::HttpClient> http;
    QPointer<QObject> context;
    QByteArray authorization;
    QUrl origin;
    std::shared_ptr<const IruClient::ListSpec> spec;
    std::function<void(const IruResult<QJsonArray> &)> callback;

    void start()
    {
        guardContext(chain, context);
        send(0);
    }

private:
    QMap<int, QJsonArray> m_pages;
    int m_step = 0; // items per page, as the first page showed
    int m_pageCount = -1; // known from "count"; for bare arrays once a short page arrived
    int m_nextIndex = 1; // the next page to send
    QUrl m_next; // FollowNext: the next link

    bool stopped() const { return chain->done || chain->cancelled || !http || !context; }

    QUrl pageUrl(int index) const
    {
        QUrl url = origin;
        url.setPath(spec->path);
        QUrlQuery query;
        switch (spec->paging) {
        case Paging::CountedOffset:
        case Paging::BareArray: {
            const int step = index == 0 ? spec->limit : m_step;
            query.addQueryItem(QStringLiteral("limit"), QString::number(step));
            query.addQueryItem(QStringLiteral("offset"), QString::number(qint64(index) * step));
            break;
        }
        case Paging::CountedPage:
            if (index > 0)
                query.addQueryItem(QStringLiteral("page"), QString::number(index + 1));
            break;
        case Paging::FollowNext:
            if (index > 0)
                return m_next;
            break;
        }
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    void send(int index)
    {
        net::HttpRequest request;
        request.url = pageUrl(index);
        request.headers.append({ "Authorization", authorization });
        chain->inFlight.insert(
            index,
            http->send(request, context,
                       [self = shared_from_this(), index](const net::JsonResponse &response) {
                           self->received(index, response);
                       }));
    }

    void pump()
    {
        const int concurrency = spec->paging == Paging::FollowNext ? 1 : IruClient::pageConcurrency;
        while (!stopped() && chain->inFlight.size() < concurrency
               && (m_pageCount < 0 || m_nextIndex < m_pageCount)
               && m_nextIndex < IruClient::maxPages) {
            if (spec->paging == Paging::FollowNext && m_next.isEmpty())
                return;
            send(m_nextIndex++);
        }
    }

    void finish(IruResult<QJsonArray> result)
    {
        if (chain->done || chain->cancelled)
            return;
        chain->done = true;
        QObject::disconnect(chain->contextGuard);
        const auto handles = chain->inFlight;
        chain->inFlight.clear();
        for (net::RequestHandle handle : handles)
            handle.cancel();
        result.operation = spec->operation;
        result.permission = spec->permission;
        const auto done = std::move(callback);
        callback = nullptr;
        done(result);
    }

    void fail(net::NetError error)
    {
        explain(error, origin.host(), spec->operation, spec->path, spec->permission);
        IruResult<QJsonArray> result;
        result.error = error;
        finish(result);
    }

    void malformed(const QString &why)
    {
        net::NetError error;
        error.kind = net::NetError::Kind::InvalidJson;
        error.technical = why;
        error.message = Text::tr("%1 answered %2 with data this version does not understand (%3).")
                            .arg(origin.host(), spec->operation, why);
        fail(error);
    }

    void received(int index, const net::JsonResponse &response)
    {
        if (chain->done || chain->cancelled)
            return;
        chain->inFlight.remove(index);
        if (!response.ok())
            return fail(response.error);

        QJsonArray items;
        if (spec->paging == Paging::BareArray) {
            if (!response.json.isArray())
                return malformed(QStringLiteral("expected a JSON array"));
            items = response.json.array();
            if (index == 0)
                m_step = spec->limit;
            // A short page is the last one; pages read ahead after it are dropped.
            if (items.size() < m_step && (m_pageCount < 0 || index + 1 < m_pageCount))
                m_pageCount = index + 1;
        } else {
            const QJsonObject object = response.json.object();
            if (!response.json.isObject() || !object.value(u"results").isArray())
                return malformed(QStringLiteral("expected an object with \"results\""));
            items = object.value(u"results").toArray();
            const QJsonValue next = object.value(u"next");
            const bool more = next.isString() && !next.toString().isEmpty();
            if (spec->paging == Paging::FollowNext) {
                m_next = more ? origin.resolved(QUrl(next.toString())) : QUrl();
                if (!more)
                    m_pageCount = index + 1;
                else if (!sameOrigin(m_next, origin)) // the token goes only to its tenant
                    return malformed(QStringLiteral("the next-page link leaves the tenant: %1")
                                         .arg(m_next.host()));
                else if (index + 1 >= IruClient::maxPages)
                    return malformed(QStringLiteral("more than %1 pages").arg(IruClient::maxPages));
            } else if (index == 0) {
                const int count = object.value(u"count").toInt(-1);
                m_step = int(items.size());
                if (!more || m_step == 0) {
                    m_pageCount = 1;
                } else if (count < 0) {
                    return malformed(QStringLiteral("no \"count\""));
                } else {
                    m_pageCount = qMax(1, (count + m_step - 1) / m_step);
                    if (m_pageCount > IruClient::maxPages)
                        return malformed(
                            QStringLiteral("more than %1 pages").arg(IruClient::maxPages));
                }
            }
        }
        m_pages.insert(index, items);

        if (m_pageCount >= 0) {
            // Pages read ahead past the end are already on their way: their (empty) answers are
            // ignored rather than aborted mid-flight.
            const auto inFlight = chain->inFlight;
            for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
                if (it.key() >= m_pageCount)
                    chain->inFlight.remove(it.key());
            }
            bool all = true;
            for (int i = 0; i < m_pageCount && all; ++i)
                all = m_pages.contains(i);
            if (all) {
                IruResult<QJsonArray> result;
                for (int i = 0; i < m_pageCount; ++i) {
                    for (const QJsonValue &value : m_pages.value(i))
                        result.value.append(value);
                }
                return finish(result);
            }
        } else if (m_nextIndex >= IruClient::maxPages && chain->inFlight.isEmpty()) {
            return malformed(QStringLiteral("more than %1 pages").arg(IruClient::maxPages));
        }
        pump();
    }
};

} // namespace

IruClient::IruClient(net::HttpClient *http, const QUrl &apiUrl, const QByteArray &token,
                     QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_apiUrl(apiUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_token(token)
{
    // Iru's limit is per tenant, not per endpoint: one budget for the whole origin. Keyed by
    // host:port so the sandbox's Okta origin on the same loopback host keeps its own buckets.
    m_http->governor().setStaticBudget(m_apiUrl.host() + QLatin1Char(':')
                                           + QString::number(m_apiUrl.port(443)),
                                       requestsPerHour, 3600);
}

QUrl IruClient::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_apiUrl;
    url.setPath(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    return url;
}

net::HttpRequest IruClient::authorized(const QUrl &url) const
{
    net::HttpRequest request;
    request.method = "GET";
    request.url = url;
    request.headers.append({ "Authorization", "Bearer " + m_token });
    return request;
}

IruRequest IruClient::getList(const std::shared_ptr<ListSpec> &spec, QObject *context,
                              ArrayCallback callback)
{
    auto run = std::make_shared<ListRun>();
    run->http = m_http;
    run->context = context;
    run->authorization = authorized(QUrl()).headers.constFirst().second;
    run->origin = m_apiUrl;
    run->spec = spec;
    run->callback = std::move(callback);
    run->start();
    return IruRequest(run->chain);
}

IruRequest IruClient::getObject(const QUrl &url, const QString &permission, QObject *context,
                                std::function<void(const IruResult<QJsonObject> &)> callback)
{
    auto chain = std::make_shared<IruRequest::Chain>();
    guardContext(chain, context);
    const QString operation = QStringLiteral("GET ") + url.path();
    chain->inFlight.insert(
        0,
        m_http->send(authorized(url), context,
                     [chain, host = m_apiUrl.host(), operation, path = url.path(), permission,
                      callback = std::move(callback)](const net::JsonResponse &response) {
                         if (chain->cancelled || chain->done)
                             return;
                         chain->done = true;
                         chain->inFlight.clear();
                         QObject::disconnect(chain->contextGuard);
                         IruResult<QJsonObject> result;
                         result.operation = operation;
                         result.permission = permission;
                         result.error = response.error;
                         if (!result.ok()) {
                             explain(result.error, host, operation, path, permission);
                         } else if (!response.json.isObject()) {
                             result.error.kind = net::NetError::Kind::InvalidJson;
                             result.error.technical = QStringLiteral("expected a JSON object");
                             result.error.message
                                 = Text::tr("%1 answered %2 with data this version does not "
                                            "understand (%3).")
                                       .arg(host, operation, result.error.technical);
                         } else {
                             result.value = response.json.object();
                         }
                         callback(result);
                     }));
    return IruRequest(chain);
}

namespace {

template<typename T> IruResult<QList<T>> mapArray(const IruResult<QJsonArray> &array)
{
    IruResult<QList<T>> result;
    result.error = array.error;
    result.operation = array.operation;
    result.permission = array.permission;
    result.value.reserve(array.value.size());
    for (const QJsonValue &value : array.value)
        result.value.append(T::fromJson(value.toObject()));
    return result;
}

} // namespace

IruRequest IruClient::probe(QObject *context, Callback<int> callback)
{
    const QString path = QStringLiteral("/api/v1/blueprints");
    return getObject(endpoint(path, { { QStringLiteral("limit"), QStringLiteral("1") } }), {},
                     context,
                     [callback = std::move(callback), host = host(),
                      path](const IruResult<QJsonObject> &object) {
                         IruResult<int> result;
                         result.error = object.error;
                         result.operation = QStringLiteral("GET ") + path;
                         result.permission = object.permission;
                         if (object.ok()) {
                             result.value = object.value.value(u"count").toInt(-1);
                             if (result.value < 0) {
                                 result.error.kind = net::NetError::Kind::InvalidJson;
                                 result.error.technical = QStringLiteral("no \"count\"");
                                 result.error.message
                                     = Text::tr("%1 answered %2 with data this version does not "
                                                "understand (%3). Check that it is the tenant's "
                                                "API URL.")
                                           .arg(host, result.operation, result.error.technical);
                             }
                         }
                         callback(result);
                     });
}

IruRequest IruClient::blueprints(QObject *context, Callback<QList<Blueprint>> callback)
{
    auto spec = std::make_shared<ListSpec>();
    spec->paging = ListSpec::Paging::CountedOffset;
    spec->path = QStringLiteral("/api/v1/blueprints");
    spec->limit = blueprintPageSize;
    spec->operation = QStringLiteral("GET ") + spec->path;
    return getList(spec, context, [callback = std::move(callback)](const IruResult<QJsonArray> &r) {
        callback(mapArray<Blueprint>(r));
    });
}

IruRequest IruClient::blueprintLibraryItems(const QString &blueprintId, QObject *context,
                                            Callback<QList<LibraryItemRef>> callback)
{
    auto spec = std::make_shared<ListSpec>();
    spec->paging = ListSpec::Paging::FollowNext;
    spec->path
        = QStringLiteral("/api/v1/blueprints/%1/list-library-items").arg(percent(blueprintId));
    spec->operation = QStringLiteral("GET ") + spec->path;
    return getList(spec, context, [callback = std::move(callback)](const IruResult<QJsonArray> &r) {
        callback(mapArray<LibraryItemRef>(r));
    });
}

IruRequest IruClient::devices(QObject *context, Callback<QList<Device>> callback)
{
    auto spec = std::make_shared<ListSpec>();
    spec->paging = ListSpec::Paging::BareArray;
    spec->path = QStringLiteral("/api/v1/devices");
    // The documented hard maximum: asking for exactly that means a short page is the last one.
    spec->limit = devicePageSize;
    spec->permission = deviceListPermission;
    spec->operation = QStringLiteral("GET ") + spec->path;
    return getList(spec, context, [callback = std::move(callback)](const IruResult<QJsonArray> &r) {
        callback(mapArray<Device>(r));
    });
}

IruRequest IruClient::deviceLibraryItems(const QString &deviceId, QObject *context,
                                         Callback<QList<DeviceLibraryItem>> callback)
{
    return getObject(
        endpoint(QStringLiteral("/api/v1/devices/%1/library-items").arg(percent(deviceId))), {},
        context, [callback = std::move(callback)](const IruResult<QJsonObject> &object) {
            IruResult<QList<DeviceLibraryItem>> result;
            result.error = object.error;
            result.operation = object.operation;
            result.permission = object.permission;
            const QJsonArray items = object.value.value(u"library_items").toArray();
            for (const QJsonValue &value : items)
                result.value.append(DeviceLibraryItem::fromJson(value.toObject()));
            callback(result);
        });
}

IruRequest IruClient::customProfiles(QObject *context, Callback<QList<CustomProfile>> callback)
{
    auto spec = std::make_shared<ListSpec>();
    spec->paging = ListSpec::Paging::CountedPage;
    spec->path = QStringLiteral("/api/v1/library/custom-profiles");
    spec->operation = QStringLiteral("GET ") + spec->path;
    return getList(spec, context, [callback = std::move(callback)](const IruResult<QJsonArray> &r) {
        callback(mapArray<CustomProfile>(r));
    });
}

IruRequest IruClient::libraryItemStatus(const QString &libraryItemId, QObject *context,
                                        Callback<QList<LibraryItemStatus>> callback)
{
    auto spec = std::make_shared<ListSpec>();
    spec->paging = ListSpec::Paging::CountedOffset;
    spec->path
        = QStringLiteral("/api/v1/library/library-items/%1/status").arg(percent(libraryItemId));
    spec->operation = QStringLiteral("GET ") + spec->path;
    return getList(spec, context, [callback = std::move(callback)](const IruResult<QJsonArray> &r) {
        callback(mapArray<LibraryItemStatus>(r));
    });
}

IruRequest IruClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, QObject *context,
                           std::function<void(const IruResult<QJsonDocument> &, int)> callback)
{
    auto chain = std::make_shared<IruRequest::Chain>();
    guardContext(chain, context);
    net::HttpRequest request = authorized(endpoint(path));
    request.method = method;
    request.body = body;
    request.contentType = contentType;
    const QString operation = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    chain->inFlight.insert(
        0,
        m_http->send(request, context,
                     [chain, host = m_apiUrl.host(), operation, path,
                      callback = std::move(callback)](const net::JsonResponse &response) {
                         if (chain->cancelled || chain->done)
                             return;
                         chain->done = true;
                         chain->inFlight.clear();
                         QObject::disconnect(chain->contextGuard);
                         IruResult<QJsonDocument> result;
                         result.operation = operation;
                         result.error = response.error;
                         if (!result.ok()) {
                             // A 400 is the service's own answer about the request: its text
                             // decides (assignments), so it is not rewritten here.
                             if (response.httpStatus != 400)
                                 explain(result.error, host, operation, path, {});
                         } else if (!response.body.trimmed().isEmpty() && response.json.isNull()) {
                             result.error.kind = net::NetError::Kind::InvalidJson;
                             result.error.technical = QStringLiteral("expected JSON");
                             result.error.message
                                 = Text::tr("%1 answered %2 with data this version does not "
                                            "understand (%3).")
                                       .arg(host, operation, result.error.technical);
                         } else {
                             result.value = response.json;
                         }
                         callback(result, response.httpStatus);
                     }));
    return IruRequest(chain);
}

} // namespace odt::iru
