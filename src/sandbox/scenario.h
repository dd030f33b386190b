#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace odt::sandbox {

// A tenant state the sandbox plays, read from JSON (format: resources/sandbox/scenarios/README.md).
// A scenario may extend another one and change it with JSON Patch operations, so each failure
// state is a small, readable difference from "ready".
struct Scenario
{
    QString name;
    QString description;

    struct Okta
    {
        QString orgId;
        QString pipeline = QStringLiteral("idx"); // "idx" Identity Engine, "v1" Classic
        QString customDomain; // optional: served as _links.alternate
    } okta;

    QJsonObject oktaData; // the whole "okta" object: users, authenticators, policies, …
    QJsonObject iruData; // the whole "iru" object: token, blueprints, library items, devices, …
    QJsonObject faults; // fault injection (FaultInjector::fromJson)

    // Built-in scenarios, shipped as resources.
    static QStringList builtInNames();
    // NAME of a built-in scenario, or the path of a scenario file.
    static std::optional<Scenario> load(const QString &nameOrPath, QString *error);
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
};

// RFC 6901/6902 subset used by scenario files: "add", "replace" and "remove" at a JSON Pointer.
bool applyJsonPatch(QJsonObject &document, const QJsonArray &operations, QString *error);

} // namespace odt::sandbox
