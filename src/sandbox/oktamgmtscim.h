#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace odt::sandbox::scim {

// The SCIM filter subset Okta documents for `search` parameters: eq, ne, sw, co, pr, gt, ge, lt,
// le; and, or, not, parentheses; double-quoted strings, true/false/null and numbers. Operators
// and keywords are case-insensitive; string comparisons too (Okta: "case-insensitive").
class Filter
{
public:
    struct Options
    {
        // Attributes a filter may name: exact names, or prefixes ending in '.' ("profile.").
        QStringList attributes;
        // Attributes `co` works on (Okta restricts it per API); empty: every attribute.
        QStringList containsAttributes;
    };

    // nullopt with a reason ("search: …") when the expression is malformed or names an
    // attribute or operator the API does not support.
    static std::optional<Filter> parse(const QString &expression, const Options &options,
                                       QString *error);

    bool matches(const QJsonObject &object) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace odt::sandbox::scim
