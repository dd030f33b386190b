#pragma once

#include <QString>
#include <QUrl>

namespace odt {

// An Okta org URL as an admin types it, reduced to the origin the APIs live on:
// scheme added, `-admin` host folded to the org host, path/query/fragment dropped, https only.
class OrgUrl
{
public:
    enum class Problem { None, Empty, Malformed, PlainHttp, UnsupportedScheme, HasCredentials };

    static OrgUrl parse(const QString &input);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // A sentence for the admin: what is wrong and what to type instead.
    QString errorMessage() const { return m_message; }
    // https://host[:port], no trailing slash. Empty when invalid.
    QUrl url() const { return m_url; }
    QString toString() const { return m_url.toString(); }
    QString host() const { return m_url.host(); }
    // True when the admin console host (`acme-admin.okta.com`) was folded to the org host.
    bool foldedAdminHost() const { return m_foldedAdmin; }

    // Hosts under which Okta issues org subdomains (custom domains are allowed too).
    static bool isOktaDomain(const QString &host);

private:
    static OrgUrl failure(Problem problem, const QString &message);

    QUrl m_url;
    Problem m_problem = Problem::Empty;
    QString m_message;
    bool m_foldedAdmin = false;
};

} // namespace odt
