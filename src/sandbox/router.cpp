#include "sandbox/router.h"

#include <QUrl>

namespace odt::sandbox {

void Router::add(const QByteArray &method, const QString &pathTemplate, Handler handler)
{
    QString pattern = QRegularExpression::escape(pathTemplate);
    // escape() turned "{id}" into "\{id\}": each placeholder becomes one path segment.
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{[A-Za-z_]+\\\\\\}"));
    pattern.replace(placeholder, QStringLiteral("([^/]+)"));
    m_routes.append({ method,
                      QRegularExpression(QLatin1Char('^') + pattern + QStringLiteral("/?$")),
                      std::move(handler) });
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.pattern.match(path);
        if (!m.hasMatch())
            continue;
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.handler = &route.handler;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            result.args.append(QUrl::fromPercentEncoding(m.captured(i).toUtf8()));
        return result;
    }
    return result;
}

} // namespace odt::sandbox
