#pragma once

#include "core/orgurl.h"
#include "net/httpclient.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace odt::okta {

// `GET /.well-known/okta-organization` (operation getWellknownOrgMetadata, no authentication).
struct WellKnownOrgMetadata
{
    enum class Pipeline { Unknown, IdentityEngine, Classic };

    QString id;
    Pipeline pipeline = Pipeline::Unknown;
    QString pipelineValue; // as sent: "idx", "v1", or anything newer
    QUrl organizationUrl; // _links.organization.href: the canonical Okta-domain URL
    QUrl alternateUrl; // _links.alternate.href: the custom domain, when there is one

    static WellKnownOrgMetadata fromJson(const QJsonObject &object);
};

struct OrgMetadataResult
{
    WellKnownOrgMetadata metadata;
    net::NetError error;
    bool ok() const { return !error.isError(); }
};

class OrgMetadataClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const OrgMetadataResult &)>;

    explicit OrgMetadataClient(net::HttpClient *http, QObject *parent = nullptr);

    // The callback runs only while `context` lives; its death cancels the request.
    net::RequestHandle fetch(const OrgUrl &org, QObject *context, Callback callback);

    static QUrl wellKnownUrl(const OrgUrl &org);

private:
    net::HttpClient *m_http;
};

} // namespace odt::okta
