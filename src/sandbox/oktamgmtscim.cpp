#include "sandbox/oktamgmtscim.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>

namespace odt::sandbox::scim {

struct Filter::Node
{
    enum class Kind { And, Or, Not, Compare } kind = Kind::Compare;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
    QString attribute;
    QString op; // lower case
    QJsonValue value;
};

namespace {

struct Token
{
    enum class Kind { Word, String, Open, Close, End } kind = Kind::End;
    QString text;
};

bool tokenize(const QString &text, QList<Token> *tokens, QString *error)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens->append({ c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close, c });
            ++i;
        } else if (c == QLatin1Char('"')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i++);
                if (d == QLatin1Char('\\') && i < text.size()) {
                    value.append(text.at(i++));
                } else if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    value.append(d);
                }
            }
            if (!closed) {
                *error = QStringLiteral("unterminated string");
                return false;
            }
            tokens->append({ Token::Kind::String, value });
        } else {
            const qsizetype start = i;
            while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('(')
                   && text.at(i) != QLatin1Char(')') && text.at(i) != QLatin1Char('"'))
                ++i;
            tokens->append({ Token::Kind::Word, text.mid(start, i - start) });
        }
    }
    tokens->append({ Token::Kind::End, {} });
    return true;
}

class Parser
{
public:
    Parser(const QList<Token> &tokens, const Filter::Options &options)
        : m_tokens(tokens)
        , m_options(options)
    { }

    std::shared_ptr<const Filter::Node> parse(QString *error)
    {
        auto root = parseOr();
        if (root && peek().kind != Token::Kind::End)
            fail(QStringLiteral("unexpected \"%1\"").arg(peek().text));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_position); }
    Token take()
    {
        return m_tokens.at(m_position < m_tokens.size() - 1 ? m_position++ : m_position);
    }
    bool peekKeyword(const char *keyword) const
    {
        return peek().kind == Token::Kind::Word
            && peek().text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
    std::shared_ptr<const Filter::Node> fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return nullptr;
    }

    std::shared_ptr<const Filter::Node> combine(Filter::Node::Kind kind,
                                                std::shared_ptr<const Filter::Node> left,
                                                std::shared_ptr<const Filter::Node> right)
    {
        auto node = std::make_shared<Filter::Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    std::shared_ptr<const Filter::Node> parseOr()
    {
        auto left = parseAnd();
        while (left && peekKeyword("or")) {
            take();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = combine(Filter::Node::Kind::Or, left, right);
        }
        return left;
    }

    std::shared_ptr<const Filter::Node> parseAnd()
    {
        auto left = parseUnary();
        while (left && peekKeyword("and")) {
            take();
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = combine(Filter::Node::Kind::And, left, right);
        }
        return left;
    }

    std::shared_ptr<const Filter::Node> parseUnary()
    {
        if (peekKeyword("not")) {
            take();
            if (peek().kind != Token::Kind::Open)
                return fail(QStringLiteral("\"not\" must be followed by \"(\""));
            auto inner = parseUnary();
            return inner ? combine(Filter::Node::Kind::Not, inner, nullptr) : nullptr;
        }
        if (peek().kind == Token::Kind::Open) {
            take();
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            if (take().kind != Token::Kind::Close)
                return fail(QStringLiteral("missing \")\""));
            return inner;
        }
        return parseComparison();
    }

    bool attributeAllowed(const QString &attribute) const
    {
        for (const QString &allowed : m_options.attributes) {
            if (allowed.endsWith(QLatin1Char('.'))
                    ? attribute.startsWith(allowed) && attribute.size() > allowed.size()
                    : attribute == allowed)
                return true;
        }
        return false;
    }

    std::shared_ptr<const Filter::Node> parseComparison()
    {
        const Token attribute = take();
        if (attribute.kind != Token::Kind::Word)
            return fail(attribute.kind == Token::Kind::End
                            ? QStringLiteral("incomplete expression")
                            : QStringLiteral("expected an attribute name"));
        if (!attributeAllowed(attribute.text))
            return fail(QStringLiteral("unsupported attribute \"%1\"").arg(attribute.text));
        const Token op = take();
        static const QStringList operators { QStringLiteral("eq"), QStringLiteral("ne"),
                                             QStringLiteral("sw"), QStringLiteral("co"),
                                             QStringLiteral("pr"), QStringLiteral("gt"),
                                             QStringLiteral("ge"), QStringLiteral("lt"),
                                             QStringLiteral("le") };
        const QString name = op.text.toLower();
        if (op.kind != Token::Kind::Word || !operators.contains(name))
            return fail(QStringLiteral("expected an operator after \"%1\"").arg(attribute.text));
        if (name == QLatin1String("co") && !m_options.containsAttributes.isEmpty()
            && !m_options.containsAttributes.contains(attribute.text))
            return fail(QStringLiteral("\"co\" is not supported for \"%1\"").arg(attribute.text));
        auto node = std::make_shared<Filter::Node>();
        node->attribute = attribute.text;
        node->op = name;
        if (name == QLatin1String("pr"))
            return node;
        const Token value = take();
        if (value.kind == Token::Kind::String) {
            node->value = value.text;
        } else if (value.kind == Token::Kind::Word) {
            const QString lower = value.text.toLower();
            bool isNumber = false;
            const double number = value.text.toDouble(&isNumber);
            if (lower == QLatin1String("true") || lower == QLatin1String("false"))
                node->value = lower == QLatin1String("true");
            else if (lower == QLatin1String("null"))
                node->value = QJsonValue::Null;
            else if (isNumber)
                node->value = number;
            else
                return fail(
                    QStringLiteral("string values must be in double quotes: %1").arg(value.text));
        } else {
            return fail(
                QStringLiteral("expected a value after \"%1 %2\"").arg(attribute.text, op.text));
        }
        if ((name == QLatin1String("sw") || name == QLatin1String("co")) && !node->value.isString())
            return fail(QStringLiteral("\"%1\" takes a string").arg(name));
        return node;
    }

    const QList<Token> &m_tokens;
    const Filter::Options &m_options;
    qsizetype m_position = 0;
    QString m_error;
};

QJsonValue lookup(const QJsonObject &object, const QString &attribute)
{
    QJsonValue value = object;
    for (const QStringView part : QStringView(attribute).split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue::Undefined;
        value = value.toObject().value(part);
    }
    return value;
}

// <0, 0, >0; nullopt when the two cannot be ordered.
std::optional<int> compare(const QJsonValue &actual, const QJsonValue &wanted)
{
    if (actual.isString() && wanted.isString()) {
        // Timestamps with and without milliseconds must compare as instants, not text.
        const QDateTime a = QDateTime::fromString(actual.toString(), Qt::ISODateWithMs);
        const QDateTime b = QDateTime::fromString(wanted.toString(), Qt::ISODateWithMs);
        if (a.isValid() && b.isValid())
            return a < b ? -1 : (a == b ? 0 : 1);
        return actual.toString().compare(wanted.toString(), Qt::CaseInsensitive);
    }
    if (actual.isDouble() && wanted.isDouble())
        return actual.toDouble() < wanted.toDouble()
            ? -1
            : (actual.toDouble() == wanted.toDouble() ? 0 : 1);
    if (actual.isBool() && wanted.isBool())
        return actual.toBool() == wanted.toBool() ? 0 : 1;
    if ((actual.isNull() || actual.isUndefined()) && wanted.isNull())
        return 0;
    return std::nullopt;
}

bool evaluate(const Filter::Node &node, const QJsonObject &object)
{
    switch (node.kind) {
    case Filter::Node::Kind::And:
        return evaluate(*node.left, object) && evaluate(*node.right, object);
    case Filter::Node::Kind::Or:
        return evaluate(*node.left, object) || evaluate(*node.right, object);
    case Filter::Node::Kind::Not:
        return !evaluate(*node.left, object);
    case Filter::Node::Kind::Compare:
        break;
    }
    const QJsonValue actual = lookup(object, node.attribute);
    if (node.op == QLatin1String("pr"))
        return !actual.isUndefined() && !actual.isNull()
            && !(actual.isString() && actual.toString().isEmpty());
    if (node.op == QLatin1String("sw") || node.op == QLatin1String("co")) {
        if (!actual.isString())
            return false;
        return node.op == QLatin1String("sw")
            ? actual.toString().startsWith(node.value.toString(), Qt::CaseInsensitive)
            : actual.toString().contains(node.value.toString(), Qt::CaseInsensitive);
    }
    const std::optional<int> order = compare(actual, node.value);
    if (node.op == QLatin1String("eq"))
        return order == 0;
    if (node.op == QLatin1String("ne"))
        return order != 0;
    if (!order)
        return false;
    if (node.op == QLatin1String("gt"))
        return *order > 0;
    if (node.op == QLatin1String("ge"))
        return *order >= 0;
    if (node.op == QLatin1String("lt"))
        return *order < 0;
    return *order <= 0; // le
}

} // namespace

std::optional<Filter> Filter::parse(const QString &expression, const Options &options,
                                    QString *error)
{
    QList<Token> tokens;
    QString why;
    std::shared_ptr<const Node> root;
    if (tokenize(expression, &tokens, &why))
        root = Parser(tokens, options).parse(&why);
    if (!root) {
        if (error)
            *error = QStringLiteral("search: ") + why;
        return std::nullopt;
    }
    Filter filter;
    filter.m_root = std::move(root);
    return filter;
}

bool Filter::matches(const QJsonObject &object) const
{
    return m_root && evaluate(*m_root, object);
}

} // namespace odt::sandbox::scim
