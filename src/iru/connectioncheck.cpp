#include "iru/connectioncheck.h"

#include "iru/iruapiurl.h"

#include <QTimer>

namespace odt::iru {

ConnectionCheck::ConnectionCheck(IruClient *client, QObject *parent)
    : Check(parent)
    , m_client(client)
{ }

void ConnectionCheck::start()
{
    CheckResult r;
    r.id = checkId;
    if (!m_client) {
        r.status = CheckStatus::Error;
        r.title = tr("No Iru Endpoint connection");
        r.detail = tr("No Iru Endpoint API URL and token were given.");
        r.remediation = tr("Enter the tenant's API URL and an API token from the Iru Endpoint "
                           "console (Access → API tokens).");
        QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
        return;
    }
    const QString host = m_client->host();
    r.link = IruApiUrl::parse(m_client->apiUrl().toString()).consoleUrl().toString();
    m_request = m_client->probe(this, [this, r, host](const IruResult<int> &probe) mutable {
        const QString operation = probe.operation + QStringLiteral("?limit=1");
        r.evidence.append(QStringLiteral("host: %1").arg(host));
        if (probe.ok()) {
            r.status = CheckStatus::Pass;
            r.title = tr("Connected to Iru Endpoint");
            r.detail
                = tr("%1 accepted the API token and lists %n Blueprint(s).", nullptr, probe.value)
                      .arg(host);
            r.evidence.append(
                QStringLiteral("%1: HTTP 200, count=%2").arg(operation).arg(probe.value));
            Q_EMIT finished(r);
            return;
        }
        const net::NetError &error = probe.error;
        QString said = error.technical;
        if (error.httpStatus != 0)
            said = QStringLiteral("HTTP %1").arg(error.httpStatus);
        if (!error.serviceSummary.isEmpty())
            said += QStringLiteral(" \"%1\"").arg(error.serviceSummary);
        r.evidence.append(QStringLiteral("%1: %2").arg(operation, said));
        r.detail = error.message;
        using Kind = net::NetError::Kind;
        // What the admin fixes in the console or the address is a Fail; the rest (network, TLS,
        // 5xx, rate limit) means the question could not be answered: Error.
        if (probe.isUnauthorized()) {
            r.status = CheckStatus::Fail;
            r.title = tr("The Iru Endpoint API token was refused");
            r.remediation = tr("In the Iru Endpoint console open Access → API tokens, add a new "
                               "token (it is shown only once) and enter it here.");
        } else if (probe.isForbidden()) {
            r.status = CheckStatus::Fail;
            r.title = tr("The Iru Endpoint API token may not read Blueprints");
            r.remediation = tr("In the Iru Endpoint console open Access → API tokens, choose "
                               "Configure on this token and allow the permission for "
                               "/api/v1/blueprints.");
        } else if (error.httpStatus == 404 || error.kind == Kind::InvalidJson
                   || error.kind == Kind::HostNotFound) {
            r.status = CheckStatus::Fail;
            r.title = tr("%1 is not the tenant's API URL").arg(host);
            r.remediation = tr("Copy the API URL shown in the Iru Endpoint console under Access → "
                               "API tokens (https://SUBDOMAIN.api.kandji.io, "
                               "https://SUBDOMAIN.api.eu.kandji.io or "
                               "https://SUBDOMAIN.api.iru.com).");
        } else {
            r.status = CheckStatus::Error;
            r.title = tr("Could not reach Iru Endpoint");
            r.remediation = tr("Check the network connection to %1 and retry.").arg(host);
        }
        Q_EMIT finished(r);
    });
}

} // namespace odt::iru
