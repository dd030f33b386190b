#pragma once

#include "core/check.h"
#include "core/orgurl.h"
#include "okta/oktaclient.h"

namespace odt::okta {

// What every Okta readiness check shares: the client, the org, the request in flight, and one
// way to report an operation that could not be answered.
class OktaCheck : public Check
{
    Q_OBJECT
public:
    OktaCheck(OktaClient *client, const OrgUrl &org, QObject *parent = nullptr);

    void cancel() { m_request.cancel(); }

protected:
    // An Error result for an operation Okta did not answer: a 403 names the scope (and role) the
    // credential lacks, anything else says what failed. Never a silent pass.
    template<typename T> void finishWithError(const QString &title, const OktaResult<T> &failed)
    {
        Q_EMIT finished(errorResult(title, failed.error, failed.operation, failed.scope));
    }
    CheckResult errorResult(const QString &title, const net::NetError &error,
                            const QString &operation, const QString &scope) const;
    CheckResult result(CheckStatus status, const QString &title) const;

    // "GET /api/v1/…: HTTP 403 E0000006" and the like.
    static QString errorEvidence(const QString &operation, const net::NetError &error);

    OktaClient *m_client;
    OrgUrl m_org;
    OktaRequest m_request;
};

} // namespace odt::okta
