#include "cli/deployinputoptions.h"

#include <QCoreApplication>
#include <QFile>

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::DeployCommand)
};

} // namespace

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

DeployInputOptions::DeployInputOptions()
    : customDomain(QStringLiteral("custom-domain"),
                   Text::tr("A custom sign-in domain of the org (repeatable)."),
                   QStringLiteral("HOST"))
    , scepMode(QStringLiteral("scep-mode"),
               Text::tr("dynamic (default, Okta's recommendation: no SCEP profile, the MDM's "
                        "SCEP item is used) or static."),
               QStringLiteral("static|dynamic"), QStringLiteral("dynamic"))
    , scepUrl(QStringLiteral("scep-url"), Text::tr("Okta's SCEP URL."), QStringLiteral("URL"))
    , scepChallengeEnv(QStringLiteral("scep-challenge-env"),
                       Text::tr("Static mode: the variable holding Okta's SCEP secret key."),
                       QStringLiteral("VAR"))
    , scepChallengeUrl(QStringLiteral("scep-challenge-url"),
                       Text::tr("Dynamic mode: Okta's challenge URL."), QStringLiteral("URL"))
    , scepUsername(QStringLiteral("scep-username"),
                   Text::tr("Dynamic mode: Okta's SCEP user name."), QStringLiteral("U"))
    , scepPasswordEnv(QStringLiteral("scep-password-env"),
                      Text::tr("Dynamic mode: the variable holding Okta's SCEP password."),
                      QStringLiteral("VAR"))
    , scepSubject(QStringLiteral("scep-subject"),
                  Text::tr("The certificate subject's common name (default: \"%1\", Iru "
                           "Endpoint's device variable; use your MDM's own variable elsewhere).")
                      .arg(deploy::EndpointManagement::defaultScepSubjectName()),
                  QStringLiteral("CN"))
    , iosSecretEnv(QStringLiteral("ios-secret-env"),
                   Text::tr("The variable holding Okta's iOS/iPadOS secret key (managementHint)."),
                   QStringLiteral("VAR"))
    , oktaCa(QStringLiteral("okta-ca"),
             Text::tr("The Okta CA certificate (PEM or DER) to install on Macs."),
             QStringLiteral("FILE"))
    , edrPlugin(QStringLiteral("edr-plugin"),
                Text::tr("Also write the optional EDR plugin profile: crowdstrike."),
                QStringLiteral("NAME"))
{ }

QList<QCommandLineOption> DeployInputOptions::all() const
{
    return { customDomain,     scepMode,     scepUrl,         scepChallengeEnv,
             scepChallengeUrl, scepUsername, scepPasswordEnv, scepSubject,
             iosSecretEnv,     oktaCa,       edrPlugin };
}

bool DeployInputOptions::read(const QCommandLineParser &parser,
                              deploy::EndpointManagementInput *input, QString *error) const
{
    input->customDomains = parser.values(customDomain);
    const QString modeName = parser.value(scepMode);
    if (modeName == QLatin1String("static")) {
        input->scepMode = deploy::EndpointManagementInput::ScepMode::Static;
    } else if (modeName != QLatin1String("dynamic")) {
        *error = Text::tr("--scep-mode must be static or dynamic, not \"%1\"").arg(modeName);
        return false;
    }
    input->scepUrl = parser.value(scepUrl);
    input->challengeUrl = parser.value(scepChallengeUrl);
    input->scepUsername = parser.value(scepUsername);
    input->scepSubjectName = parser.value(scepSubject);
    input->scepChallenge = secretFromEnvironment(scepChallengeEnv.names().constFirst(),
                                                 parser.value(scepChallengeEnv), error);
    if (error->isEmpty())
        input->scepPassword = secretFromEnvironment(scepPasswordEnv.names().constFirst(),
                                                    parser.value(scepPasswordEnv), error);
    if (error->isEmpty())
        input->iosSecretKey = secretFromEnvironment(iosSecretEnv.names().constFirst(),
                                                    parser.value(iosSecretEnv), error);
    if (!error->isEmpty())
        return false;
    if (parser.isSet(edrPlugin)) {
        if (parser.value(edrPlugin) != QLatin1String("crowdstrike")) {
            *error = Text::tr("--edr-plugin knows only crowdstrike, not \"%1\"")
                         .arg(parser.value(edrPlugin));
            return false;
        }
        input->edrPlugin = deploy::EndpointManagementInput::EdrPlugin::CrowdStrike;
    }
    if (parser.isSet(oktaCa)) {
        QFile file(parser.value(oktaCa));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("--okta-ca: cannot read %1: %2")
                         .arg(parser.value(oktaCa), file.errorString());
            return false;
        }
        input->oktaCaCertificate = file.readAll();
        if (input->oktaCaCertificate.isEmpty()) {
            *error = Text::tr("--okta-ca: %1 is empty").arg(parser.value(oktaCa));
            return false;
        }
    }
    return true;
}

} // namespace odt::cli
