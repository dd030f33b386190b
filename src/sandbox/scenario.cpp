#include "sandbox/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace odt::sandbox {

namespace {

const QString resourceDir = QStringLiteral(":/sandbox/scenarios");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::sandbox::Scenario)
};

} // namespace

QStringList Scenario::builtInNames()
{
    QStringList names;
    const auto files
        = QDir(resourceDir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        names.append(file.completeBaseName());
    return names;
}

std::optional<Scenario> Scenario::load(const QString &nameOrPath, QString *error)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z0-9-]+$"));
    const bool isName = plainName.match(nameOrPath).hasMatch() && !QFileInfo::exists(nameOrPath);
    const QString path = isName
        ? resourceDir + QLatin1Char('/') + nameOrPath + QStringLiteral(".json")
        : nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = isName
                ? Text::tr("There is no built-in scenario \"%1\". Built-in scenarios: %2.")
                      .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")))
                : Text::tr("Cannot read the scenario file %1: %2")
                      .arg(nameOrPath, file.errorString());
        }
        return std::nullopt;
    }
    auto scenario = fromJson(file.readAll(), error);
    if (!scenario && error)
        *error = Text::tr("Scenario %1: %2").arg(nameOrPath, *error);
    return scenario;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = Text::tr("not a JSON object (%1 at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Scenario scenario;
    scenario.name = root.value(QLatin1String("name")).toString();
    scenario.description = root.value(QLatin1String("description")).toString();
    const QJsonObject okta = root.value(QLatin1String("okta")).toObject();
    scenario.okta.orgId = okta.value(QLatin1String("orgId")).toString();
    scenario.okta.pipeline = okta.value(QLatin1String("pipeline")).toString(scenario.okta.pipeline);
    scenario.okta.customDomain = okta.value(QLatin1String("customDomain")).toString();

    if (scenario.name.isEmpty() || scenario.okta.orgId.isEmpty()) {
        if (error)
            *error = Text::tr("\"name\" and \"okta.orgId\" are required");
        return std::nullopt;
    }
    if (scenario.okta.pipeline != QLatin1String("idx")
        && scenario.okta.pipeline != QLatin1String("v1")) {
        if (error)
            *error = Text::tr("\"okta.pipeline\" must be \"idx\" or \"v1\", not \"%1\"")
                         .arg(scenario.okta.pipeline);
        return std::nullopt;
    }
    return scenario;
}

} // namespace odt::sandbox
