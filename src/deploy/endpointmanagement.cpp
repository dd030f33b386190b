#include "deploy/endpointmanagement.h"

#include "core/orgurl.h"
#include "crypto/profilesigner.h"

#include <QCoreApplication>

namespace odt::deploy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::deploy::EndpointManagement)
};

class Validator
{
public:
    explicit Validator(QList<InputProblem> *problems)
        : m_problems(problems)
    { }

    void problem(const QString &field, const QString &message)
    {
        m_problems->append({ field, message });
    }

    // An https URL on one of `hosts`; `what` names it in messages ("the SCEP URL").
    QUrl url(const QString &field, const QString &what, const QString &text,
             const QStringList &hosts)
    {
        const QString sentenceStart = what.left(1).toUpper() + what.mid(1);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            problem(field, Text::tr("Enter %1 shown in Okta's Admin Console.").arg(what));
            return {};
        }
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            problem(field, Text::tr("%1 \"%2\" is not a valid URL.").arg(sentenceStart, trimmed));
            return {};
        }
        if (url.scheme() != QLatin1String("https")) {
            problem(field,
                    Text::tr("%1 must use https://, not \"%2://\": Okta serves SCEP only over "
                             "HTTPS.")
                        .arg(sentenceStart, url.scheme()));
            return {};
        }
        if (!url.userInfo().isEmpty()) {
            problem(field,
                    Text::tr("%1 must not contain a user name or password.").arg(sentenceStart));
            return {};
        }
        if (!hosts.contains(url.host())) {
            problem(field,
                    Text::tr("%1 is on %2, which is neither the Okta org (%3) nor a declared "
                             "custom domain. Copy it again from Okta, or add the domain with "
                             "--custom-domain.")
                        .arg(sentenceStart, url.host(), hosts.constFirst()));
            return {};
        }
        return url;
    }

    void secret(const QString &field, const QString &what, const QString &value)
    {
        if (value.trimmed().isEmpty())
            problem(field, Text::tr("%1 is empty.").arg(what.left(1).toUpper() + what.mid(1)));
    }

private:
    QList<InputProblem> *m_problems;
};

} // namespace

QString EndpointManagement::defaultScepSubjectName()
{
    return QStringLiteral("$SERIAL_NUMBER managementAttestation");
}

std::optional<EndpointManagement> EndpointManagement::validate(const EndpointManagementInput &input,
                                                               QList<InputProblem> *problems)
{
    problems->clear();
    Validator check(problems);
    EndpointManagement value;
    value.m_input = input;

    const OrgUrl org = OrgUrl::parse(input.orgUrl);
    if (!org.isValid()) {
        check.problem(QStringLiteral("okta-org"), org.errorMessage());
        return std::nullopt; // every other check is relative to the org
    }
    value.m_orgUrl = org.url();

    for (const QString &text : input.customDomains) {
        const OrgUrl domain = OrgUrl::parse(text);
        if (!domain.isValid()) {
            check.problem(QStringLiteral("custom-domain"),
                          Text::tr("Custom domain \"%1\": %2").arg(text, domain.errorMessage()));
            continue;
        }
        if (domain.url().port() != -1 || domain.host() == value.orgHost()) {
            check.problem(QStringLiteral("custom-domain"),
                          Text::tr("Custom domain \"%1\" must be a host name other than the org "
                                   "host, without a port, for example login.acme.com.")
                              .arg(text));
            continue;
        }
        if (!value.m_customDomains.contains(domain.host()))
            value.m_customDomains.append(domain.host());
    }
    const QStringList hosts = value.signInHosts();

    const bool dynamic = input.scepMode == ScepMode::Dynamic;
    if (dynamic) {
        const bool any = !input.scepUrl.isEmpty() || !input.challengeUrl.isEmpty()
            || !input.scepUsername.isEmpty() || !input.scepPassword.isEmpty();
        if (any) {
            value.m_scepUrl = check.url(QStringLiteral("scep-url"), Text::tr("the SCEP URL"),
                                        input.scepUrl, hosts);
            value.m_challengeUrl
                = check.url(QStringLiteral("scep-challenge-url"), Text::tr("the challenge URL"),
                            input.challengeUrl, hosts);
            check.secret(QStringLiteral("scep-username"), Text::tr("the SCEP user name"),
                         input.scepUsername);
            check.secret(QStringLiteral("scep-password-env"), Text::tr("the SCEP password"),
                         input.scepPassword);
        }
        if (!input.scepChallenge.isEmpty())
            check.problem(QStringLiteral("scep-challenge-env"),
                          Text::tr("A static challenge was given in dynamic mode: a dynamic SCEP "
                                   "profile fetches a new challenge per device. Use "
                                   "--scep-mode static, or leave the challenge out."));
    } else {
        value.m_scepUrl
            = check.url(QStringLiteral("scep-url"), Text::tr("the SCEP URL"), input.scepUrl, hosts);
        check.secret(QStringLiteral("scep-challenge-env"),
                     Text::tr("the SCEP secret key (the static challenge)"), input.scepChallenge);
        if (!input.challengeUrl.isEmpty() || !input.scepUsername.isEmpty()
            || !input.scepPassword.isEmpty())
            check.problem(QStringLiteral("scep-mode"),
                          Text::tr("A challenge URL, user name or password belongs to dynamic "
                                   "SCEP; in static mode Okta gives only the SCEP URL and a "
                                   "secret key."));
    }
    if (input.scepSubjectName.contains(QLatin1Char('\n')))
        check.problem(QStringLiteral("scep-subject"),
                      Text::tr("The certificate subject must be one line."));

    if (!input.oktaCaCertificate.isEmpty()) {
        QString why;
        if (const auto der = crypto::caCertificateDer(input.oktaCaCertificate, &why))
            value.m_caDer = *der;
        else
            check.problem(QStringLiteral("okta-ca"),
                          Text::tr("The Okta CA certificate: %1").arg(why));
    }

    if (!problems->isEmpty())
        return std::nullopt;
    return value;
}

QStringList EndpointManagement::signInHosts() const
{
    return QStringList { orgHost() } + m_customDomains;
}

bool EndpointManagement::hasDynamicScepValues() const
{
    return scepMode() == ScepMode::Dynamic && m_scepUrl.isValid() && !m_scepUrl.isEmpty();
}

QString EndpointManagement::scepSubjectName() const
{
    return m_input.scepSubjectName.trimmed().isEmpty() ? defaultScepSubjectName()
                                                       : m_input.scepSubjectName.trimmed();
}

} // namespace odt::deploy
