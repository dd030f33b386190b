#pragma once

#include "core/check.h"
#include "core/orgurl.h"
#include "net/httpclient.h"

namespace odt::okta {

class OrgMetadataClient;

// okta.engine: ODT needs Okta Identity Engine (pipeline `idx`); Classic (`v1`) must migrate first.
class EngineCheck : public Check
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("okta.engine");
    static inline const QString migrationLink
        = QStringLiteral("https://help.okta.com/okta_help.htm?type=oie&id=ext-oie-version");

    EngineCheck(OrgMetadataClient *client, const OrgUrl &org, QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;
    void cancel() { m_request.cancel(); }

private:
    OrgMetadataClient *m_client;
    OrgUrl m_org;
    net::RequestHandle m_request;
};

} // namespace odt::okta
