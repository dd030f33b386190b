#pragma once

#include <QString>
#include <QUrl>

namespace odt::iru {

// The Iru Endpoint (Kandji) API address as an admin enters it, reduced to the origin the API
// lives on. Accepted as is: https://SUBDOMAIN.api.kandji.io, https://SUBDOMAIN.api.eu.kandji.io,
// https://SUBDOMAIN.api.iru.com (the forms Kandji's own iructl accepts). A console address
// (acme.kandji.io, acme.eu.kandji.io, acme.iru.com, with any path) or a bare subdomain is turned
// into the API address, with a suggestion() that says so. https only.
class IruApiUrl
{
public:
    enum class Problem {
        None,
        Empty,
        Malformed,
        PlainHttp,
        UnsupportedScheme,
        HasCredentials,
        NotIruHost, // some other site (an Okta org, a custom domain, Kandji's website)
    };
    enum class Region { Unknown, Us, Eu, Iru, Loopback };

    static IruApiUrl parse(const QString &input);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // A sentence for the admin: what is wrong and what to enter instead.
    QString errorMessage() const { return m_message; }
    // Non-empty when the input was not the API address itself (console URL, bare subdomain):
    // which API address is used and why, for the admin to see before connecting.
    QString suggestion() const { return m_suggestion; }
    // https://host[:port], no path. Empty when invalid.
    QUrl url() const { return m_url; }
    QString toString() const { return m_url.toString(); }
    QString host() const { return m_url.host(); }
    QString subdomain() const { return m_subdomain; }
    Region region() const { return m_region; }
    bool isLoopback() const { return m_region == Region::Loopback; }
    // The tenant's web console (https://acme.kandji.io), where the admin manages API tokens.
    // Empty for loopback addresses.
    QUrl consoleUrl() const;

private:
    static IruApiUrl failure(Problem problem, const QString &message);
    static IruApiUrl api(const QString &subdomain, Region region, int port,
                         const QString &suggestion);

    QUrl m_url;
    Problem m_problem = Problem::Empty;
    Region m_region = Region::Unknown;
    QString m_subdomain;
    QString m_message;
    QString m_suggestion;
};

} // namespace odt::iru
