#include "okta/checks/fastpasscheck.h"

namespace odt::okta {

namespace {

const QString oktaVerifyKey = QStringLiteral("okta_verify");
const QString fastPassKey = QStringLiteral("okta_verify_fastpass");
const QString signedNonce = QStringLiteral("signed_nonce");
const QString active = QStringLiteral("ACTIVE");

const Authenticator *findKey(const QList<Authenticator> &all, const QString &key)
{
    for (const Authenticator &authenticator : all) {
        if (authenticator.key == key)
            return &authenticator;
    }
    return nullptr;
}

QString userVerificationOf(const Authenticator *preferred, const Authenticator *fallback)
{
    for (const Authenticator *a : { preferred, fallback }) {
        if (a && a->settings.contains(u"userVerification"))
            return a->settings.value(u"userVerification").toString();
    }
    return {};
}

QString describe(const Authenticator &a)
{
    QString text = QStringLiteral("%1 %2 (%3)").arg(a.key, a.status, a.id);
    if (a.settings.contains(u"userVerification"))
        text += QStringLiteral(", userVerification=")
            + a.settings.value(u"userVerification").toString();
    return text;
}

} // namespace

FastPassCheck::FastPassCheck(OktaClient *client, const OrgUrl &org, QObject *parent)
    : OktaCheck(client, org, parent)
{ }

QString FastPassCheck::userVerificationText(const QString &value)
{
    if (value == QLatin1String("REQUIRED"))
        return tr("Required");
    if (value == QLatin1String("PREFERRED"))
        return tr("Preferred");
    if (value == QLatin1String("DISCOURAGED"))
        return tr("Discouraged");
    if (value.isEmpty())
        return tr("not reported");
    return value;
}

void FastPassCheck::start()
{
    m_request = m_client->authenticators(this, [this](const OktaResult<QList<Authenticator>> &r) {
        if (!r.ok())
            return finishWithError(tr("Could not read the authenticators"), r);
        const Authenticator *oktaVerify = findKey(r.value, oktaVerifyKey);
        const Authenticator *split = findKey(r.value, fastPassKey);
        QStringList seen;
        for (const Authenticator *a : { oktaVerify, split }) {
            if (a)
                seen.append(describe(*a));
        }
        QStringList evidence { QStringLiteral("%1: %2").arg(
            r.operation,
            seen.isEmpty() ? QStringLiteral("no okta_verify") : seen.join(QStringLiteral("; "))) };
        const QString verification
            = tr("User verification: %1.")
                  .arg(userVerificationText(userVerificationOf(split, oktaVerify)));

        if (split) {
            // Flexible Okta Verify configuration: FastPass is an authenticator of its own.
            CheckResult c;
            if (split->status == active) {
                c = result(CheckStatus::Pass, tr("Okta FastPass is enabled"));
                c.detail = tr("The Okta FastPass authenticator (okta_verify_fastpass, flexible "
                              "Okta Verify configuration) is active.")
                    + QLatin1Char(' ') + verification;
            } else {
                c = result(CheckStatus::Fail, tr("Okta FastPass is not enabled"));
                c.detail = tr("The Okta FastPass authenticator (okta_verify_fastpass, flexible "
                              "Okta Verify configuration) is inactive, so devices cannot sign "
                              "in with Okta FastPass and Okta Device Trust has nothing to "
                              "build on.")
                    + QLatin1Char(' ') + verification;
                c.remediation = tr("In the Admin Console, open Security > Authenticators, and "
                                   "on the Okta FastPass authenticator choose Actions > "
                                   "Activate.");
            }
            c.evidence = evidence;
            Q_EMIT finished(c);
            return;
        }
        if (!oktaVerify) {
            CheckResult c = result(CheckStatus::Fail, tr("Okta Verify is not set up"));
            c.detail = tr("The org has no Okta Verify authenticator. Okta FastPass is part of "
                          "Okta Verify, and Okta Device Trust signs in with it.");
            c.remediation = tr("In the Admin Console, open Security > Authenticators > Add "
                               "authenticator > Okta Verify, and tick Okta FastPass.");
            c.evidence = evidence;
            Q_EMIT finished(c);
            return;
        }
        if (oktaVerify->status != active) {
            CheckResult c = result(CheckStatus::Fail, tr("Okta Verify is not active"));
            c.detail = tr("The Okta Verify authenticator is %1, so Okta FastPass cannot be "
                          "used.")
                           .arg(oktaVerify->status.toLower())
                + QLatin1Char(' ') + verification;
            c.remediation = tr("In the Admin Console, open Security > Authenticators, choose "
                               "Okta Verify > Actions > Activate, then Edit and tick Okta "
                               "FastPass.");
            c.evidence = evidence;
            Q_EMIT finished(c);
            return;
        }
        checkSignedNonce(*oktaVerify, evidence);
    });
}

void FastPassCheck::checkSignedNonce(const Authenticator &oktaVerify, const QStringList &evidence)
{
    const QString verification
        = tr("User verification: %1.")
              .arg(userVerificationText(oktaVerify.settings.value(u"userVerification").toString()));
    m_request = m_client->authenticatorMethod(
        oktaVerify.id, signedNonce, this,
        [this, evidence, verification](const OktaResult<AuthenticatorMethod> &m) {
            // An Okta Verify without the method at all has FastPass off too.
            const bool missing = m.error.httpStatus == 404;
            if (!m.ok() && !missing)
                return finishWithError(tr("Could not read the Okta FastPass method"), m);
            CheckResult c;
            if (!missing && m.value.status == active) {
                c = result(CheckStatus::Pass, tr("Okta FastPass is enabled"));
                c.detail = tr("Okta Verify is active with its Okta FastPass method "
                              "(signed_nonce).")
                    + QLatin1Char(' ') + verification;
            } else {
                c = result(CheckStatus::Fail, tr("Okta FastPass is not enabled"));
                c.detail = tr("Okta Verify is active, but its Okta FastPass method "
                              "(signed_nonce) is not, so devices cannot sign in with Okta "
                              "FastPass and Okta Device Trust has nothing to build on.")
                    + QLatin1Char(' ') + verification;
                c.remediation = tr("In the Admin Console, open Security > Authenticators > Okta "
                                   "Verify > Edit > Okta FastPass, tick it and save.");
            }
            c.evidence = evidence;
            c.evidence.append(missing ? errorEvidence(m.operation, m.error)
                                      : QStringLiteral("%1: %2").arg(m.operation, m.value.status));
            Q_EMIT finished(c);
        });
}

} // namespace odt::okta
