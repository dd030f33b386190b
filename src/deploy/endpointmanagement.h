#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace odt::deploy {

// What the admin copies from Okta's Admin Console (Security → Device integrations → Endpoint
// management), as typed: Okta has no public API for these values. Secrets come from the keychain
// or the environment and are held here only while profiles are generated.
struct EndpointManagementInput
{
    enum class ScepMode { Dynamic, Static };
    enum class EdrPlugin { None, CrowdStrike };

    QString orgUrl;
    QStringList customDomains;
    ScepMode scepMode = ScepMode::Dynamic;
    QString scepUrl;
    QString scepChallenge; // static: the secret key Okta showed once
    QString challengeUrl; // dynamic
    QString scepUsername; // dynamic
    QString scepPassword; // dynamic
    QString scepSubjectName; // empty: defaultScepSubjectName
    QString iosSecretKey; // becomes managementHint on iOS/iPadOS
    QByteArray oktaCaCertificate; // PEM or DER as read from the file; empty: none
    EdrPlugin edrPlugin = EdrPlugin::None;
};

// One thing wrong with an input: which field (the CLI option name without dashes) and a sentence
// saying what is wrong and what to enter instead.
struct InputProblem
{
    QString field;
    QString message;
};

// The validated form. Every URL is https on the org's host or a declared custom domain, secrets
// are non-empty, and the CA certificate (when given) parses and is a CA.
class EndpointManagement
{
public:
    using ScepMode = EndpointManagementInput::ScepMode;
    using EdrPlugin = EndpointManagementInput::EdrPlugin;

    // Iru Endpoint's device variable: every Mac's certificate names the device it belongs to.
    static QString defaultScepSubjectName();

    // The value, or every problem found (all of them, so the admin fixes them in one go).
    static std::optional<EndpointManagement> validate(const EndpointManagementInput &input,
                                                      QList<InputProblem> *problems);

    QUrl orgUrl() const { return m_orgUrl; }
    QString orgHost() const { return m_orgUrl.host(); }
    QStringList customDomains() const { return m_customDomains; }
    // The org host and every custom domain, without scheme: the SSO extension's Hosts.
    QStringList signInHosts() const;

    ScepMode scepMode() const { return m_input.scepMode; }
    // True when the dynamic SCEP values were given (they are optional: only the Iru Endpoint
    // library item uses them, and the admin may type them there directly).
    bool hasDynamicScepValues() const;
    QUrl scepUrl() const { return m_scepUrl; }
    QString scepChallenge() const { return m_input.scepChallenge; }
    QUrl challengeUrl() const { return m_challengeUrl; }
    QString scepUsername() const { return m_input.scepUsername; }
    QString scepPassword() const { return m_input.scepPassword; }
    QString scepSubjectName() const;

    bool hasIosSecretKey() const { return !m_input.iosSecretKey.isEmpty(); }
    QString iosSecretKey() const { return m_input.iosSecretKey; }
    QByteArray oktaCaDer() const { return m_caDer; }
    EdrPlugin edrPlugin() const { return m_input.edrPlugin; }

private:
    EndpointManagementInput m_input;
    QUrl m_orgUrl;
    QStringList m_customDomains;
    QUrl m_scepUrl;
    QUrl m_challengeUrl;
    QByteArray m_caDer;
};

} // namespace odt::deploy
