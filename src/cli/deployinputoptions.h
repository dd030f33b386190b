#pragma once

#include "deploy/endpointmanagement.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace odt::cli {

// The payload inputs every `deploy` subcommand takes: the values from Okta's Endpoint management
// page, secrets named by environment variables (never given on the command line).
class DeployInputOptions
{
public:
    DeployInputOptions();

    const QCommandLineOption customDomain;
    const QCommandLineOption scepMode;
    const QCommandLineOption scepUrl;
    const QCommandLineOption scepChallengeEnv;
    const QCommandLineOption scepChallengeUrl;
    const QCommandLineOption scepUsername;
    const QCommandLineOption scepPasswordEnv;
    const QCommandLineOption scepSubject;
    const QCommandLineOption iosSecretEnv;
    const QCommandLineOption oktaCa;
    const QCommandLineOption edrPlugin;

    QList<QCommandLineOption> all() const;

    // Fills `input` (all but the org URL) from the options, reading the named environment
    // variables and the CA file. False with `error` set ("--okta-ca: cannot read …").
    bool read(const QCommandLineParser &parser, deploy::EndpointManagementInput *input,
              QString *error) const;
};

// A secret named by an environment variable. Empty with `error` set when the variable is unset or
// empty; empty without error when no variable was named.
QString secretFromEnvironment(const QString &option, const QString &variable, QString *error);

} // namespace odt::cli
