// The Iru Endpoint (Kandji) API endpoints the ODT assistant uses, shaped after the vendor's
// Postman collection (tests/contracts/iru-endpoint). Where the collection is silent, each choice
// is the least surprising one for a Django REST framework service and says so in a comment.
#include "profiles/plist.h"
#include "profiles/plistwriter.h"
#include "sandbox/irucontext.h"
#include "sandbox/irutenantserver.h"
#include "sandbox/multipart.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <memory>

namespace odt::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype maxPageSize = 300; // the collection's "hard upper limit" for every list

// Generated objects carry fixed id prefixes, so an id maps back to its index without a table.
const QString generatedBlueprintPrefix = u"b9e00000-0000-4000-8000-"_s;
const QString generatedDevicePrefix = u"d9e00000-0000-4000-8000-"_s;

QString indexedId(const QString &prefix, qsizetype index)
{
    return prefix + u"%1"_s.arg(index, 12, 10, QLatin1Char('0'));
}

// The index encoded in a generated id, or -1.
qsizetype indexOfId(const QString &prefix, const QString &id, qsizetype count)
{
    if (!id.startsWith(prefix) || id.size() != prefix.size() + 12)
        return -1;
    bool ok = false;
    const qlonglong index = QStringView(id).mid(prefix.size()).toLongLong(&ok);
    return ok && index >= 0 && index < count ? qsizetype(index) : -1;
}

// Stable across runs (qHash is seeded per process): ids in responses must not change.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QString stableUuid(const QString &seed)
{
    return QUuid::createUuidV5(QUuid(u"6f1c2f8e-7d4b-4a8e-9a55-1c0ffee00000"_s), seed)
        .toString(QUuid::WithoutBraces);
}

QString nowTimestamp()
{
    // The API's timestamps carry microseconds ("2023-10-13T17:29:57.339336Z").
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}

SandboxResponse detail(int status, const QString &text)
{
    return SandboxResponse::json(status, QJsonObject { { u"detail"_s, text } });
}

// DRF's field-error shape: {"field": ["message"]}.
SandboxResponse fieldError(const QString &field, const QString &message)
{
    return SandboxResponse::json(400, QJsonObject { { field, QJsonArray { message } } });
}

// The assign/remove errors are documented as bare quoted strings ("Library Item already exists on
// Blueprint"), unlike Create Blueprint's documented array, so the body is a JSON string.
SandboxResponse stringError(const QString &message)
{
    QByteArray body = QJsonDocument(QJsonArray { message }).toJson(QJsonDocument::Compact);
    body = body.mid(1, body.size() - 2);
    return SandboxResponse::text(400, body, "application/json");
}

// DRF's LimitOffsetPagination: an invalid or missing value falls back to the default, never 400.
qsizetype queryInt(const SandboxRequest &request, const QString &key, qsizetype fallback)
{
    bool ok = false;
    const qlonglong value = request.query.queryItemValue(key).toLongLong(&ok);
    return ok && value >= 0 ? qsizetype(value) : fallback;
}

struct Page
{
    qsizetype limit = maxPageSize;
    qsizetype offset = 0;
};

// The docs give no default limit; 300 (the hard maximum) returns everything a client that omits
// `limit` could expect, and a larger limit is clamped rather than refused ("hard upper limit").
Page limitOffset(const SandboxRequest &request)
{
    Page page;
    page.limit = qBound<qsizetype>(1, queryInt(request, u"limit"_s, maxPageSize), maxPageSize);
    page.offset = queryInt(request, u"offset"_s, 0);
    return page;
}

QJsonValue link(const IruContext &context, const SandboxRequest &request,
                const QList<QPair<QString, QString>> &set, const QStringList &remove = {})
{
    QUrlQuery query = request.query;
    for (const QString &key : remove)
        query.removeAllQueryItems(key);
    for (const auto &[key, value] : set) {
        query.removeAllQueryItems(key);
        query.addQueryItem(key, value);
    }
    QUrl url = context.origin();
    url.setPath(request.path);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QJsonObject envelope(qsizetype count, const QJsonValue &next, const QJsonValue &previous,
                     const QJsonArray &results)
{
    return { { u"count"_s, count },
             { u"next"_s, next },
             { u"previous"_s, previous },
             { u"results"_s, results } };
}

// {count,next,previous,results} with DRF's absolute next/previous links.
QJsonObject limitOffsetEnvelope(const IruContext &context, const SandboxRequest &request,
                                const Page &page, qsizetype count, const QJsonArray &results)
{
    QJsonValue next = QJsonValue::Null;
    QJsonValue previous = QJsonValue::Null;
    const QString limit = QString::number(page.limit);
    if (page.offset + page.limit < count)
        next = link(
            context, request,
            { { u"limit"_s, limit }, { u"offset"_s, QString::number(page.offset + page.limit) } });
    if (page.offset > 0) {
        if (page.offset - page.limit <= 0)
            previous = link(context, request, { { u"limit"_s, limit } }, { u"offset"_s });
        else
            previous = link(context, request,
                            { { u"limit"_s, limit },
                              { u"offset"_s, QString::number(page.offset - page.limit) } });
    }
    return envelope(count, next, previous, results);
}

QString platformKey(const QString &platform)
{
    if (platform == u"Mac")
        return u"mac"_s;
    if (platform == u"iPhone")
        return u"iphone"_s;
    if (platform == u"iPad")
        return u"ipad"_s;
    if (platform == u"AppleTV")
        return u"tv"_s;
    return platform.toLower();
}

bool isProfileType(const QString &type)
{
    return type == u"profile" || type == u"custom-profile";
}

// The tenant's data: scenario objects from the state, generated objects derived from their index,
// changes to generated objects kept in the state under "changes".
class IruModel
{
public:
    explicit IruModel(IruContext &context)
        : m_context(context)
    { }

    IruContext &context() { return m_context; }
    QJsonObject &iru() { return m_context.state.iru(); }
    void commit() { m_context.state.commit(); }

    qsizetype generatedCount(const QString &key)
    {
        return qMax(0, iru().value(u"generate").toObject().value(key).toInt());
    }

    // ---- library items ----

    QHash<QString, QJsonObject> libraryItems()
    {
        QHash<QString, QJsonObject> items;
        for (const QJsonValue &value : iru().value(u"libraryItems").toArray())
            items.insert(value[u"id"].toString(), value.toObject());
        return items;
    }

    // The ready scenario's items by role, so generated Blueprints use whatever the scenario has.
    QString itemByRole(const QString &type, bool oktaVerify)
    {
        for (const QJsonValue &value : iru().value(u"libraryItems").toArray()) {
            if (value[u"type"].toString() == type
                && (value[u"bundle_id"].toString() == u"com.okta.mobile") == oktaVerify)
                return value[u"id"].toString();
        }
        return {};
    }

    // ---- Blueprints ----

    qsizetype blueprintCount()
    {
        return iru().value(u"blueprints").toArray().size() + generatedCount(u"blueprints"_s);
    }

    static QString generatedBlueprintName(qsizetype index)
    {
        return u"Generated Blueprint %1"_s.arg(index + 1, 3, 10, QLatin1Char('0'));
    }

    QJsonObject generatedBlueprint(qsizetype index)
    {
        const QString id = indexedId(generatedBlueprintPrefix, index);
        const QJsonObject changed = iru()
                                        .value(u"changes")
                                        .toObject()
                                        .value(u"blueprints")
                                        .toObject()
                                        .value(id)
                                        .toObject();
        if (!changed.isEmpty())
            return changed;

        const QString ovApp = itemByRole(u"vpp-app"_s, true);
        const QString ovAuto = itemByRole(u"automatic-app"_s, true);
        const QString macApp = itemByRole(u"automatic-app"_s, false);
        const QString profile = itemByRole(u"profile"_s, false);
        auto items = [](const QStringList &ids) {
            QJsonArray array;
            for (const QString &item : ids) {
                if (!item.isEmpty())
                    array.append(item);
            }
            return array;
        };
        const int kind = int(index % 10);
        static const char *const descriptions[] = { "Macs",
                                                    "Macs",
                                                    "Macs",
                                                    "iPhones and iPads",
                                                    "iPhones and iPads",
                                                    "Macs and iPhones",
                                                    "Macs and iPhones",
                                                    "Macs and iPhones without Okta Verify",
                                                    "Macs without Okta Verify",
                                                    "Assignment Map for Macs, iPhones and iPads" };
        QJsonObject blueprint {
            { u"id"_s, id },
            { u"name"_s, generatedBlueprintName(index) },
            { u"icon"_s, kind == 3 || kind == 4 ? u"ss-iphone"_s : u"ss-laptop"_s },
            { u"color"_s, u"aqua-800"_s },
            { u"description"_s, QString::fromLatin1(descriptions[kind]) },
            { u"enrollment_code"_s,
              QJsonObject {
                  { u"code"_s,
                    u"%1"_s.arg((index * 7919 + 104729) % 1000000, 6, 10, QLatin1Char('0')) },
                  { u"is_active"_s, true } } },
            { u"type"_s, kind == 9 ? u"map"_s : u"classic"_s },
        };
        if (kind == 9) {
            auto node = [&](int n, const QString &name, const QJsonValue &condition,
                            const QJsonArray &nodeItems) {
                return QJsonObject { { u"id"_s,
                                       u"a9e0000%1-0000-4000-8000-%2"_s.arg(n).arg(
                                           index, 12, 10, QLatin1Char('0')) },
                                     { u"name"_s, name },
                                     { u"condition"_s, condition },
                                     { u"library_items"_s, nodeItems } };
            };
            blueprint.insert(
                u"assignment_nodes"_s,
                QJsonArray {
                    node(1, u"All Devices"_s, QJsonValue::Null, items({ macApp })),
                    node(2, u"If platform is Mac"_s, QJsonObject { { u"platform"_s, u"Mac"_s } },
                         items({ ovAuto })),
                    node(3, u"Else if platform is iPhone or iPad"_s,
                         QJsonObject { { u"platform"_s, QJsonArray { u"iPhone"_s, u"iPad"_s } } },
                         items({ ovApp })) });
            blueprint.insert(u"library_items"_s, QJsonArray());
        } else {
            static const int roles[9][4] = {
                // ovApp, ovAuto, macApp, profile
                { 0, 1, 1, 0 }, { 0, 1, 1, 0 }, { 0, 1, 1, 0 }, { 1, 0, 0, 1 }, { 1, 0, 0, 1 },
                { 1, 1, 1, 0 }, { 1, 1, 1, 0 }, { 0, 0, 1, 1 }, { 0, 0, 1, 0 },
            };
            const QString all[4] = { ovApp, ovAuto, macApp, profile };
            QStringList chosen;
            for (int role = 0; role < 4; ++role) {
                if (roles[kind][role])
                    chosen.append(all[role]);
            }
            blueprint.insert(u"library_items"_s, items(chosen));
        }
        return blueprint;
    }

    QJsonObject blueprintAt(qsizetype ordinal)
    {
        const QJsonArray explicitBlueprints = iru().value(u"blueprints").toArray();
        if (ordinal < explicitBlueprints.size())
            return explicitBlueprints.at(ordinal).toObject();
        return generatedBlueprint(ordinal - explicitBlueprints.size());
    }

    std::optional<QJsonObject> blueprint(const QString &id)
    {
        for (const QJsonValue &value : iru().value(u"blueprints").toArray()) {
            if (value[u"id"].toString() == id)
                return value.toObject();
        }
        const qsizetype index
            = indexOfId(generatedBlueprintPrefix, id, generatedCount(u"blueprints"_s));
        if (index >= 0)
            return generatedBlueprint(index);
        return std::nullopt;
    }

    void storeBlueprint(const QJsonObject &blueprint)
    {
        const QString id = blueprint.value(u"id").toString();
        QJsonArray explicitBlueprints = iru().value(u"blueprints").toArray();
        for (qsizetype i = 0; i < explicitBlueprints.size(); ++i) {
            if (explicitBlueprints.at(i)[u"id"].toString() == id) {
                explicitBlueprints.replace(i, blueprint);
                iru().insert(u"blueprints"_s, explicitBlueprints);
                return;
            }
        }
        QJsonObject changes = iru().value(u"changes").toObject();
        QJsonObject changed = changes.value(u"blueprints").toObject();
        changed.insert(id, blueprint);
        changes.insert(u"blueprints"_s, changed);
        iru().insert(u"changes"_s, changes);
    }

    // Every Blueprint that has its own record (scenario ones and changed generated ones).
    QList<QJsonObject> storedBlueprints()
    {
        QList<QJsonObject> result;
        for (const QJsonValue &value : iru().value(u"blueprints").toArray())
            result.append(value.toObject());
        for (const QJsonValue &value :
             iru().value(u"changes").toObject().value(u"blueprints").toObject())
            result.append(value.toObject());
        return result;
    }

    static QStringList blueprintItems(const QJsonObject &blueprint)
    {
        QStringList ids;
        auto add = [&ids](const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                if (!ids.contains(item.toString()))
                    ids.append(item.toString());
            }
        };
        add(blueprint.value(u"library_items").toArray());
        for (const QJsonValue &node : blueprint.value(u"assignment_nodes").toArray())
            add(node[u"library_items"].toArray());
        return ids;
    }

    static bool conditionMatches(const QJsonValue &condition, const QString &platform)
    {
        // Only platform conditions are modelled; a map's other rules need user/device attributes
        // the sandbox does not have, so they never match.
        const QJsonObject object = condition.toObject();
        if (object.size() != 1 || !object.contains(u"platform"))
            return false;
        const QJsonValue wanted = object.value(u"platform");
        if (wanted.isArray())
            return wanted.toArray().contains(platform);
        return wanted.toString() == platform;
    }

    // What a Blueprint deploys to a device of `platform`: classic items, or a map's root items plus
    // those of the first conditional node that matches (one if / else-if block, as the UI builds
    // it), limited to the item's "Installs On" platforms.
    QStringList itemsFor(const QJsonObject &blueprint, const QString &platform,
                         const QHash<QString, QJsonObject> &catalog)
    {
        QStringList ids;
        auto add = [&](const QJsonArray &items) {
            for (const QJsonValue &value : items) {
                const QString id = value.toString();
                const QJsonObject item = catalog.value(id);
                if (item.isEmpty() || ids.contains(id))
                    continue;
                const QJsonArray runsOn = item.value(u"runs_on").toArray();
                if (!runsOn.isEmpty() && !runsOn.contains(platformKey(platform)))
                    continue;
                ids.append(id);
            }
        };
        add(blueprint.value(u"library_items").toArray());
        bool matched = false;
        for (const QJsonValue &node : blueprint.value(u"assignment_nodes").toArray()) {
            if (node[u"condition"].isNull() || node[u"condition"].isUndefined()) {
                add(node[u"library_items"].toArray());
            } else if (!matched && conditionMatches(node[u"condition"], platform)) {
                matched = true;
                add(node[u"library_items"].toArray());
            }
        }
        return ids;
    }

    // computers_count for every Blueprint, without materialising generated devices.
    QHash<QString, qsizetype> computerCounts()
    {
        QHash<QString, qsizetype> counts;
        for (const QJsonValue &device : iru().value(u"devices").toArray())
            ++counts[device[u"blueprint_id"].toString()];
        const qsizetype devices = generatedCount(u"devices"_s);
        const qsizetype generatedBlueprints = generatedCount(u"blueprints"_s);
        const QJsonArray explicitBlueprints = iru().value(u"blueprints").toArray();
        const qsizetype targets
            = generatedBlueprints > 0 ? generatedBlueprints : explicitBlueprints.size();
        for (qsizetype j = 0; targets > 0 && j < targets && j < devices; ++j) {
            const QString id = generatedBlueprints > 0 ? indexedId(generatedBlueprintPrefix, j)
                                                       : explicitBlueprints.at(j)[u"id"].toString();
            counts[id] += devices / targets + (j < devices % targets ? 1 : 0);
        }
        return counts;
    }

    QJsonObject publicBlueprint(const QJsonObject &blueprint,
                                const QHash<QString, qsizetype> &counts)
    {
        const QString id = blueprint.value(u"id").toString();
        return { { u"id"_s, id },
                 { u"name"_s, blueprint.value(u"name").toString() },
                 { u"icon"_s, blueprint.value(u"icon").toString() },
                 { u"color"_s, blueprint.value(u"color").toString() },
                 { u"description"_s, blueprint.value(u"description").toString() },
                 { u"params"_s, blueprint.value(u"params").toObject() },
                 { u"computers_count"_s, counts.value(id) },
                 { u"enrollment_code"_s, blueprint.value(u"enrollment_code").toObject() },
                 { u"type"_s, blueprint.value(u"type").toString(u"classic"_s) } };
    }

    // ---- devices ----

    qsizetype deviceCount()
    {
        return iru().value(u"devices").toArray().size() + generatedCount(u"devices"_s);
    }

    QString generatedDeviceBlueprint(qsizetype index)
    {
        const qsizetype generatedBlueprints = generatedCount(u"blueprints"_s);
        if (generatedBlueprints > 0)
            return indexedId(generatedBlueprintPrefix, index % generatedBlueprints);
        const QJsonArray explicitBlueprints = iru().value(u"blueprints").toArray();
        if (explicitBlueprints.isEmpty())
            return {};
        return explicitBlueprints.at(index % explicitBlueprints.size())[u"id"].toString();
    }

    // A generated device's platform follows what its Blueprint is for.
    QString generatedDevicePlatform(qsizetype index)
    {
        const qsizetype generatedBlueprints = generatedCount(u"blueprints"_s);
        if (generatedBlueprints <= 0) {
            static const char *const cycle[] = { "Mac", "Mac", "iPhone" };
            return QString::fromLatin1(cycle[index % 3]);
        }
        const qsizetype round = index / generatedBlueprints;
        switch (int((index % generatedBlueprints) % 10)) {
        case 3:
        case 4:
            return round % 3 == 2 ? u"iPad"_s : u"iPhone"_s;
        case 5:
        case 6:
        case 7:
            return round % 2 == 0 ? u"Mac"_s : u"iPhone"_s;
        case 9:
            return round % 3 == 0 ? u"Mac"_s : round % 3 == 1 ? u"iPhone"_s : u"iPad"_s;
        default:
            return u"Mac"_s;
        }
    }

    QJsonObject generatedDevice(qsizetype index)
    {
        const QString platform = generatedDevicePlatform(index);
        const QString number = u"%1"_s.arg(index + 1, 5, 10, QLatin1Char('0'));
        const bool mac = platform == u"Mac";
        QJsonObject device {
            { u"device_id"_s, indexedId(generatedDevicePrefix, index) },
            { u"device_name"_s, u"Generated %1 %2"_s.arg(platform, number) },
            { u"model"_s,
              mac                       ? u"MacBook Air (M2, 2022)"_s
                  : platform == u"iPad" ? u"iPad Air (5th generation)"_s
                                        : u"iPhone 15"_s },
            { u"serial_number"_s,
              QString((mac                       ? u"C02G"_s
                           : platform == u"iPad" ? u"DMPG"_s
                                                 : u"F2LG"_s)
                      + u"%1"_s.arg(index, 8, 10, QLatin1Char('0'))) },
            { u"platform"_s, platform },
            { u"os_version"_s, mac ? u"15.1"_s : u"18.1"_s },
            { u"blueprint_id"_s, generatedDeviceBlueprint(index) },
            // Every seventh device has not yet reported its items, so readiness checks see work.
            { u"defaultStatus"_s, index % 7 == 6 ? u"PENDING"_s : u"PASS"_s },
        };
        if (index % 5 == 4) {
            device.insert(u"user"_s, u""_s);
        } else {
            device.insert(
                u"user"_s,
                QJsonObject { { u"email"_s, u"user%1@example.com"_s.arg(number) },
                              { u"name"_s, u"User %1"_s.arg(number) },
                              { u"id"_s, indexedId(u"5e9e0000-0000-4000-8000-"_s, index) },
                              { u"is_archived"_s, false } });
        }
        return device;
    }

    // The stored (or generated) record, with sandbox-only keys.
    QJsonObject deviceAt(qsizetype ordinal)
    {
        const QJsonArray explicitDevices = iru().value(u"devices").toArray();
        if (ordinal < explicitDevices.size())
            return explicitDevices.at(ordinal).toObject();
        return generatedDevice(ordinal - explicitDevices.size());
    }

    // Cheap accessors for filters, so a filtered walk does not build every device.
    QString deviceBlueprintAt(qsizetype ordinal)
    {
        const QJsonArray explicitDevices = iru().value(u"devices").toArray();
        if (ordinal < explicitDevices.size())
            return explicitDevices.at(ordinal)[u"blueprint_id"].toString();
        return generatedDeviceBlueprint(ordinal - explicitDevices.size());
    }

    QString devicePlatformAt(qsizetype ordinal)
    {
        const QJsonArray explicitDevices = iru().value(u"devices").toArray();
        if (ordinal < explicitDevices.size())
            return explicitDevices.at(ordinal)[u"platform"].toString();
        return generatedDevicePlatform(ordinal - explicitDevices.size());
    }

    std::optional<QJsonObject> device(const QString &id)
    {
        for (const QJsonValue &value : iru().value(u"devices").toArray()) {
            if (value[u"device_id"].toString() == id)
                return value.toObject();
        }
        const qsizetype index = indexOfId(generatedDevicePrefix, id, generatedCount(u"devices"_s));
        if (index >= 0)
            return generatedDevice(index);
        return std::nullopt;
    }

    QString blueprintName(const QString &id, QHash<QString, QString> &cache)
    {
        auto found = cache.constFind(id);
        if (found != cache.constEnd())
            return *found;
        // A generated Blueprint's name never changes (no endpoint here renames), so device pages
        // need not build 300 Blueprints to name them.
        const qsizetype index
            = indexOfId(generatedBlueprintPrefix, id, generatedCount(u"blueprints"_s));
        const QString name = index >= 0
            ? generatedBlueprintName(index)
            : blueprint(id).value_or(QJsonObject()).value(u"name").toString();
        cache.insert(id, name);
        return name;
    }

    // The documented device object; scenario devices may leave out anything but the basics.
    QJsonObject publicDevice(const QJsonObject &record, QHash<QString, QString> &names)
    {
        const bool mac = record.value(u"platform").toString() == u"Mac";
        auto text = [&record](const QString &key, const QString &fallback = {}) {
            return record.contains(key) ? record.value(key) : QJsonValue(fallback);
        };
        auto flag = [&record](const QString &key, bool fallback) {
            return record.contains(key) ? record.value(key) : QJsonValue(fallback);
        };
        QJsonValue user = record.value(u"user");
        if (user.isObject() && user[u"id"].isDouble()) {
            // Real user ids are UUID strings; a scenario's numeric id is mapped onto one so a
            // client that types the field as a string keeps working.
            QJsonObject object = user.toObject();
            object.insert(u"id"_s,
                          stableUuid(u"user:"_s + QString::number(user[u"id"].toInteger())));
            user = object;
        } else if (!user.isObject()) {
            user = u""_s;
        }
        const QString blueprintId = record.value(u"blueprint_id").toString();
        return {
            { u"device_id"_s, record.value(u"device_id") },
            { u"device_name"_s, record.value(u"device_name") },
            { u"model"_s, record.value(u"model") },
            { u"serial_number"_s, record.value(u"serial_number") },
            { u"platform"_s, record.value(u"platform") },
            { u"os_version"_s, record.value(u"os_version") },
            { u"supplemental_build_version"_s, text(u"supplemental_build_version"_s) },
            { u"supplemental_os_version_extra"_s, text(u"supplemental_os_version_extra"_s) },
            { u"last_check_in"_s, text(u"last_check_in"_s, u"2025-11-01T08:00:00.000000Z"_s) },
            { u"user"_s, user },
            { u"asset_tag"_s, text(u"asset_tag"_s) },
            { u"blueprint_id"_s, blueprintId },
            { u"mdm_enabled"_s, flag(u"mdm_enabled"_s, true) },
            { u"agent_installed"_s, flag(u"agent_installed"_s, mac) },
            { u"is_missing"_s, flag(u"is_missing"_s, false) },
            { u"is_removed"_s, flag(u"is_removed"_s, false) },
            { u"agent_version"_s, text(u"agent_version"_s, mac ? u"4.5.9 (5160)"_s : QString()) },
            { u"first_enrollment"_s,
              text(u"first_enrollment"_s, u"2025-09-01 08:00:00.000000+00:00"_s) },
            { u"last_enrollment"_s,
              text(u"last_enrollment"_s, u"2025-09-01 08:00:00.000000+00:00"_s) },
            { u"blueprint_name"_s, blueprintName(blueprintId, names) },
            { u"lost_mode_status"_s, text(u"lost_mode_status"_s) },
            { u"tags"_s, record.value(u"tags").toArray() },
        };
    }

    // A device's library items as the API reports them: what its Blueprint deploys to it, with
    // the status the scenario gives (or PENDING until it reports). Items the scenario lists but
    // the Blueprint no longer has are gone, as after a removal.
    QJsonArray deviceLibraryItems(const QJsonObject &record,
                                  const QHash<QString, QJsonObject> &catalog,
                                  QHash<QString, QStringList> &itemCache,
                                  QHash<QString, QString> &names)
    {
        const QString deviceId = record.value(u"device_id").toString();
        const QString blueprintId = record.value(u"blueprint_id").toString();
        const QString platform = record.value(u"platform").toString();
        const QString cacheKey = blueprintId + u'|' + platform;
        if (!itemCache.contains(cacheKey)) {
            const auto found = blueprint(blueprintId);
            itemCache.insert(cacheKey, found ? itemsFor(*found, platform, catalog) : QStringList());
        }
        QHash<QString, QJsonObject> reported;
        for (const QJsonValue &value : record.value(u"library_items").toArray())
            reported.insert(value[u"item_id"].toString(), value.toObject());
        const QString fallback = record.value(u"defaultStatus").toString(u"PENDING"_s);

        QJsonArray result;
        for (const QString &itemId : itemCache.value(cacheKey)) {
            const QJsonObject item = catalog.value(itemId);
            const bool profile = isProfileType(item.value(u"type").toString());
            const QJsonObject report = reported.value(itemId);
            QString status = report.value(u"status").toString(fallback);
            if (profile && status == u"PASS")
                status = u"success"_s;
            else if (profile && status == u"PENDING")
                status = u"pending"_s;
            const bool done = status == u"PASS" || status == u"success";
            QJsonObject entry {
                { u"id"_s, qint64(stableHash(deviceId + itemId) & 0x7fffffff) },
                { u"status"_s, status },
                { u"reported_at"_s, done ? QJsonValue(u"2025-11-01T08:05:00Z"_s) : QJsonValue() },
                { u"log"_s, done ? QJsonValue(u""_s) : QJsonValue() },
                { u"last_audit_run"_s,
                  done ? QJsonValue(u"2025-11-01T08:05:00.000000Z"_s) : QJsonValue() },
                { u"last_audit_log"_s, done ? QJsonValue(u""_s) : QJsonValue() },
                { u"control_log"_s, QJsonValue() },
                { u"control_reported_at"_s, QJsonValue() },
                { u"item_id"_s, itemId },
                { u"name"_s, item.value(u"name").toString() },
                // Custom profiles appear as "profile" in the documented examples.
                { u"type"_s, profile ? u"profile"_s : item.value(u"type").toString() },
                { u"computer"_s,
                  QJsonObject { { u"id"_s, deviceId },
                                { u"name"_s, record.value(u"device_name").toString() } } },
                { u"blueprint"_s,
                  QJsonObject { { u"id"_s, blueprintId },
                                { u"name"_s, blueprintName(blueprintId, names) } } },
                { u"rules_present"_s, false },
            };
            // A scenario may pin any reported field (log, reported_at, …).
            for (auto it = report.constBegin(); it != report.constEnd(); ++it) {
                if (it.key() != u"item_id" && it.key() != u"status")
                    entry.insert(it.key(), it.value());
            }
            result.append(entry);
        }
        return result;
    }

    // ---- custom profiles and activity ----

    qsizetype customProfileIndex(const QString &id)
    {
        const QJsonArray profiles = iru().value(u"customProfiles").toArray();
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            if (profiles.at(i)[u"id"].toString() == id)
                return i;
        }
        return -1;
    }

    void recordActivity(const QString &itemId, const QString &type, const QJsonValue &details)
    {
        QJsonArray activity = iru().value(u"activity").toArray();
        // The API token acts; the docs do not say which user an API change is attributed to.
        activity.append(QJsonObject { { u"id"_s, activity.size() + 1 },
                                      { u"activity_time"_s, nowTimestamp() },
                                      { u"activity_type"_s, type },
                                      { u"user_id"_s, stableUuid(u"api-token"_s) },
                                      { u"user_email"_s, u"api-token@sandbox.invalid"_s },
                                      { u"details"_s, details },
                                      { u"library_item_id"_s, itemId } });
        iru().insert(u"activity"_s, activity);
    }

private:
    IruContext &m_context;
};

std::optional<bool> parseBool(const QByteArray &value)
{
    // DRF BooleanField's accepted spellings.
    const QByteArray v = value.trimmed().toLower();
    if (v == "true" || v == "1" || v == "yes" || v == "on")
        return true;
    if (v == "false" || v == "0" || v == "no" || v == "off")
        return false;
    return std::nullopt;
}

const char *const runsOnFields[]
    = { "runs_on_mac", "runs_on_iphone", "runs_on_ipad", "runs_on_tv", "runs_on_vision" };

QJsonArray runsOnList(const QJsonObject &profile)
{
    static const char *const keys[] = { "mac", "iphone", "ipad", "tv", "vision" };
    QJsonArray list;
    for (int i = 0; i < 5; ++i) {
        if (profile.value(QLatin1String(runsOnFields[i])).toBool())
            list.append(QLatin1String(keys[i]));
    }
    return list;
}

QJsonObject publicProfile(const QJsonObject &profile)
{
    QJsonObject result;
    for (const char *key :
         { "id", "name", "active", "profile", "mdm_identifier", "runs_on_mac", "runs_on_iphone",
           "runs_on_ipad", "runs_on_tv", "runs_on_vision", "created_at", "updated_at" })
        result.insert(QLatin1String(key), profile.value(QLatin1String(key)));
    return result;
}

QJsonArray payloadTypes(const QString &xml)
{
    static const QRegularExpression pattern(
        u"<key>\\s*PayloadType\\s*</key>\\s*<string>\\s*([^<]+?)\\s*</string>"_s);
    QJsonArray types;
    for (auto it = pattern.globalMatch(xml); it.hasNext();) {
        const QString type = it.next().captured(1);
        if (type != u"Configuration")
            types.append(type);
    }
    return types;
}

// The tenant keeps its own identity in the profile it stores: the top-level PayloadIdentifier
// becomes the library item's mdm_identifier, the PayloadUUID its own, and PayloadDisplayName the
// item's name (reference: the vendor's examples return the XML rewritten so). A client can only
// recognise its profile by the payloads inside. A body that is no plain XML plist (signed,
// encrypted) is kept as sent.
void writeTenantIdentity(QJsonObject &profile)
{
    const QByteArray xml = profile.value(u"profile").toString().toUtf8();
    if (!xml.trimmed().startsWith("<?xml"))
        return;
    const auto plist = profiles::parsePlist(xml);
    if (!plist || plist->typeId() != QMetaType::QVariantMap)
        return;
    QVariantMap top = plist->toMap();
    top.insert(u"PayloadIdentifier"_s, profile.value(u"mdm_identifier").toString());
    top.insert(u"PayloadUUID"_s,
               QUuid::createUuidV5(QUuid(u"{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"_s),
                                   profile.value(u"id").toString())
                   .toString(QUuid::WithoutBraces)
                   .toUpper());
    top.insert(u"PayloadDisplayName"_s, profile.value(u"name").toString());
    profile.insert(u"profile"_s, QString::fromUtf8(profiles::writePlist(top)));
}

// Applies the multipart fields of a create/update to `profile`; an error response when invalid.
std::optional<SandboxResponse> applyProfileForm(const QList<MultipartPart> &parts,
                                                QJsonObject &profile, bool creating,
                                                QStringList *changes)
{
    const MultipartPart *name = nullptr;
    const MultipartPart *file = nullptr;
    for (const MultipartPart &part : parts) {
        if (part.name == u"name")
            name = &part;
        else if (part.name == u"file")
            file = &part;
    }
    if (creating && (!name || name->data.trimmed().isEmpty()))
        return fieldError(u"name"_s,
                          name ? u"This field may not be blank."_s : u"This field is required."_s);
    if (creating && !file)
        return fieldError(u"file"_s, u"No file was submitted."_s);
    if (file && !file->filename)
        return fieldError(
            u"file"_s,
            u"The submitted data was not a file. Check the encoding type on the form."_s);
    if (file && file->data.isEmpty())
        return fieldError(u"file"_s, u"The submitted file is empty."_s);
    if (name && !creating && name->data.trimmed().isEmpty())
        return fieldError(u"name"_s, u"This field may not be blank."_s);

    QJsonObject booleans;
    for (const MultipartPart &part : parts) {
        const bool known = part.name == u"active"
            || std::any_of(std::begin(runsOnFields), std::end(runsOnFields),
                           [&part](const char *field) {
                               return part.name == QLatin1String(field);
                           });
        if (!known)
            continue;
        const auto value = parseBool(part.data);
        if (!value)
            return fieldError(part.name, u"Must be a valid boolean."_s);
        booleans.insert(part.name, *value);
    }

    if (name) {
        const QString newName = QString::fromUtf8(name->data.trimmed());
        if (changes && profile.value(u"name").toString() != newName)
            changes->append(u"Name: %1 → %2"_s.arg(profile.value(u"name").toString(), newName));
        profile.insert(u"name"_s, newName);
    }
    if (file) {
        if (changes)
            changes->append(u"Profile: updated"_s);
        profile.insert(u"profile"_s, QString::fromUtf8(file->data));
    }
    if (creating) {
        profile.insert(u"active"_s, true);
        // The documented create example sent no runs_on_* field and got runs_on_mac true.
        const bool anyRunsOn = std::any_of(
            std::begin(runsOnFields), std::end(runsOnFields),
            [&booleans](const char *field) { return booleans.contains(QLatin1String(field)); });
        for (const char *field : runsOnFields)
            profile.insert(QLatin1String(field),
                           !anyRunsOn && QByteArrayView(field) == "runs_on_mac");
    }
    for (auto it = booleans.constBegin(); it != booleans.constEnd(); ++it) {
        if (changes && profile.value(it.key()) != it.value())
            changes->append(u"%1: %2 → %3"_s.arg(
                it.key(), profile.value(it.key()).toBool() ? u"true"_s : u"false"_s,
                it.value().toBool() ? u"true"_s : u"false"_s));
        profile.insert(it.key(), it.value());
    }
    if (name || file)
        writeTenantIdentity(profile);
    return std::nullopt;
}

std::optional<QList<MultipartPart>> multipartBody(const SandboxRequest &request,
                                                  SandboxResponse *error)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        // DRF's parser negotiation answer for an unsupported body type.
        *error = detail(
            415,
            u"Unsupported media type \"%1\" in request."_s.arg(QString::fromLatin1(contentType)));
        return std::nullopt;
    }
    QString reason;
    auto parts = parseMultipartFormData(contentType, request.body, &reason);
    if (!parts)
        *error = detail(400, u"Multipart form parse error - "_s + reason);
    return parts;
}

void addBlueprintRoutes(const std::shared_ptr<IruModel> &model)
{
    Router &router = model->context().http.router();

    router.add(
        "GET", u"/api/v1/blueprints"_s,
        [model](const SandboxRequest &request, const QStringList &) {
            const QString id = request.query.queryItemValue(u"id"_s);
            const QStringList idIn
                = request.query.queryItemValue(u"id__in"_s).split(u',', Qt::SkipEmptyParts);
            // "containing": Django's icontains, the usual choice for name searches.
            const QString name = request.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
            const Page page = limitOffset(request);
            const QHash<QString, qsizetype> counts = model->computerCounts();
            QJsonArray results;
            qsizetype matches = 0;
            const qsizetype total = model->blueprintCount();
            for (qsizetype i = 0; i < total; ++i) {
                const QJsonObject blueprint = model->blueprintAt(i);
                const QString blueprintId = blueprint.value(u"id").toString();
                if (!id.isEmpty() && blueprintId != id)
                    continue;
                if (!idIn.isEmpty()
                    && std::none_of(idIn.begin(), idIn.end(), [&](const QString &wanted) {
                           return wanted.trimmed() == blueprintId;
                       }))
                    continue;
                if (!name.isEmpty()
                    && !blueprint.value(u"name").toString().contains(name, Qt::CaseInsensitive))
                    continue;
                if (matches >= page.offset && results.size() < page.limit)
                    results.append(model->publicBlueprint(blueprint, counts));
                ++matches;
            }
            return SandboxResponse::json(
                200, limitOffsetEnvelope(model->context(), request, page, matches, results));
        });

    router.add("GET", u"/api/v1/blueprints/{id}"_s,
               [model](const SandboxRequest &, const QStringList &args) {
                   const auto blueprint = model->blueprint(args.at(0));
                   if (!blueprint)
                       return IruTenantServer::notFoundPage();
                   return SandboxResponse::json(
                       200, model->publicBlueprint(*blueprint, model->computerCounts()));
               });

    router.add(
        "GET", u"/api/v1/blueprints/{id}/list-library-items"_s,
        [model](const SandboxRequest &request, const QStringList &args) {
            const auto blueprint = model->blueprint(args.at(0));
            if (!blueprint)
                return IruTenantServer::notFoundPage();
            const auto catalog = model->libraryItems();
            const QStringList ids = IruModel::blueprintItems(*blueprint);
            // The docs show next/previous links without naming parameters; limit/offset
            // as on the Blueprint list.
            const Page page = limitOffset(request);
            QJsonArray results;
            for (qsizetype i = page.offset; i < ids.size() && results.size() < page.limit; ++i)
                results.append(QJsonObject {
                    { u"id"_s, ids.at(i) },
                    { u"name"_s, catalog.value(ids.at(i)).value(u"name").toString() } });
            return SandboxResponse::json(
                200, limitOffsetEnvelope(model->context(), request, page, ids.size(), results));
        });

    auto change = [model](bool assign) {
        return [model, assign](const SandboxRequest &request, const QStringList &args) {
            auto found = model->blueprint(args.at(0));
            if (!found)
                return IruTenantServer::notFoundPage();
            QJsonParseError parseError;
            const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !body.isObject())
                return detail(400, u"JSON parse error - "_s + parseError.errorString());
            const QString itemId = body[u"library_item_id"].toString();
            const QString nodeId = body[u"assignment_node_id"].toString();
            if (itemId.isEmpty())
                return fieldError(u"library_item_id"_s, u"This field is required."_s);
            // Unknown ids: the docs list no error; DRF's related-field message is the natural one.
            if (!model->libraryItems().contains(itemId))
                return fieldError(u"library_item_id"_s,
                                  u"Invalid pk \"%1\" - object does not exist."_s.arg(itemId));
            QJsonObject blueprint = *found;
            const bool map = blueprint.value(u"type").toString() == u"map";
            QJsonArray items;
            qsizetype nodeIndex = -1;
            QJsonArray nodes = blueprint.value(u"assignment_nodes").toArray();
            if (!map) {
                if (!nodeId.isEmpty())
                    return stringError(
                        u"assignment_node_id cannot be provided for Classic Blueprint"_s);
                items = blueprint.value(u"library_items").toArray();
            } else {
                if (nodes.isEmpty()) // every map has its "All Devices" node
                    nodes.append(QJsonObject { { u"id"_s, stableUuid(blueprint[u"id"].toString()) },
                                               { u"name"_s, u"All Devices"_s },
                                               { u"condition"_s, QJsonValue::Null },
                                               { u"library_items"_s, QJsonArray() } });
                const bool conditional = std::any_of(nodes.begin(), nodes.end(), [](const auto &n) {
                    return !n[u"condition"].isNull() && !n[u"condition"].isUndefined();
                });
                if (nodeId.isEmpty()) {
                    if (conditional)
                        return stringError(
                            u"Must provide assignment_node_id for Assignment Map Blueprint"_s);
                    nodeIndex = 0;
                } else {
                    for (qsizetype i = 0; i < nodes.size(); ++i) {
                        if (nodes.at(i)[u"id"].toString() == nodeId)
                            nodeIndex = i;
                    }
                    if (nodeIndex < 0)
                        return fieldError(
                            u"assignment_node_id"_s,
                            u"Invalid pk \"%1\" - object does not exist."_s.arg(nodeId));
                }
                items = nodes.at(nodeIndex)[u"library_items"].toArray();
            }
            const bool present = items.contains(itemId);
            if (assign && present)
                return stringError(map ? u"Library Item already exists in Assignment Node"_s
                                       : u"Library Item already exists on Blueprint"_s);
            if (!assign && !present)
                return stringError(map ? u"Library Item does not exist in Assignment Node"_s
                                       : u"Library Item does not exist on Blueprint"_s);
            if (assign) {
                items.append(itemId);
            } else {
                for (qsizetype i = items.size() - 1; i >= 0; --i) {
                    if (items.at(i).toString() == itemId)
                        items.removeAt(i);
                }
            }
            if (map) {
                QJsonObject node = nodes.at(nodeIndex).toObject();
                node.insert(u"library_items"_s, items);
                nodes.replace(nodeIndex, node);
                blueprint.insert(u"assignment_nodes"_s, nodes);
            } else {
                blueprint.insert(u"library_items"_s, items);
            }
            model->storeBlueprint(blueprint);
            model->recordActivity(itemId, u"library_item_assignment_changed"_s, QJsonValue::Null);
            model->commit();
            return SandboxResponse::json(
                200, QJsonArray::fromStringList(IruModel::blueprintItems(blueprint)));
        };
    };
    router.add("POST", u"/api/v1/blueprints/{id}/assign-library-item"_s, change(true));
    // Since 2025-04 the collection shows the assign URL for "Remove Library Item", most likely a
    // documentation slip (reference A5); the earlier collection and the Go SDK use this path.
    router.add("POST", u"/api/v1/blueprints/{id}/remove-library-item"_s, change(false));
}

void addDeviceRoutes(const std::shared_ptr<IruModel> &model)
{
    Router &router = model->context().http.router();

    router.add(
        "GET", u"/api/v1/devices"_s, [model](const SandboxRequest &request, const QStringList &) {
            const Page page = limitOffset(request);
            auto value = [&request](const char *key) {
                return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
            };
            const QString platform = value("platform");
            const QString blueprintId = value("blueprint_id");
            const QString serial = value("serial_number");
            const QString deviceId = value("device_id");
            const QString userEmail = value("user_email");
            const bool filtered = !platform.isEmpty() || !blueprintId.isEmpty() || !serial.isEmpty()
                || !deviceId.isEmpty() || !userEmail.isEmpty();
            QHash<QString, QString> names;
            QJsonArray results;
            const qsizetype total = model->deviceCount();
            if (!filtered) {
                for (qsizetype i = page.offset; i < total && results.size() < page.limit; ++i)
                    results.append(model->publicDevice(model->deviceAt(i), names));
                return SandboxResponse::json(200, results);
            }
            qsizetype matches = 0;
            for (qsizetype i = 0; i < total && results.size() < page.limit; ++i) {
                if (!platform.isEmpty() && model->devicePlatformAt(i) != platform)
                    continue;
                if (!blueprintId.isEmpty() && !model->deviceBlueprintAt(i).contains(blueprintId))
                    continue;
                const QJsonObject record = model->deviceAt(i);
                if (!deviceId.isEmpty() && record.value(u"device_id").toString() != deviceId)
                    continue;
                if (!serial.isEmpty()
                    && !record.value(u"serial_number")
                            .toString()
                            .contains(serial, Qt::CaseInsensitive))
                    continue;
                if (!userEmail.isEmpty()
                    && !record.value(u"user")[u"email"].toString().contains(userEmail,
                                                                            Qt::CaseInsensitive))
                    continue;
                if (matches++ >= page.offset)
                    results.append(model->publicDevice(record, names));
            }
            return SandboxResponse::json(200, results);
        });

    router.add("GET", u"/api/v1/devices/{id}"_s,
               [model](const SandboxRequest &, const QStringList &args) {
                   const auto record = model->device(args.at(0));
                   if (!record)
                       return IruTenantServer::notFoundPage();
                   QHash<QString, QString> names;
                   // The documented "Get Device" examples, unlike the list, have no
                   // lost_mode_status.
                   QJsonObject device = model->publicDevice(*record, names);
                   device.remove(u"lost_mode_status"_s);
                   return SandboxResponse::json(200, device);
               });

    router.add("GET", u"/api/v1/devices/{id}/library-items"_s,
               [model](const SandboxRequest &, const QStringList &args) {
                   const auto record = model->device(args.at(0));
                   if (!record)
                       return IruTenantServer::notFoundPage();
                   QHash<QString, QStringList> itemCache;
                   QHash<QString, QString> names;
                   return SandboxResponse::json(
                       200,
                       QJsonObject { { u"device_id"_s, args.at(0) },
                                     { u"library_items"_s,
                                       model->deviceLibraryItems(*record, model->libraryItems(),
                                                                 itemCache, names) } });
               });

    router.add(
        "GET", u"/api/v1/devices/{id}/details"_s,
        [model](const SandboxRequest &, const QStringList &args) {
            const auto record = model->device(args.at(0));
            if (!record)
                return IruTenantServer::notFoundPage();
            QHash<QString, QString> names;
            const QJsonObject device = model->publicDevice(*record, names);
            const bool mac = device.value(u"platform").toString() == u"Mac";
            const QString deviceId = device.value(u"device_id").toString();
            auto yesNo = [](bool value) {
                return value ? u"True"_s : u"False"_s;
            };

            // Installed profiles follow from the profile items that report success on the device.
            const auto catalog = model->libraryItems();
            QHash<QString, QStringList> itemCache;
            QJsonArray profiles;
            if (device.value(u"mdm_enabled").toBool())
                profiles.append(QJsonObject {
                    { u"name"_s, u"MDM Profile"_s },
                    { u"uuid"_s, stableUuid(deviceId + u":mdm"_s) },
                    { u"verified"_s, u"verified"_s },
                    { u"identifier"_s, u"com.kandji.profile.mdmprofile"_s },
                    { u"organization"_s, u"Kandji, Inc."_s },
                    { u"payload_types"_s,
                      QJsonArray { u"com.apple.mdm"_s, u"com.apple.security.scep"_s } },
                    { u"install_date"_s, u"2025-09-01 08:00:00 +0000"_s } });
            const QJsonArray customProfiles = model->iru().value(u"customProfiles").toArray();
            for (const QJsonValue &item :
                 model->deviceLibraryItems(*record, catalog, itemCache, names)) {
                if (item[u"type"].toString() != u"profile"
                    || item[u"status"].toString() != u"success")
                    continue;
                const QString itemId = item[u"item_id"].toString();
                QString identifier = u"com.kandji.profile."_s + itemId;
                QJsonArray types;
                for (const QJsonValue &custom : customProfiles) {
                    if (custom[u"id"].toString() == itemId) {
                        identifier = custom[u"mdm_identifier"].toString();
                        types = payloadTypes(custom[u"profile"].toString());
                    }
                }
                profiles.append(
                    QJsonObject { { u"name"_s, item[u"name"].toString() },
                                  { u"uuid"_s, stableUuid(deviceId + itemId) },
                                  { u"verified"_s, u"verified"_s },
                                  { u"identifier"_s, identifier },
                                  { u"organization"_s, u"Kandji, Inc."_s },
                                  { u"payload_types"_s, types },
                                  { u"install_date"_s, u"2025-11-01 08:05:00 +0000"_s } });
            }
            // Profiles no library item explains (Kandji's own ODT profiles, …) come from the
            // scenario.
            for (const QJsonValue &extra : record->value(u"installed_profiles").toArray())
                profiles.append(extra);

            // Macs and mobile devices differ in these sections exactly as the two documented
            // examples
            // ("Get Mac details", "Get iPad details") do.
            QJsonObject hardware;
            QJsonArray volumes;
            QJsonObject ade;
            QJsonObject abm;
            QJsonObject cellular;
            if (mac) {
                hardware
                    = { { u"model_name"_s, device[u"model"].toString().section(u" ("_s, 0, 0) },
                        { u"model_identifier"_s, u"Mac14,2"_s },
                        { u"processor_name"_s, u"Apple M2"_s },
                        { u"processor_speed"_s, u""_s },
                        { u"number_of_processors"_s, u"8"_s },
                        { u"total_number_of_cores"_s, u"8"_s },
                        { u"memory"_s, u"16 GB LPDDR5"_s },
                        { u"udid"_s, stableUuid(deviceId + u":udid"_s) },
                        { u"serial_number"_s, device[u"serial_number"] } };
                volumes.append(QJsonObject { { u"name"_s, u"Macintosh HD"_s },
                                             { u"format"_s, u"APFS"_s },
                                             { u"percent_used"_s, u"19%"_s },
                                             { u"identifier"_s, u"disk3s1s1"_s },
                                             { u"capacity"_s, u"494.38 GB"_s },
                                             { u"available"_s, u"401.20 GB"_s },
                                             { u"encrypted"_s, u"Yes"_s } });
            } else {
                hardware
                    = { { u"uuid"_s, stableUuid(deviceId + u":udid"_s) },
                        { u"serial_number"_s, device[u"serial_number"] },
                        { u"model_identifier"_s,
                          device[u"platform"] == u"iPad"_s ? u"iPad13,16"_s : u"iPhone15,4"_s } };
                ade = { { u"auto_enroll_eligible"_s, true }, { u"auto_enrolled"_s, true } };
                abm = { { u"model"_s, device[u"model"] },
                        { u"color"_s, u"SILVER"_s },
                        { u"description"_s, device[u"model"].toString().toUpper() },
                        { u"serial_number"_s, device[u"serial_number"] },
                        { u"device_family"_s, device[u"platform"] },
                        { u"os"_s, device[u"platform"] == u"iPad"_s ? u"iPadOS"_s : u"iOS"_s },
                        { u"device_assigned_date"_s, u"2025-08-15 10:00:00+00:00"_s },
                        { u"device_assigned_by"_s, u"it@example.com"_s } };
                cellular = { { u"voice_roaming"_s, false },
                             { u"data_roaming"_s, false },
                             { u"cellular_technology"_s, 0 },
                             { u"subscriptions"_s, QJsonValue() } };
            }
            const QJsonObject details {
                { u"general"_s,
                  QJsonObject {
                      { u"device_id"_s, deviceId },
                      { u"device_name"_s, device[u"device_name"] },
                      { u"last_enrollment"_s, device[u"last_enrollment"] },
                      { u"first_enrollment"_s, device[u"first_enrollment"] },
                      { u"model"_s, device[u"model"] },
                      { u"platform"_s, device[u"platform"] },
                      { u"os_version"_s, device[u"os_version"] },
                      { u"supplemental_build_version"_s, device[u"supplemental_build_version"] },
                      { u"supplemental_os_version_extra"_s,
                        device[u"supplemental_os_version_extra"] },
                      { u"system_version"_s,
                        mac ? QJsonValue(device[u"os_version"].toString()) : QJsonValue(u""_s) },
                      { u"boot_volume"_s, mac ? u"Macintosh HD"_s : u""_s },
                      { u"time_since_boot"_s, u""_s },
                      { u"last_user"_s, u""_s },
                      { u"asset_tag"_s, device[u"asset_tag"] },
                      { u"assigned_user"_s, device[u"user"] },
                      { u"blueprint_name"_s, device[u"blueprint_name"] },
                      { u"blueprint_uuid"_s, device[u"blueprint_id"] },
                  } },
                { u"mdm"_s,
                  QJsonObject { { u"mdm_enabled"_s, yesNo(device[u"mdm_enabled"].toBool()) },
                                { u"supervised"_s, u"True"_s },
                                { u"install_date"_s, device[u"first_enrollment"] },
                                { u"last_check_in"_s, device[u"last_check_in"] },
                                { u"mdm_enabled_user"_s, QJsonArray() } } },
                { u"activation_lock"_s,
                  QJsonObject { { u"bypass_code_failed"_s, false },
                                { u"user_activation_lock_enabled"_s, false },
                                { u"device_activation_lock_enabled"_s, false },
                                { u"activation_lock_allowed_while_supervised"_s, false },
                                { u"activation_lock_supported"_s, true } } },
                { u"filevault"_s,
                  QJsonObject { { u"filevault_enabled"_s, mac ? QJsonValue(true) : QJsonValue() },
                                { u"filevault_recoverykey_type"_s, mac ? u"personal"_s : u""_s },
                                { u"filevault_prk_escrowed"_s, mac },
                                { u"filevault_next_rotation"_s, u""_s },
                                { u"filevault_regen_required"_s, false } } },
                { u"lost_mode"_s, QJsonObject() },
                { u"automated_device_enrollment"_s, ade },
                { u"kandji_agent"_s,
                  QJsonObject {
                      { u"agent_installed"_s, yesNo(device[u"agent_installed"].toBool()) },
                      { u"install_date"_s, mac ? device[u"first_enrollment"] : u""_s },
                      { u"last_check_in"_s, device[u"last_check_in"] },
                      { u"agent_version"_s, device[u"agent_version"] } } },
                { u"hardware_overview"_s, hardware },
                { u"volumes"_s, volumes },
                { u"network"_s,
                  QJsonObject { { u"local_hostname"_s, u""_s },
                                { u"mac_address"_s, u""_s },
                                { u"ip_address"_s, u""_s },
                                { u"public_ip"_s, u""_s } } },
                { u"recovery_information"_s,
                  QJsonObject { { u"recovery_lock_enabled"_s, false },
                                { u"firmware_password_exist"_s, false },
                                { u"firmware_password_pending"_s, false },
                                { u"password_rotation_scheduled"_s, QJsonValue() },
                                { u"password_has_been_set"_s, false } } },
                { u"users"_s,
                  QJsonObject { { u"regular_users"_s, QJsonArray() },
                                { u"system_users"_s, QJsonArray() } } },
                { u"installed_profiles"_s, profiles },
                { u"apple_business_manager"_s, abm },
                { u"security_information"_s,
                  QJsonObject {
                      { u"remote_desktop_enabled"_s, mac ? QJsonValue(false) : QJsonValue() } } },
                { u"cellular"_s, cellular },
                { u"tags"_s, device[u"tags"] },
            };
            return SandboxResponse::json(200, details);
        });
}

void addLibraryRoutes(const std::shared_ptr<IruModel> &model)
{
    Router &router = model->context().http.router();
    const QString base = u"/api/v1/library/custom-profiles"_s;

    router.add("GET", base, [model](const SandboxRequest &request, const QStringList &) {
        const QJsonArray profiles = model->iru().value(u"customProfiles").toArray();
        // DRF PageNumberPagination: a page that is not a number or lies past the end is a 404.
        qsizetype page = 1;
        if (request.query.hasQueryItem(u"page"_s)) {
            bool ok = false;
            page = request.query.queryItemValue(u"page"_s).toLongLong(&ok);
            const qsizetype pages
                = qMax<qsizetype>(1, (profiles.size() + maxPageSize - 1) / maxPageSize);
            if (!ok || page < 1 || page > pages)
                return detail(404, u"Invalid page."_s);
        }
        QJsonArray results;
        const qsizetype first = (page - 1) * maxPageSize;
        for (qsizetype i = first; i < profiles.size() && i < first + maxPageSize; ++i)
            results.append(publicProfile(profiles.at(i).toObject()));
        QJsonValue next = QJsonValue::Null;
        QJsonValue previous = QJsonValue::Null;
        if (first + maxPageSize < profiles.size())
            next = link(model->context(), request, { { u"page"_s, QString::number(page + 1) } });
        if (page == 2)
            previous = link(model->context(), request, {}, { u"page"_s });
        else if (page > 2)
            previous
                = link(model->context(), request, { { u"page"_s, QString::number(page - 1) } });
        return SandboxResponse::json(200, envelope(profiles.size(), next, previous, results));
    });

    router.add("GET", base + u"/{id}"_s, [model](const SandboxRequest &, const QStringList &args) {
        const qsizetype index = model->customProfileIndex(args.at(0));
        if (index < 0)
            return IruTenantServer::notFoundPage();
        return SandboxResponse::json(
            200,
            publicProfile(model->iru().value(u"customProfiles").toArray().at(index).toObject()));
    });

    router.add("POST", base, [model](const SandboxRequest &request, const QStringList &) {
        SandboxResponse error;
        const auto parts = multipartBody(request, &error);
        if (!parts)
            return error;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = nowTimestamp();
        QJsonObject profile { { u"id"_s, id },
                              { u"mdm_identifier"_s,
                                QString(u"com.kandji.profile.custom."_s + id) },
                              { u"created_at"_s, now },
                              { u"updated_at"_s, now } };
        if (auto invalid = applyProfileForm(*parts, profile, true, nullptr))
            return *invalid;
        QJsonArray profiles = model->iru().value(u"customProfiles").toArray();
        profiles.append(profile);
        model->iru().insert(u"customProfiles"_s, profiles);
        // A custom profile is a library item like any other: assignable, with status/activity.
        QJsonArray items = model->iru().value(u"libraryItems").toArray();
        items.append(QJsonObject { { u"id"_s, id },
                                   { u"name"_s, profile.value(u"name") },
                                   { u"type"_s, u"custom-profile"_s },
                                   { u"runs_on"_s, runsOnList(profile) } });
        model->iru().insert(u"libraryItems"_s, items);
        model->recordActivity(id, u"library_item_created"_s, QJsonValue::Null);
        model->commit();
        return SandboxResponse::json(201, publicProfile(profile));
    });

    router.add("PATCH", base + u"/{id}"_s,
               [model](const SandboxRequest &request, const QStringList &args) {
                   const qsizetype index = model->customProfileIndex(args.at(0));
                   if (index < 0)
                       return IruTenantServer::notFoundPage();
                   SandboxResponse error;
                   const auto parts = multipartBody(request, &error);
                   if (!parts)
                       return error;
                   QJsonArray profiles = model->iru().value(u"customProfiles").toArray();
                   QJsonObject profile = profiles.at(index).toObject();
                   QStringList changes;
                   if (auto invalid = applyProfileForm(*parts, profile, false, &changes))
                       return *invalid;
                   profile.insert(u"updated_at"_s, nowTimestamp());
                   profiles.replace(index, profile);
                   model->iru().insert(u"customProfiles"_s, profiles);
                   QJsonArray items = model->iru().value(u"libraryItems").toArray();
                   for (qsizetype i = 0; i < items.size(); ++i) {
                       if (items.at(i)[u"id"].toString() != args.at(0))
                           continue;
                       QJsonObject item = items.at(i).toObject();
                       item.insert(u"name"_s, profile.value(u"name"));
                       item.insert(u"runs_on"_s, runsOnList(profile));
                       items.replace(i, item);
                   }
                   model->iru().insert(u"libraryItems"_s, items);
                   model->recordActivity(args.at(0), u"library_item_edited"_s,
                                         changes.isEmpty() ? QJsonValue()
                                                           : QJsonArray::fromStringList(changes));
                   model->commit();
                   return SandboxResponse::json(200, publicProfile(profile));
               });

    router.add("DELETE", base + u"/{id}"_s,
               [model](const SandboxRequest &, const QStringList &args) {
                   const QString id = args.at(0);
                   const qsizetype index = model->customProfileIndex(id);
                   if (index < 0)
                       return IruTenantServer::notFoundPage();
                   QJsonArray profiles = model->iru().value(u"customProfiles").toArray();
                   profiles.removeAt(index);
                   model->iru().insert(u"customProfiles"_s, profiles);
                   QJsonArray items = model->iru().value(u"libraryItems").toArray();
                   for (qsizetype i = items.size() - 1; i >= 0; --i) {
                       if (items.at(i)[u"id"].toString() == id)
                           items.removeAt(i);
                   }
                   model->iru().insert(u"libraryItems"_s, items);
                   // A deleted item leaves every Blueprint and node it was on.
                   auto without = [&id](QJsonArray array) {
                       for (qsizetype i = array.size() - 1; i >= 0; --i) {
                           if (array.at(i).toString() == id)
                               array.removeAt(i);
                       }
                       return array;
                   };
                   for (QJsonObject blueprint : model->storedBlueprints()) {
                       if (!IruModel::blueprintItems(blueprint).contains(id))
                           continue;
                       blueprint.insert(u"library_items"_s,
                                        without(blueprint.value(u"library_items").toArray()));
                       QJsonArray nodes = blueprint.value(u"assignment_nodes").toArray();
                       for (qsizetype i = 0; i < nodes.size(); ++i) {
                           QJsonObject node = nodes.at(i).toObject();
                           node.insert(u"library_items"_s,
                                       without(node.value(u"library_items").toArray()));
                           nodes.replace(i, node);
                       }
                       if (blueprint.contains(u"assignment_nodes"))
                           blueprint.insert(u"assignment_nodes"_s, nodes);
                       model->storeBlueprint(blueprint);
                   }
                   model->recordActivity(id, u"library_item_deleted"_s, QJsonValue::Null);
                   model->commit();
                   return SandboxResponse::empty(204);
               });

    router.add("GET", u"/api/v1/library/library-items/{id}/status"_s,
               [model](const SandboxRequest &request, const QStringList &args) {
                   const auto catalog = model->libraryItems();
                   if (!catalog.contains(args.at(0)))
                       return IruTenantServer::notFoundPage();
                   const Page page = limitOffset(request);
                   const QString computerId
                       = request.query.queryItemValue(u"computer_id"_s, QUrl::FullyDecoded);
                   QHash<QString, QStringList> itemCache;
                   QHash<QString, QString> names;
                   QJsonArray results;
                   qsizetype matches = 0;
                   auto consider = [&](const QJsonObject &record) {
                       // Cheap pre-check: only devices whose Blueprint deploys the item.
                       const QString key = record.value(u"blueprint_id").toString() + u'|'
                           + record.value(u"platform").toString();
                       if (itemCache.contains(key) && !itemCache.value(key).contains(args.at(0)))
                           return;
                       for (const QJsonValue &item :
                            model->deviceLibraryItems(record, catalog, itemCache, names)) {
                           if (item[u"item_id"].toString() != args.at(0))
                               continue;
                           if (matches++ < page.offset || results.size() >= page.limit)
                               continue;
                           QJsonObject status;
                           for (const char *field :
                                { "id", "blueprint", "computer", "status", "reported_at", "log",
                                  "last_audit_run", "last_audit_log", "control_log",
                                  "control_reported_at" })
                               status.insert(QLatin1String(field), item[QLatin1String(field)]);
                           results.append(status);
                       }
                   };
                   if (!computerId.isEmpty()) {
                       if (const auto record = model->device(computerId))
                           consider(*record);
                   } else {
                       const qsizetype total = model->deviceCount();
                       for (qsizetype i = 0; i < total; ++i)
                           consider(model->deviceAt(i));
                   }
                   return SandboxResponse::json(
                       200, limitOffsetEnvelope(model->context(), request, page, matches, results));
               });

    router.add(
        "GET", u"/api/v1/library/library-items/{id}/activity"_s,
        [model](const SandboxRequest &request, const QStringList &args) {
            if (!model->libraryItems().contains(args.at(0)))
                return IruTenantServer::notFoundPage();
            const Page page = limitOffset(request);
            auto value = [&request](const char *key) {
                return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
            };
            const QString type = value("activity_type");
            const QString userId = value("user_id");
            const QString userEmail = value("user_email");
            const QJsonArray activity = model->iru().value(u"activity").toArray();
            QJsonArray results;
            qsizetype matches = 0;
            // Newest first, as documented.
            for (qsizetype i = activity.size() - 1; i >= 0; --i) {
                QJsonObject entry = activity.at(i).toObject();
                if (entry.value(u"library_item_id").toString() != args.at(0)
                    || (!type.isEmpty() && entry.value(u"activity_type").toString() != type)
                    || (!userId.isEmpty() && entry.value(u"user_id").toString() != userId)
                    || (!userEmail.isEmpty() && entry.value(u"user_email").toString() != userEmail))
                    continue;
                if (matches++ < page.offset || results.size() >= page.limit)
                    continue;
                entry.remove(u"library_item_id"_s);
                results.append(entry);
            }
            return SandboxResponse::json(
                200, limitOffsetEnvelope(model->context(), request, page, matches, results));
        });
}

} // namespace

void addIruRoutes(IruContext &context)
{
    // Token permissions are per endpoint in Iru; the scenario names denied path prefixes. Runs
    // after the authentication gate, so a bad token is still a 401.
    context.http.addGate([&context](
                             const SandboxRequest &request) -> std::optional<SandboxResponse> {
        for (const QJsonValue &prefix : context.state.iru().value(u"tokenDeniedPaths").toArray()) {
            if (!prefix.toString().isEmpty() && request.path.startsWith(prefix.toString()))
                return detail(403, u"You do not have permission to perform this action."_s);
        }
        return std::nullopt;
    });

    const auto model = std::make_shared<IruModel>(context);
    addBlueprintRoutes(model);
    addDeviceRoutes(model);
    addLibraryRoutes(model);
}

} // namespace odt::sandbox
