// Okta Devices API (/api/v1/devices): listing with cursor pagination, SCIM search and user
// expansion, single devices, their users, lifecycle transitions and deletion.
#include "sandbox/oktaerrors.h"
#include "sandbox/oktamgmtcommon.h"
#include "sandbox/oktamgmtscim.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <optional>

namespace odt::sandbox {

namespace {

using namespace mgmt;

constexpr int maxLimit = 200; // listDevices: default and maximum 200
constexpr int idDigits = 17; // "guo" + 17 digits: the 20 characters of a real Okta id

const QString readScope = QStringLiteral("okta.devices.read");
const QString manageScope = QStringLiteral("okta.devices.manage");
const QString devicesKey = QStringLiteral("devices");
// Sandbox state: generated devices that changed (the whole device) or were deleted (null). All
// others are derived from their index on demand, so 50,000 devices cost nothing at start-up.
const QString changesKey = QStringLiteral("generatedDeviceChanges");

QString generatedId(qint64 index)
{
    return QStringLiteral("guo")
        + QString::number(index).rightJustified(idDigits, QLatin1Char('0'));
}

// The index of a generated-device id, or 0.
qint64 generatedIndex(const QString &id)
{
    if (id.size() != 3 + idDigits || !id.startsWith(QLatin1String("guo")))
        return 0;
    bool ok = false;
    const qint64 index = QStringView(id).mid(3).toLongLong(&ok);
    return ok ? index : 0;
}

enum class Expand { None, User, UserSummary };

class Devices
{
public:
    explicit Devices(OktaContext &context)
        : m_context(context)
        , m_okta(context.state.okta())
        , m_generated(
              qMax<qint64>(0, m_okta.value(u"generate").toObject().value(u"devices").toInteger()))
        , m_changes(m_okta.value(changesKey).toObject())
    {
        const QJsonArray users = m_okta.value(u"users").toArray();
        for (const QJsonValue &user : users)
            m_userIds.append(user.toObject().value(u"id").toString());
    }

    std::optional<QJsonObject> find(const QString &id) const
    {
        const QJsonArray explicitDevices = m_okta.value(devicesKey).toArray();
        for (const QJsonValue &value : explicitDevices) {
            if (value.toObject().value(u"id").toString() == id)
                return value.toObject();
        }
        const qint64 index = generatedIndex(id);
        if (index < 1 || index > m_generated)
            return std::nullopt;
        return generated(index);
    }

    // Both kinds of devices in one order, by id, so that a cursor (the last id of a page) stays
    // valid while devices are deleted or changed between pages.
    template<typename Visit> void forEachAfter(const QString &cursor, Visit visit) const
    {
        QList<QJsonObject> explicitDevices;
        const QJsonArray array = m_okta.value(devicesKey).toArray();
        for (const QJsonValue &value : array) {
            if (value.toObject().value(u"id").toString() > cursor)
                explicitDevices.append(value.toObject());
        }
        std::sort(explicitDevices.begin(), explicitDevices.end(),
                  [](const QJsonObject &a, const QJsonObject &b) {
                      return a.value(u"id").toString() < b.value(u"id").toString();
                  });
        // Generated ids grow with the index: find the first one past the cursor.
        qint64 low = 1, high = m_generated + 1;
        while (low < high) {
            const qint64 middle = low + (high - low) / 2;
            if (generatedId(middle) > cursor)
                high = middle;
            else
                low = middle + 1;
        }
        qint64 index = low;
        qsizetype next = 0;
        while (index <= m_generated || next < explicitDevices.size()) {
            const bool takeGenerated = index <= m_generated
                && (next >= explicitDevices.size()
                    || generatedId(index) < explicitDevices.at(next).value(u"id").toString());
            if (takeGenerated) {
                const auto device = generated(index++);
                if (device && !visit(*device))
                    return;
            } else if (!visit(explicitDevices.at(next++))) {
                return;
            }
        }
    }

    void store(const QJsonObject &device)
    {
        const QString id = device.value(u"id").toString();
        QJsonArray explicitDevices = m_okta.value(devicesKey).toArray();
        for (qsizetype i = 0; i < explicitDevices.size(); ++i) {
            if (explicitDevices.at(i).toObject().value(u"id").toString() == id) {
                explicitDevices.replace(i, device);
                m_okta.insert(devicesKey, explicitDevices);
                m_context.state.commit();
                return;
            }
        }
        m_changes.insert(id, device);
        m_okta.insert(changesKey, m_changes);
        m_context.state.commit();
    }

    void remove(const QString &id)
    {
        QJsonArray explicitDevices = m_okta.value(devicesKey).toArray();
        for (qsizetype i = 0; i < explicitDevices.size(); ++i) {
            if (explicitDevices.at(i).toObject().value(u"id").toString() == id) {
                explicitDevices.removeAt(i);
                m_okta.insert(devicesKey, explicitDevices);
                m_context.state.commit();
                return;
            }
        }
        m_changes.insert(id, QJsonValue::Null);
        m_okta.insert(changesKey, m_changes);
        m_context.state.commit();
    }

private:
    // Device `index` of the generated fleet: a deterministic mix of Macs and iPhones, every
    // tenth one without management software.
    std::optional<QJsonObject> generated(qint64 index) const
    {
        const QString id = generatedId(index);
        if (!m_changes.isEmpty()) {
            const auto changed = m_changes.constFind(id);
            if (changed != m_changes.constEnd()) {
                if (changed->isNull())
                    return std::nullopt;
                return changed->toObject();
            }
        }
        const bool mac = index % 3 != 0;
        const bool managed = index % 10 != 7;
        const QString number = QString::number(index).rightJustified(6, QLatin1Char('0'));
        static const QDateTime epoch
            = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
        const QString created = epoch.addSecs(index * 60).toString(Qt::ISODateWithMs);
        QJsonObject profile {
            { QStringLiteral("displayName"),
              QString((mac ? QStringLiteral("Generated Mac ") : QStringLiteral("Generated iPhone "))
                      + number) },
            { QStringLiteral("platform"), mac ? QStringLiteral("MACOS") : QStringLiteral("IOS") },
            { QStringLiteral("manufacturer"), QStringLiteral("APPLE") },
            { QStringLiteral("model"),
              mac ? QStringLiteral("MacBookPro18,3") : QStringLiteral("iPhone15,2") },
            { QStringLiteral("osVersion"),
              mac ? QStringLiteral("15.1.0") : QStringLiteral("18.1") },
            { QStringLiteral("serialNumber"),
              QString((mac ? QStringLiteral("C02G") : QStringLiteral("F2LG")) + number) },
            { QStringLiteral("registered"), true },
            { QStringLiteral("secureHardwarePresent"), true },
            { QStringLiteral("diskEncryptionType"),
              mac ? QStringLiteral("ALL_INTERNAL_VOLUMES") : QStringLiteral("FULL") },
            { QStringLiteral("managed"), managed },
        };
        if (mac)
            profile.insert(QStringLiteral("udid"),
                           QString(QStringLiteral("00000000-0000-4000-8000-")
                                   + QString::number(index).rightJustified(12, QLatin1Char('0'))));
        QJsonArray users;
        if (!m_userIds.isEmpty())
            users.append(QJsonObject {
                { QStringLiteral("userId"), m_userIds.at(index % m_userIds.size()) },
                { QStringLiteral("managementStatus"),
                  managed ? QStringLiteral("MANAGED") : QStringLiteral("NOT_MANAGED") },
                { QStringLiteral("screenLockType"),
                  mac ? QStringLiteral("BIOMETRIC") : QStringLiteral("PASSCODE") },
                { QStringLiteral("created"), created },
            });
        return QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("status"), QStringLiteral("ACTIVE") },
            { QStringLiteral("created"), created },
            { QStringLiteral("lastUpdated"), created },
            { QStringLiteral("resourceType"), QStringLiteral("UDDevice") },
            { QStringLiteral("profile"), profile },
            { QStringLiteral("users"), users },
        };
    }

    OktaContext &m_context;
    QJsonObject &m_okta;
    qint64 m_generated;
    QJsonObject m_changes;
    QStringList m_userIds;
};

QHash<QString, QJsonObject> usersById(OktaContext &context)
{
    QHash<QString, QJsonObject> users;
    const QJsonArray array = context.state.okta().value(u"users").toArray();
    for (const QJsonValue &value : array)
        users.insert(value.toObject().value(u"id").toString(), value.toObject());
    return users;
}

// DeviceUser objects for the device's sandbox-only `users[]` links.
QJsonArray deviceUsers(OktaContext &context, const QJsonObject &device, Expand expand,
                       const QHash<QString, QJsonObject> &users)
{
    QJsonArray result;
    const QJsonArray links = device.value(u"users").toArray();
    for (const QJsonValue &value : links) {
        const QJsonObject linkObject = value.toObject();
        const auto user = users.constFind(linkObject.value(u"userId").toString());
        if (user == users.constEnd())
            continue;
        QJsonObject entry;
        for (const char *key : { "created", "managementStatus", "screenLockType" }) {
            if (linkObject.contains(QLatin1String(key)))
                entry.insert(QLatin1String(key), linkObject.value(QLatin1String(key)));
        }
        entry.insert(QStringLiteral("user"),
                     expand == Expand::UserSummary ? userSummary(context, *user)
                                                   : publicUser(context, *user));
        result.append(entry);
    }
    return result;
}

QJsonObject render(OktaContext &context, QJsonObject device, Expand expand,
                   const QHash<QString, QJsonObject> &users)
{
    const QString id = device.value(u"id").toString();
    const QString base = context.originString() + QStringLiteral("/api/v1/devices/") + id;
    const QString status = device.value(u"status").toString();
    if (!device.contains(u"resourceType"))
        device.insert(QStringLiteral("resourceType"), QStringLiteral("UDDevice"));
    device.insert(QStringLiteral("resourceId"), id);
    device.insert(QStringLiteral("resourceDisplayName"),
                  QJsonObject { { QStringLiteral("value"),
                                  device.value(u"profile").toObject().value(u"displayName") },
                                { QStringLiteral("sensitive"), false } });
    // Okta's examples list GET, PATCH, PUT here, but PATCH is outside the spec's own HttpMethod
    // enum and neither is a documented device operation; the hints name the documented ones.
    QJsonObject links {
        { QStringLiteral("self"), link(base, { QStringLiteral("GET"), QStringLiteral("DELETE") }) },
        { QStringLiteral("users"),
          link(base + QStringLiteral("/users"), { QStringLiteral("GET") }) },
    };
    const auto lifecycle = [&](const char *action) {
        links.insert(QLatin1String(action),
                     link(base + QStringLiteral("/lifecycle/") + QLatin1String(action),
                          { QStringLiteral("POST") }));
    };
    if (status == QLatin1String("DEACTIVATED") || status == QLatin1String("CREATED")) {
        lifecycle("activate");
    } else if (status == QLatin1String("SUSPENDED")) {
        lifecycle("unsuspend");
        lifecycle("deactivate");
    } else {
        lifecycle("suspend");
        lifecycle("deactivate");
    }
    device.insert(QStringLiteral("_links"), links);
    if (expand != Expand::None)
        device.insert(QStringLiteral("_embedded"),
                      QJsonObject { { QStringLiteral("users"),
                                      deviceUsers(context, device, expand, users) } });
    device.remove(QStringLiteral("users"));
    return device;
}

SandboxResponse invalid(const QString &parameter, const QString &cause)
{
    return oktaerrors::apiError(QStringLiteral("E0000001"), parameter, { cause });
}

SandboxResponse listDevices(OktaContext &context, const SandboxRequest &request)
{
    int limit = maxLimit;
    if (hasQueryValue(request, QStringLiteral("limit"))) {
        bool ok = false;
        limit = queryValue(request, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return invalid(QStringLiteral("limit"),
                           QStringLiteral("limit: must be a number from 1 to 200"));
        // Okta caps larger pages silently rather than failing the request.
        limit = qMin(limit, maxLimit);
    }
    std::optional<scim::Filter> filter;
    const QString search = queryValue(request, QStringLiteral("search"));
    if (!search.trimmed().isEmpty()) {
        // Okta's catalog also has E0000031 "Invalid search criteria"; which one the Devices API
        // answers for a malformed filter is not documented. The sandbox answers the generic
        // validation error and names the problem in errorCauses.
        static const scim::Filter::Options options {
            { QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("lastUpdated"),
              QStringLiteral("profile.") },
            { QStringLiteral("profile.displayName"), QStringLiteral("profile.serialNumber"),
              QStringLiteral("profile.imei"), QStringLiteral("profile.meid"),
              QStringLiteral("profile.udid"), QStringLiteral("profile.sid") },
        };
        QString error;
        filter = scim::Filter::parse(search, options, &error);
        if (!filter)
            return invalid(QStringLiteral("search"), error);
    }
    // Values outside the spec's enum (user, userSummary) are ignored, not refused: Okta documents
    // no error for them.
    const QString expandValue = queryValue(request, QStringLiteral("expand"));
    const Expand expand = expandValue == QLatin1String("user") ? Expand::User
        : expandValue == QLatin1String("userSummary")          ? Expand::UserSummary
                                                               : Expand::None;
    const QHash<QString, QJsonObject> users
        = expand == Expand::None ? QHash<QString, QJsonObject>() : usersById(context);

    QJsonArray page;
    QString lastId;
    bool more = false;
    Devices(context).forEachAfter(queryValue(request, QStringLiteral("after")),
                                  [&](const QJsonObject &device) {
                                      if (filter && !filter->matches(device))
                                          return true;
                                      if (page.size() == limit) {
                                          more = true;
                                          return false;
                                      }
                                      lastId = device.value(u"id").toString();
                                      page.append(render(context, device, expand, users));
                                      return true;
                                  });
    SandboxResponse response = SandboxResponse::json(200, page);
    addLinkHeader(response, selfUrl(context, request), "self");
    if (more)
        addLinkHeader(response, nextUrl(context, request, lastId), "next");
    return response;
}

struct Transition
{
    const char *action;
    QStringList from;
    const char *to;
};

} // namespace

void addOktaDeviceRoutes(OktaContext &context)
{
    addRoute(context, "GET", QStringLiteral("/api/v1/devices"), readScope,
             [&context](const SandboxRequest &request, const QStringList &, const OktaPrincipal &) {
                 return listDevices(context, request);
             });
    addRoute(context, "GET", QStringLiteral("/api/v1/devices/{deviceId}"), readScope,
             [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
                 const auto device = Devices(context).find(args.at(0));
                 if (!device)
                     return notFound(args.at(0), QStringLiteral("Device"));
                 return SandboxResponse::json(200, render(context, *device, Expand::None, {}));
             });
    addRoute(context, "GET", QStringLiteral("/api/v1/devices/{deviceId}/users"), readScope,
             [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
                 const auto device = Devices(context).find(args.at(0));
                 if (!device)
                     return notFound(args.at(0), QStringLiteral("Device"));
                 return SandboxResponse::json(
                     200, deviceUsers(context, *device, Expand::User, usersById(context)));
             });
    addRoute(context, "DELETE", QStringLiteral("/api/v1/devices/{deviceId}"), manageScope,
             [&context](const SandboxRequest &, const QStringList &args, const OktaPrincipal &) {
                 Devices devices(context);
                 const auto device = devices.find(args.at(0));
                 if (!device)
                     return notFound(args.at(0), QStringLiteral("Device"));
                 // Documented: only a DEACTIVATED device may be deleted.
                 if (device->value(u"status").toString() != QLatin1String("DEACTIVATED"))
                     return oktaerrors::apiError(QStringLiteral("E0000152"));
                 devices.remove(args.at(0));
                 return SandboxResponse::empty(204);
             });

    // Documented: a suspended device can only be unsuspended or deactivated; deactivation drops
    // the device-user links; delete needs DEACTIVATED. Transitions the spec does not spell out
    // (activating an ACTIVE device, deactivating twice) are refused with E0000152 like the
    // documented illegal ones, the least surprising reading of "Illegal device status".
    static const QList<Transition> transitions {
        { "activate", { QStringLiteral("DEACTIVATED"), QStringLiteral("CREATED") }, "ACTIVE" },
        { "deactivate",
          { QStringLiteral("ACTIVE"), QStringLiteral("SUSPENDED"), QStringLiteral("UNSUSPENDED"),
            QStringLiteral("CREATED") },
          "DEACTIVATED" },
        { "suspend", { QStringLiteral("ACTIVE"), QStringLiteral("UNSUSPENDED") }, "SUSPENDED" },
        { "unsuspend", { QStringLiteral("SUSPENDED") }, "ACTIVE" },
    };
    for (const Transition &transition : transitions) {
        addRoute(context, "POST",
                 QStringLiteral("/api/v1/devices/{deviceId}/lifecycle/")
                     + QLatin1String(transition.action),
                 manageScope,
                 [&context, transition](const SandboxRequest &, const QStringList &args,
                                        const OktaPrincipal &) {
                     Devices devices(context);
                     auto device = devices.find(args.at(0));
                     if (!device)
                         return notFound(args.at(0), QStringLiteral("Device"));
                     if (!transition.from.contains(device->value(u"status").toString()))
                         return oktaerrors::apiError(QStringLiteral("E0000152"));
                     device->insert(QStringLiteral("status"), QLatin1String(transition.to));
                     device->insert(QStringLiteral("lastUpdated"), isoNow());
                     if (qstrcmp(transition.action, "deactivate") == 0)
                         device->insert(QStringLiteral("users"), QJsonArray());
                     devices.store(*device);
                     return SandboxResponse::empty(204);
                 });
    }
}

} // namespace odt::sandbox
