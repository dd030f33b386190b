#pragma once

#include "core/check.h"
#include "iru/iruclient.h"

#include <QPointer>

namespace odt::iru {

// iru.connection: the API URL and token reach the tenant and may read its Blueprints (one cheap
// GET /api/v1/blueprints?limit=1). Every other Iru check depends on it.
class ConnectionCheck : public Check
{
    Q_OBJECT
public:
    static inline const QString checkId = QStringLiteral("iru.connection");

    explicit ConnectionCheck(IruClient *client, QObject *parent = nullptr);

    QString id() const override { return checkId; }
    void start() override;
    void cancel() { m_request.cancel(); }

private:
    QPointer<IruClient> m_client;
    IruRequest m_request;
};

} // namespace odt::iru
