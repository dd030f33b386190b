#include "cli/commandoptions.h"

#include "cli/commandline.h"
#include "cli/sandboxlaunch.h"
#include "controller/session.h"
#include "core/report.h"
#include "net/proxysetting.h"
#include "net/trust.h"
#include "sandbox/sandboxtenant.h"

#include <QCoreApplication>
#include <QTextStream>

namespace odt::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::CommandOptions)
};
} // namespace

CommandOptions::CommandOptions(const QString &command, const QString &sandboxDescription)
    : help({ QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help."))
    , org(QStringLiteral("okta-org"), Text::tr("The Okta org URL, e.g. https://acme.okta.com."),
          QStringLiteral("URL"))
    , ca(QStringLiteral("ca-file"), Text::tr("Also trust the CA certificates in this PEM file."),
         QStringLiteral("PEM"))
    , format(QStringLiteral("format"), Text::tr("Output format: text (default) or json."),
             QStringLiteral("text|json"), QStringLiteral("text"))
    , sandbox(QStringLiteral("sandbox"), sandboxDescription, QStringLiteral("SCENARIO"))
    , proxy(QStringLiteral("proxy"),
            Text::tr("How to reach Okta and Iru Endpoint: system (default: the system's proxy "
                     "settings), none, http://HOST:PORT or socks5://HOST:PORT."),
            QStringLiteral("SPEC"), QStringLiteral("system"))
    , m_command(command)
{ }

int CommandOptions::usageError(const QString &message) const
{
    QTextStream(stderr) << "odt-setup " << m_command << ": " << message << Qt::endl;
    return int(ExitCode::Incomplete);
}

bool CommandOptions::json(const QCommandLineParser &parser) const
{
    return parser.value(format) == QLatin1String("json");
}

std::optional<int> CommandOptions::parse(QCommandLineParser &parser,
                                         const QStringList &arguments) const
{
    if (!parser.parse(expandOptionalValues(arguments)))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText().replace(QLatin1String("[options]"),
                                                         m_command + QLatin1String(" [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    const QString value = parser.value(format);
    if (value != QLatin1String("text") && value != QLatin1String("json"))
        return usageError(Text::tr("--format must be text or json, not \"%1\"").arg(value));
    if (parser.isSet(sandbox) == parser.isSet(org))
        return usageError(Text::tr("give either --okta-org URL or --sandbox[=SCENARIO]"));
    QString proxyError;
    net::ProxySetting::parse(parser.value(proxy), &proxyError);
    if (!proxyError.isEmpty())
        return usageError(QStringLiteral("--proxy: ") + proxyError);
    return std::nullopt;
}

QString CommandOptions::connect(const QCommandLineParser &parser, Session *session,
                                std::unique_ptr<sandbox::SandboxTenant> *tenant,
                                QString *error) const
{
    session->setProxy(net::ProxySetting::parse(parser.value(proxy), nullptr)); // checked in parse()
    if (parser.isSet(ca)) {
        const auto certificates = net::loadCaFile(parser.value(ca), error);
        if (certificates.isEmpty())
            return {};
        session->trustExtraCaCertificates(certificates);
    }
    if (!parser.isSet(sandbox))
        return parser.value(org);
    *tenant = startSandbox(session, parser.value(sandbox), error);
    return *tenant ? (*tenant)->oktaOrgUrl().toString() : QString();
}

} // namespace odt::cli
