#pragma once

#include <QString>
#include <QStringList>

namespace odt::net {

// A failed request as a value: what kind of failure, a sentence for the admin, and the raw
// evidence.
struct NetError
{
    enum class Kind {
        None,
        InsecureUrl, // refused before sending: not https
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Tls,
        Http, // the server answered with a non-2xx status
        InvalidJson,
        Network, // anything else below HTTP (reset, proxy, …)
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // what failed, why, what to do
    QString technical; // evidence: Qt's error string, status line, TLS errors

    // What the service said, when it said it in a known error shape.
    QString serviceCode; // Okta errorCode (E0000006) or OAuth error (invalid_grant)
    QString serviceSummary; // errorSummary / error_description / Iru "detail" or message
    QString requestId; // Okta errorId, for Okta Support
    QStringList causes; // Okta errorCauses[].errorSummary

    bool isError() const { return kind != Kind::None; }
};

} // namespace odt::net
