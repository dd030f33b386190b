#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace odt::sandbox {

// A tenant state the sandbox plays, read from JSON (format: resources/sandbox/scenarios/README.md).
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

    // Built-in scenarios, shipped as resources.
    static QStringList builtInNames();
    // NAME of a built-in scenario, or the path of a scenario file.
    static std::optional<Scenario> load(const QString &nameOrPath, QString *error);
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
};

} // namespace odt::sandbox
