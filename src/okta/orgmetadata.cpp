#include "okta/orgmetadata.h"

#include <QJsonObject>

namespace odt::okta {

WellKnownOrgMetadata WellKnownOrgMetadata::fromJson(const QJsonObject &object)
{
    WellKnownOrgMetadata metadata;
    metadata.id = object.value(QLatin1String("id")).toString();
    metadata.pipelineValue = object.value(QLatin1String("pipeline")).toString();
    if (metadata.pipelineValue == QLatin1String("idx"))
        metadata.pipeline = Pipeline::IdentityEngine;
    else if (metadata.pipelineValue == QLatin1String("v1"))
        metadata.pipeline = Pipeline::Classic;
    const QJsonObject links = object.value(QLatin1String("_links")).toObject();
    metadata.organizationUrl = QUrl(links.value(QLatin1String("organization"))
                                        .toObject()
                                        .value(QLatin1String("href"))
                                        .toString());
    metadata.alternateUrl = QUrl(
        links.value(QLatin1String("alternate")).toObject().value(QLatin1String("href")).toString());
    return metadata;
}

OrgMetadataClient::OrgMetadataClient(net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

QUrl OrgMetadataClient::wellKnownUrl(const OrgUrl &org)
{
    QUrl url = org.url();
    url.setPath(QStringLiteral("/.well-known/okta-organization"));
    return url;
}

net::RequestHandle OrgMetadataClient::fetch(const OrgUrl &org, QObject *context, Callback callback)
{
    const QString host = org.host();
    return m_http->getJson(
        wellKnownUrl(org), context,
        [callback = std::move(callback), host](const net::JsonResponse &r) {
            OrgMetadataResult result;
            result.error = r.error;
            // Any host answers some URL; only an Okta org answers this one with its metadata.
            const auto notOkta = [&](const QString &why) {
                result.error.kind = net::NetError::Kind::InvalidJson;
                result.error.technical = why;
                result.error.message
                    = tr("%1 does not look like an Okta organization: it has no Okta "
                         "organization metadata (%2). Check the address: it is the URL you sign "
                         "in to Okta with, such as https://acme.okta.com.")
                          .arg(host, why);
            };
            if (r.error.kind == net::NetError::Kind::Http && r.httpStatus == 404) {
                notOkta(QStringLiteral("HTTP 404 for /.well-known/okta-organization"));
            } else if (r.error.kind == net::NetError::Kind::Http && r.httpStatus == 429) {
                result.error.message = tr("Okta is rate-limiting requests from this network "
                                          "(HTTP 429). Wait a minute, then retry.");
            } else if (r.error.kind == net::NetError::Kind::InvalidJson) {
                notOkta(QStringLiteral("the response is not JSON"));
            } else if (r.ok()) {
                if (!r.json.isObject()) {
                    notOkta(QStringLiteral("the response is not a JSON object"));
                } else {
                    result.metadata = WellKnownOrgMetadata::fromJson(r.json.object());
                    if (result.metadata.id.isEmpty() || result.metadata.pipelineValue.isEmpty())
                        notOkta(QStringLiteral("the response has no \"id\" or \"pipeline\""));
                }
            }
            callback(result);
        });
}

} // namespace odt::okta
