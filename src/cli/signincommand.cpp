#include "cli/signincommand.h"

#include "cli/commandline.h"
#include "cli/commandoptions.h"
#include "controller/session.h"
#include "core/report.h"
#include "net/httpclient.h"
#include "okta/signin/authorizationcodeflow.h"
#include "okta/signin/devicecodeflow.h"
#include "sandbox/sandboxtenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>

#include <optional>

namespace odt::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::cli::SigninCommand)
};

int usageError(const QString &message)
{
    QTextStream(stderr) << "odt-setup signin: " << message << Qt::endl;
    return int(ExitCode::Incomplete);
}

// Without a GUI application object QDesktopServices has no platform services, so the headless
// command asks the desktop's own opener. The link is printed either way.
bool openBrowserHeadless(const QUrl &url)
{
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), { url.toString(QUrl::FullyEncoded) });
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(
        QStringLiteral("rundll32"),
        { QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded) });
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    return QProcess::startDetached(QStringLiteral("xdg-open"),
                                   { url.toString(QUrl::FullyEncoded) });
#endif
}

struct Role
{
    QString type;
    QString label;
    QString status;
    QString assignmentType;
};

struct Outcome
{
    bool signedIn = false;
    QString error;
    okta::SignInResult result;
    QList<Role> roles;
    QString rolesNote; // why the roles are unknown, when Okta would not list them
};

QString signedInText(const Outcome &outcome, bool superAdmin)
{
    const okta::SignInResult &r = outcome.result;
    QString text;
    QTextStream out(&text);
    const QString who = r.name.isEmpty() ? r.login : r.name;
    out << Text::tr("Signed in as %1 (%2, Okta user %3).").arg(who, r.login, r.userId) << '\n';
    if (!outcome.rolesNote.isEmpty()) {
        out << outcome.rolesNote << '\n';
    } else if (outcome.roles.isEmpty()) {
        out << Text::tr("Admin roles: none.") << '\n';
    } else {
        out << Text::tr("Admin roles:") << '\n';
        for (const Role &role : outcome.roles) {
            out << "  " << role.type;
            if (!role.label.isEmpty())
                out << " (" << role.label << ')';
            out << ", " << role.status << ", "
                << (role.assignmentType == QLatin1String("GROUP")
                        ? Text::tr("assigned through a group")
                        : Text::tr("assigned to the user"))
                << '\n';
        }
    }
    if (superAdmin)
        out << Text::tr("Super Administrator: yes.") << '\n';
    else
        out << Text::tr("Super Administrator: no. Setting up Okta Device Trust needs a Super "
                        "Administrator; sign in as one.")
            << '\n';
    return text;
}

QByteArray signedInJson(const Outcome &outcome, bool superAdmin)
{
    const okta::SignInResult &r = outcome.result;
    QJsonArray roles;
    for (const Role &role : outcome.roles) {
        roles.append(QJsonObject { { QStringLiteral("type"), role.type },
                                   { QStringLiteral("status"), role.status },
                                   { QStringLiteral("assignmentType"), role.assignmentType } });
    }
    QJsonObject root {
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("id"), r.userId },
                        { QStringLiteral("login"), r.login },
                        { QStringLiteral("name"), r.name } } },
        { QStringLiteral("roles"), roles },
        { QStringLiteral("superAdmin"), superAdmin },
    };
    if (!outcome.rolesNote.isEmpty())
        root.insert(QStringLiteral("rolesError"), outcome.rolesNote);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int SigninCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Signs in to Okta as an administrator through the org's OIDC app and shows who signed in "
        "and their admin roles. Nothing is saved.\n"
        "Exit codes: 0 signed in, 3 could not sign in."));
    const CommandOptions common(QStringLiteral("signin"),
                                Text::tr("Sign in to the built-in sandbox tenant playing SCENARIO "
                                         "(default: ready) instead of a real org."));
    const QCommandLineOption clientOption(
        QStringLiteral("client-id"),
        Text::tr("Client ID of the Native OIDC app to sign in with (client authentication "
                 "None)."),
        QStringLiteral("ID"));
    const QCommandLineOption portOption(
        QStringLiteral("redirect-port"),
        Text::tr("Receive the browser's redirect on http://127.0.0.1:N/callback (default: %1). "
                 "The OIDC app must list that exact URI.")
            .arg(okta::OidcConfig::defaultRedirectPort),
        QStringLiteral("N"));
    const QCommandLineOption deviceOption(
        QStringLiteral("device-code"),
        Text::tr("Sign in with a code entered on another device instead of a browser on this "
                 "computer."));
    parser.addOptions(common.all() << clientOption << portOption << deviceOption);
    if (const auto stop = common.parse(parser, arguments))
        return *stop;
    const bool sandbox = parser.isSet(common.sandbox);
    const bool device = parser.isSet(deviceOption);
    if (device && parser.isSet(portOption))
        return usageError(Text::tr("--redirect-port is for the browser sign-in; the device code "
                                   "sign-in (--device-code) needs no redirect"));
    okta::OidcConfig config;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usageError(Text::tr("--redirect-port takes a port number from 1 to 65535"));
        config.redirectPort = quint16(port);
    }
    config.clientId = parser.value(clientOption).trimmed();
    if (config.clientId.isEmpty() && !sandbox)
        return usageError(Text::tr("give --client-id ID: the Client ID of the Okta OIDC app to "
                                   "sign in with"));

    Session session;
    QString error;
    std::unique_ptr<sandbox::SandboxTenant> tenant;
    const QString orgInput = common.connect(parser, &session, &tenant, &error);
    if (!error.isEmpty()) // an empty --okta-org is OrgUrl's to explain, below
        return usageError(error);
    if (sandbox) {
        if (config.clientId.isEmpty()) {
            const QJsonArray clients = tenant->scenario().oktaData.value(u"oidcClients").toArray();
            config.clientId = clients.first().toObject().value(u"client_id").toString();
            if (config.clientId.isEmpty())
                return usageError(Text::tr("the sandbox scenario has no OIDC app; give "
                                           "--client-id"));
        }
    }
    config.org = OrgUrl::parse(orgInput);
    if (!config.org.isValid())
        return usageError(QStringLiteral("--okta-org: ") + config.org.errorMessage());

    // stderr carries the prompt the admin acts on; progress lines (and one "request failed" per
    // authorization_pending poll) would bury it. QT_LOGGING_RULES still turns them back on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("odt.net.info=false\nodt.okta.signin.info=false"));
    QTextStream err(stderr);
    Outcome outcome;
    QEventLoop loop; // the command's own top-level loop: nothing else runs in this process
    const auto finishWith = [&](const QString &message) {
        outcome.error = message;
        loop.quit();
    };
    const auto onSignedIn = [&](const okta::SignInResult &result) {
        outcome.signedIn = true;
        outcome.result = result;
        net::HttpRequest request;
        request.url = config.endpoint(
            QStringLiteral("/api/v1/users/%1/roles")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(result.userId))));
        request.headers.append({ "Authorization", "Bearer " + result.accessToken });
        session.http()->send(request, &loop, [&](const net::JsonResponse &r) {
            if (r.ok()) {
                for (const QJsonValue &value : r.json.array()) {
                    const QJsonObject o = value.toObject();
                    outcome.roles.append(
                        { o.value(u"type").toString(), o.value(u"label").toString(),
                          o.value(u"status").toString(), o.value(u"assignmentType").toString() });
                }
                loop.quit();
            } else if (r.error.kind == net::NetError::Kind::Http
                       && (r.httpStatus == 403 || r.httpStatus == 401)) {
                outcome.rolesNote
                    = Text::tr("Okta would not list this user's admin roles (%1), so they are "
                               "probably not an administrator, or the OIDC app lacks the "
                               "okta.roles.read scope.")
                          .arg(r.error.serviceSummary.isEmpty() ? r.error.technical
                                                                : r.error.serviceSummary);
                loop.quit();
            } else {
                finishWith(Text::tr("Signed in, but the admin roles could not be read: %1")
                               .arg(r.error.message));
            }
        });
    };

    okta::AuthorizationCodeFlow browserFlow(session.http());
    okta::DeviceCodeFlow deviceFlow(session.http());
    if (device) {
        QObject::connect(&deviceFlow, &okta::DeviceCodeFlow::userCodeReady, &loop,
                         [&](const QString &userCode, const QUrl &uri, const QUrl &complete,
                             const QDateTime &expires) {
                             err << Text::tr("To sign in, open %1 on any device and enter the "
                                             "code:")
                                        .arg(uri.toString())
                                 << "\n\n    " << userCode << "\n\n";
                             if (complete.isValid() && !complete.isEmpty())
                                 err << Text::tr("Or open this link, which fills in the code: %1")
                                            .arg(complete.toString())
                                     << '\n';
                             err << Text::tr("Waiting for approval (the code expires at %1)...")
                                        .arg(expires.toLocalTime().toString(Qt::ISODate))
                                 << Qt::endl;
                         });
        QObject::connect(&deviceFlow, &okta::DeviceCodeFlow::signedIn, &loop, onSignedIn);
        QObject::connect(&deviceFlow, &okta::DeviceCodeFlow::failed, &loop, finishWith);
        deviceFlow.start(config);
    } else {
        const bool gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
        browserFlow.setOpensBrowser(gui);
        QObject::connect(&browserFlow, &okta::AuthorizationCodeFlow::authorizationUrlReady, &loop,
                         [&](const QUrl &url) {
                             const bool opened = gui || openBrowserHeadless(url);
                             err << (opened ? Text::tr("Your browser opens Okta's sign-in page. "
                                                       "If it does not, open this link in a "
                                                       "browser on this computer:")
                                            : Text::tr("Open this link in a browser on this "
                                                       "computer to sign in:"))
                                 << "\n\n    " << url.toString(QUrl::FullyEncoded) << "\n\n"
                                 << Text::tr("Waiting for the sign-in to finish...") << Qt::endl;
                         });
        QObject::connect(&browserFlow, &okta::AuthorizationCodeFlow::signedIn, &loop, onSignedIn);
        QObject::connect(&browserFlow, &okta::AuthorizationCodeFlow::failed, &loop, finishWith);
        browserFlow.start(config);
    }
    loop.exec();

    if (!outcome.error.isEmpty() || !outcome.signedIn)
        return usageError(outcome.error);
    bool superAdmin = false;
    for (const Role &role : std::as_const(outcome.roles)) {
        if (role.type == QLatin1String("SUPER_ADMIN") && role.status == QLatin1String("ACTIVE"))
            superAdmin = true;
    }
    QTextStream out(stdout);
    if (common.json(parser))
        out << signedInJson(outcome, superAdmin);
    else
        out << signedInText(outcome, superAdmin);
    out.flush();
    return 0;
}

} // namespace odt::cli
