#include "sandbox/faultinjector.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace odt::sandbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::sandbox::FaultInjector)
};

std::optional<FaultInjector::Kind> kindFromName(const QString &name)
{
    if (name == QLatin1String("status"))
        return FaultInjector::Kind::Status;
    if (name == QLatin1String("reset"))
        return FaultInjector::Kind::Reset;
    if (name == QLatin1String("truncate"))
        return FaultInjector::Kind::Truncate;
    if (name == QLatin1String("stall"))
        return FaultInjector::Kind::Stall;
    return std::nullopt;
}

std::optional<FaultInjector::Rule> ruleFromJson(const QJsonObject &object, QString *error)
{
    FaultInjector::Rule rule;
    const QString kindName = object.value(QLatin1String("kind")).toString(QStringLiteral("status"));
    const auto kind = kindFromName(kindName);
    if (!kind) {
        if (error)
            *error = Text::tr("unknown fault kind \"%1\" (status, reset, truncate, stall)")
                         .arg(kindName);
        return std::nullopt;
    }
    rule.kind = *kind;
    rule.status = object.value(QLatin1String("status")).toInt(503);
    const QString path = object.value(QLatin1String("path")).toString();
    if (!path.isEmpty()) {
        rule.path.setPattern(path);
        if (!rule.path.isValid()) {
            if (error)
                *error = Text::tr("fault path \"%1\" is not a valid regular expression").arg(path);
            return std::nullopt;
        }
    }
    rule.method = object.value(QLatin1String("method")).toString().toUpper().toLatin1();
    rule.after = object.value(QLatin1String("after")).toInt(0);
    rule.count = object.value(QLatin1String("count")).toInt(-1);
    rule.probability = object.value(QLatin1String("probability")).toDouble(1.0);
    if (rule.kind == FaultInjector::Kind::Status && (rule.status < 400 || rule.status > 599)) {
        if (error)
            *error = Text::tr("fault status %1 is not an HTTP error status").arg(rule.status);
        return std::nullopt;
    }
    return rule;
}

} // namespace

std::optional<FaultInjector> FaultInjector::fromJson(const QJsonObject &object, QString *error)
{
    FaultInjector injector;
    if (object.contains(QLatin1String("seed")))
        injector.setSeed(quint32(object.value(QLatin1String("seed")).toInteger()));
    injector.setLatency(object.value(QLatin1String("latencyMs")).toInt(0),
                        object.value(QLatin1String("jitterMs")).toInt(0));
    const QJsonArray rules = object.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const auto rule = ruleFromJson(value.toObject(), error);
        if (!rule)
            return std::nullopt;
        injector.addRule(*rule);
    }
    return injector;
}

std::optional<FaultInjector::Rule> FaultInjector::parseRule(const QString &spec, QString *error)
{
    QJsonObject object;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? part : part.left(eq);
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        if (key == QLatin1String("status") && !value.isEmpty()) {
            object.insert(QStringLiteral("kind"), QStringLiteral("status"));
            object.insert(QStringLiteral("status"), value.toInt());
        } else if (eq < 0 && kindFromName(key)) {
            object.insert(QStringLiteral("kind"), key);
        } else if (key == QLatin1String("path") || key == QLatin1String("method")) {
            object.insert(key, value);
        } else if (key == QLatin1String("after") || key == QLatin1String("count")) {
            object.insert(key, value.toInt());
        } else if (key == QLatin1String("probability")) {
            object.insert(key, value.toDouble());
        } else {
            if (error)
                *error = Text::tr("unknown fault setting \"%1\" in \"%2\"").arg(key, spec);
            return std::nullopt;
        }
    }
    return ruleFromJson(object, error);
}

void FaultInjector::setLatency(int latencyMs, int jitterMs)
{
    m_latencyMs = qMax(0, latencyMs);
    m_jitterMs = qMax(0, jitterMs);
}

FaultInjector::Decision FaultInjector::decide(const SandboxRequest &request)
{
    Decision decision;
    decision.delayMs = m_latencyMs;
    if (m_jitterMs > 0)
        decision.delayMs += int(m_random.bounded(quint32(m_jitterMs) + 1));
    for (Rule &rule : m_rules) {
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        if (!rule.path.pattern().isEmpty() && !rule.path.match(request.path).hasMatch())
            continue;
        const int index = rule.seen++;
        if (index < rule.after || (rule.count >= 0 && index >= rule.after + rule.count))
            continue;
        if (rule.probability < 1.0 && m_random.generateDouble() >= rule.probability)
            continue;
        decision.kind = rule.kind;
        decision.status = rule.status;
        break;
    }
    return decision;
}

} // namespace odt::sandbox
