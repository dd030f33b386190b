#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>

namespace odt {
namespace iru {
struct Inventory;
}
namespace sandbox {
class SandboxTenant;
}
} // namespace odt

namespace odt::cli {

// The Iru Endpoint side of a headless command: where the tenant is, where its token comes from
// (an environment variable, never argv), and which Blueprints are in scope.
class IruOptions
{
public:
    IruOptions();

    const QCommandLineOption url;
    const QCommandLineOption tokenEnv;
    const QCommandLineOption blueprint;

    QList<QCommandLineOption> all() const { return { url, tokenEnv, blueprint }; }

    // Whether the command covers the Iru side: --iru-url given, or the sandbox plays one.
    bool wanted(const QCommandLineParser &parser, bool sandbox) const;
    // The usage problem with the Iru options (empty: none), before anything is sent.
    QString usageProblem(const QCommandLineParser &parser, bool sandbox) const;
    // The API URL and token from the options, or from the sandbox tenant for what was not given.
    // False with `error` set (never containing the token) when either is unusable.
    bool resolve(const QCommandLineParser &parser, const sandbox::SandboxTenant *tenant,
                 QUrl *apiUrl, QByteArray *token, QString *error) const;
};

// The ids of the Blueprints named by --blueprint (exact name, else case-insensitive, else an id),
// in the tenant's order. Empty with `error` naming the Blueprints that exist when a name is
// unknown.
QStringList resolveBlueprints(const QStringList &names, const iru::Inventory &inventory,
                              QString *error);

} // namespace odt::cli
