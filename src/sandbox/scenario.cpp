#include "sandbox/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace odt::sandbox {

namespace {

const QString resourceDir = QStringLiteral(":/sandbox/scenarios");
constexpr int maxExtendsDepth = 8;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::sandbox::Scenario)
};

std::optional<QJsonObject> readDocument(const QString &nameOrPath, QString *error, bool *isName)
{
    static const QRegularExpression plainName(QStringLiteral("^[a-z0-9-]+$"));
    *isName = plainName.match(nameOrPath).hasMatch() && !QFileInfo::exists(nameOrPath);
    const QString path = *isName
        ? resourceDir + QLatin1Char('/') + nameOrPath + QStringLiteral(".json")
        : nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = *isName
                ? Text::tr("There is no built-in scenario \"%1\". Built-in scenarios: "
                           "%2.")
                      .arg(nameOrPath, Scenario::builtInNames().join(QStringLiteral(", ")))
                : Text::tr("Cannot read the scenario file %1: %2")
                      .arg(nameOrPath, file.errorString());
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = Text::tr("not a JSON object (%1 at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return document.object();
}

// Objects merge key by key (the child wins); anything else is replaced.
QJsonObject merge(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject result = base;
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it.value().isObject() && result.value(it.key()).isObject())
            result.insert(it.key(),
                          merge(result.value(it.key()).toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

std::optional<QJsonObject> resolve(const QJsonObject &document, int depth, QString *error)
{
    QJsonObject result = document;
    const QString parent = document.value(u"extends").toString();
    if (!parent.isEmpty()) {
        if (depth >= maxExtendsDepth) {
            if (error)
                *error = Text::tr("\"extends\" nests deeper than %1 levels").arg(maxExtendsDepth);
            return std::nullopt;
        }
        bool isName = false;
        const auto base = readDocument(parent, error, &isName);
        if (!base)
            return std::nullopt;
        const auto resolvedBase = resolve(*base, depth + 1, error);
        if (!resolvedBase)
            return std::nullopt;
        QJsonObject own = document;
        own.remove(QStringLiteral("patch"));
        own.remove(QStringLiteral("extends"));
        QJsonObject baseObject = *resolvedBase;
        baseObject.remove(QStringLiteral("description"));
        result = merge(baseObject, own);
        result.insert(QStringLiteral("patch"), document.value(u"patch"));
    }
    const QJsonArray patch = result.value(u"patch").toArray();
    result.remove(QStringLiteral("patch"));
    result.remove(QStringLiteral("extends"));
    if (!applyJsonPatch(result, patch, error))
        return std::nullopt;
    return result;
}

std::optional<QStringList> splitPointer(const QString &pointer)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &token : tokens)
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

// Rebuilds `node` with the operation applied at tokens[index…]; false when the path is invalid.
bool patchAt(QJsonValue &node, const QStringList &tokens, int index, const QString &op,
             const QJsonValue &value)
{
    const QString &token = tokens.at(index);
    const bool last = index == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (op == QLatin1String("remove")) {
                if (!object.contains(token))
                    return false;
                object.remove(token);
            } else {
                if (op == QLatin1String("replace") && !object.contains(token))
                    return false;
                object.insert(token, value);
            }
        } else {
            QJsonValue child = object.value(token);
            if (child.isUndefined() || !patchAt(child, tokens, index + 1, op, value))
                return false;
            object.insert(token, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int position = token == QLatin1String("-") ? int(array.size()) : token.toInt(&ok);
        if (token != QLatin1String("-") && (!ok || position < 0))
            return false;
        if (last) {
            if (op == QLatin1String("add")) {
                if (position > array.size())
                    return false;
                array.insert(position, value);
            } else if (position >= array.size()) {
                return false;
            } else if (op == QLatin1String("remove")) {
                array.removeAt(position);
            } else {
                array.replace(position, value);
            }
        } else {
            if (position >= array.size())
                return false;
            QJsonValue child = array.at(position);
            if (!patchAt(child, tokens, index + 1, op, value))
                return false;
            array.replace(position, child);
        }
        node = array;
        return true;
    }
    return false;
}

} // namespace

bool applyJsonPatch(QJsonObject &document, const QJsonArray &operations, QString *error)
{
    for (const QJsonValue &entry : operations) {
        const QJsonObject operation = entry.toObject();
        const QString op = operation.value(u"op").toString();
        const QString path = operation.value(u"path").toString();
        const auto tokens = splitPointer(path);
        const bool known = op == QLatin1String("add") || op == QLatin1String("replace")
            || op == QLatin1String("remove");
        QJsonValue root = document;
        if (!known || !tokens || !patchAt(root, *tokens, 0, op, operation.value(u"value"))) {
            if (error)
                *error = Text::tr("patch operation \"%1\" at \"%2\" does not apply").arg(op, path);
            return false;
        }
        document = root.toObject();
    }
    return true;
}

QStringList Scenario::builtInNames()
{
    QStringList names;
    const auto files
        = QDir(resourceDir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!file.completeBaseName().startsWith(QLatin1Char('_'))) // _base: shared, not played
            names.append(file.completeBaseName());
    }
    return names;
}

std::optional<Scenario> Scenario::load(const QString &nameOrPath, QString *error)
{
    bool isName = false;
    const auto document = readDocument(nameOrPath, error, &isName);
    if (!document)
        return std::nullopt;
    auto scenario = fromJson(QJsonDocument(*document).toJson(QJsonDocument::Compact), error);
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
    const auto root = resolve(document.object(), 0, error);
    if (!root)
        return std::nullopt;
    Scenario scenario;
    scenario.name = root->value(u"name").toString();
    scenario.description = root->value(u"description").toString();
    scenario.oktaData = root->value(u"okta").toObject();
    scenario.iruData = root->value(u"iru").toObject();
    scenario.faults = root->value(u"faults").toObject();
    scenario.okta.orgId = scenario.oktaData.value(u"orgId").toString();
    scenario.okta.pipeline = scenario.oktaData.value(u"pipeline").toString(scenario.okta.pipeline);
    scenario.okta.customDomain = scenario.oktaData.value(u"customDomain").toString();

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
