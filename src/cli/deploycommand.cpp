#include "cli/deploycommand.h"

#include "cli/deployinputoptions.h"
#include "cli/deploytenantcommand.h"

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

} // namespace

int DeployCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("export"))
        return runExport(arguments.mid(1));
    const QHash<QString, DeployTenantCommand::Operation> operations {
        { QStringLiteral("plan"), DeployTenantCommand::Operation::Plan },
        { QStringLiteral("apply"), DeployTenantCommand::Operation::Apply },
        { QStringLiteral("verify"), DeployTenantCommand::Operation::Verify },
        { QStringLiteral("remove"), DeployTenantCommand::Operation::Remove },
    };
    if (operations.contains(sub))
        return DeployTenantCommand().run(operations.value(sub), arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(sub.isEmpty() ? stderr : stdout)
            << Text::tr("Usage: odt-setup deploy SUBCOMMAND [options]\n"
                        "  export   write the ODT profiles for any MDM into a folder (offline)\n"
                        "  plan     show the writes that would put the ODT configuration on Iru "
                        "Endpoint\n"
                        "  apply    make them, after the readiness gate\n"
                        "  verify   compare the tenant with the ODT configuration (drift)\n"
                        "  remove   delete what this tool created and restore what it changed\n"
                        "See odt-setup deploy SUBCOMMAND --help.\n");
        return sub.isEmpty() ? int(ExitCode::Incomplete) : 0;
    }
    return usageError(
        QStringLiteral("deploy"),
        Text::tr("unknown subcommand \"%1\"; known: export, plan, apply, verify, remove").arg(sub));
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
    const DeployInputOptions inputs;
    const QCommandLineOption p12(QStringLiteral("sign-p12"),
                                 Text::tr("Sign every profile (CMS, SHA-256) with this PKCS#12 "
                                          "identity."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption p12PasswordEnv(QStringLiteral("sign-p12-password-env"),
                                            Text::tr("The variable holding the PKCS#12 password."),
                                            QStringLiteral("VAR"));
    parser.addOptions(QList<QCommandLineOption> { help, org, out } << inputs.all() << p12
                                                                   << p12PasswordEnv);

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
    QString error;
    if (!inputs.read(parser, &input, &error))
        return usageError(command, error);

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
