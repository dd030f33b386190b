#include "cli/deploycommand.h"

#include "core/report.h"
#include "crypto/profilesigner.h"
#include "deploy/endpointmanagement.h"
#include "deploy/profileexport.h"
#include "deploy/profileset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::DeployCommand)
};

int usageError(const QString &command, const QString &message)
{
    QTextStream(stderr) << "odt-setup " << command << ": " << message << Qt::endl;
    return int(ExitCode::Incomplete);
}

// A secret named by an environment variable, so it never appears in the process list or the
// shell history. Empty with `error` set when the variable is unset or empty.
QString secretFromEnvironment(const QString &option, const QString &variable, QString *error)
{
    if (variable.isEmpty())
        return {};
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty())
        *error = Text::tr("--%1: the environment variable %2 is not set or empty")
                     .arg(option, variable);
    return QString::fromUtf8(value);
}

} // namespace

int DeployCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("export"))
        return runExport(arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(sub.isEmpty() ? stderr : stdout)
            << Text::tr("Usage: odt-setup deploy export [options]\n"
                        "  export   write the ODT profiles for any MDM into a folder (offline; "
                        "see odt-setup deploy export --help)\n");
        return sub.isEmpty() ? int(ExitCode::Incomplete) : 0;
    }
    return usageError(QStringLiteral("deploy"),
                      Text::tr("unknown subcommand \"%1\"; known: export").arg(sub));
}

int DeployCommand::runExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("deploy export");
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Writes the Okta Device Trust profiles for any MDM into DIR: one .mobileconfig per "
        "profile, the iOS/iPadOS Okta Verify app configuration, manifest.json and "
        "instructions.html. Makes no network request. Secrets are read from the environment "
        "variables named by the *-env options.\n"
        "Exit codes: 0 written, 3 bad input (DIR is left untouched)."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  Text::tr("Show this help."));
    const QCommandLineOption org(QStringLiteral("okta-org"),
                                 Text::tr("The Okta org URL, e.g. https://acme.okta.com."),
                                 QStringLiteral("URL"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Text::tr("The folder to write; must not exist or be empty."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption domain(QStringLiteral("custom-domain"),
                                    Text::tr("A custom sign-in domain of the org (repeatable)."),
                                    QStringLiteral("HOST"));
    const QCommandLineOption mode(QStringLiteral("scep-mode"),
                                  Text::tr("dynamic (default, Okta's recommendation: no SCEP "
                                           "profile, the MDM's SCEP item is used) or static."),
                                  QStringLiteral("static|dynamic"), QStringLiteral("dynamic"));
    const QCommandLineOption scepUrl(QStringLiteral("scep-url"), Text::tr("Okta's SCEP URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption challengeEnv(
        QStringLiteral("scep-challenge-env"),
        Text::tr("Static mode: the variable holding Okta's SCEP secret key."),
        QStringLiteral("VAR"));
    const QCommandLineOption challengeUrl(QStringLiteral("scep-challenge-url"),
                                          Text::tr("Dynamic mode: Okta's challenge URL."),
                                          QStringLiteral("URL"));
    const QCommandLineOption username(QStringLiteral("scep-username"),
                                      Text::tr("Dynamic mode: Okta's SCEP user name."),
                                      QStringLiteral("U"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("scep-password-env"),
        Text::tr("Dynamic mode: the variable holding Okta's SCEP password."),
        QStringLiteral("VAR"));
    const QCommandLineOption subject(
        QStringLiteral("scep-subject"),
        Text::tr("The certificate subject's common name (default: \"%1\", Iru Endpoint's device "
                 "variable; use your MDM's own variable elsewhere).")
            .arg(deploy::EndpointManagement::defaultScepSubjectName()),
        QStringLiteral("CN"));
    const QCommandLineOption iosEnv(
        QStringLiteral("ios-secret-env"),
        Text::tr("The variable holding Okta's iOS/iPadOS secret key (managementHint)."),
        QStringLiteral("VAR"));
    const QCommandLineOption ca(
        QStringLiteral("okta-ca"),
        Text::tr("The Okta CA certificate (PEM or DER) to install on Macs."),
        QStringLiteral("FILE"));
    const QCommandLineOption edr(QStringLiteral("edr-plugin"),
                                 Text::tr("Also write the optional EDR plugin profile: "
                                          "crowdstrike."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption p12(QStringLiteral("sign-p12"),
                                 Text::tr("Sign every profile (CMS, SHA-256) with this PKCS#12 "
                                          "identity."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption p12PasswordEnv(QStringLiteral("sign-p12-password-env"),
                                            Text::tr("The variable holding the PKCS#12 password."),
                                            QStringLiteral("VAR"));
    parser.addOptions({ help, org, out, domain, mode, scepUrl, challengeEnv, challengeUrl, username,
                        passwordEnv, subject, iosEnv, ca, edr, p12, p12PasswordEnv });

    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("[options]"),
                                                         QLatin1String("deploy export [options]"));
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(
            command,
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(org))
        return usageError(command, Text::tr("give --okta-org URL"));
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        return usageError(command, Text::tr("give --out DIR: the folder to write the profiles to"));

    deploy::EndpointManagementInput input;
    input.orgUrl = parser.value(org);
    input.customDomains = parser.values(domain);
    const QString modeName = parser.value(mode);
    if (modeName == QLatin1String("static"))
        input.scepMode = deploy::EndpointManagementInput::ScepMode::Static;
    else if (modeName != QLatin1String("dynamic"))
        return usageError(
            command, Text::tr("--scep-mode must be static or dynamic, not \"%1\"").arg(modeName));
    input.scepUrl = parser.value(scepUrl);
    input.challengeUrl = parser.value(challengeUrl);
    input.scepUsername = parser.value(username);
    input.scepSubjectName = parser.value(subject);
    QString error;
    input.scepChallenge = secretFromEnvironment(challengeEnv.names().constFirst(),
                                                parser.value(challengeEnv), &error);
    if (error.isEmpty())
        input.scepPassword = secretFromEnvironment(passwordEnv.names().constFirst(),
                                                   parser.value(passwordEnv), &error);
    if (error.isEmpty())
        input.iosSecretKey
            = secretFromEnvironment(iosEnv.names().constFirst(), parser.value(iosEnv), &error);
    if (!error.isEmpty())
        return usageError(command, error);
    if (parser.isSet(edr)) {
        if (parser.value(edr) != QLatin1String("crowdstrike"))
            return usageError(
                command,
                Text::tr("--edr-plugin knows only crowdstrike, not \"%1\"").arg(parser.value(edr)));
        input.edrPlugin = deploy::EndpointManagementInput::EdrPlugin::CrowdStrike;
    }
    if (parser.isSet(ca)) {
        QFile file(parser.value(ca));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(command,
                              Text::tr("--okta-ca: cannot read %1: %2")
                                  .arg(parser.value(ca), file.errorString()));
        input.oktaCaCertificate = file.readAll();
        if (input.oktaCaCertificate.isEmpty())
            return usageError(command, Text::tr("--okta-ca: %1 is empty").arg(parser.value(ca)));
    }

    std::optional<crypto::ProfileSigner> signer;
    if (parser.isSet(p12PasswordEnv) && !parser.isSet(p12))
        return usageError(command, Text::tr("--sign-p12-password-env needs --sign-p12 FILE"));
    if (parser.isSet(p12)) {
        QFile file(parser.value(p12));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(command,
                              Text::tr("--sign-p12: cannot read %1: %2")
                                  .arg(parser.value(p12), file.errorString()));
        const QString password = parser.isSet(p12PasswordEnv)
            ? secretFromEnvironment(p12PasswordEnv.names().constFirst(),
                                    parser.value(p12PasswordEnv), &error)
            : QString();
        if (!error.isEmpty())
            return usageError(command, error);
        signer = crypto::ProfileSigner::fromPkcs12(file.readAll(), password, &error);
        if (!signer)
            return usageError(command, QStringLiteral("--sign-p12: ") + error);
    }

    QList<deploy::InputProblem> problems;
    const auto settings = deploy::EndpointManagement::validate(input, &problems);
    if (!settings) {
        for (const deploy::InputProblem &problem : problems)
            QTextStream(stderr) << "odt-setup " << command << ": --" << problem.field << ": "
                                << problem.message << Qt::endl;
        return int(ExitCode::Incomplete);
    }

    const deploy::ProfileSet set = deploy::ProfileSet::generate(*settings);
    deploy::ProfileExport exporter(*settings, set);
    if (signer)
        exporter.setSigner(&*signer);
    if (!exporter.writeTo(parser.value(out), &error))
        return usageError(command, error);

    QTextStream stream(stdout);
    const QDir dir(parser.value(out));
    for (const deploy::GeneratedProfile &profile : set.profiles)
        stream << QDir::toNativeSeparators(dir.filePath(profile.fileName())) << '\n';
    for (const deploy::GeneratedAppConfig &config : set.appConfigs)
        stream << QDir::toNativeSeparators(dir.filePath(config.fileName())) << '\n';
    stream << QDir::toNativeSeparators(dir.filePath(QStringLiteral("manifest.json"))) << '\n'
           << QDir::toNativeSeparators(dir.filePath(QStringLiteral("instructions.html"))) << '\n';
    return 0;
}

} // namespace odt::cli
