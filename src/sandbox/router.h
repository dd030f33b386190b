#pragma once

#include "sandbox/sandboxhttp.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace odt::sandbox {

// Method + path template ("/api/v1/users/{id}/roles") to handler. Captured segments are passed
// in order, percent-decoded.
class Router
{
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &, const QStringList &args)>;

    void add(const QByteArray &method, const QString &pathTemplate, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        QStringList args;
        bool pathKnown = false; // some route has this path, but not for this method
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace odt::sandbox
