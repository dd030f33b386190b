#pragma once

#include "iru/iruclient.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace odt::deploy {

// What the tenant holds, read back: every custom profile, and the library items on each Blueprint
// in scope.
struct TenantState
{
    QList<iru::CustomProfile> customProfiles;
    QHash<QString, QStringList> blueprintItems; // Blueprint id → library item ids
    QHash<QString, QString> itemNames; // library item id → name (from the Blueprint lists)

    const iru::CustomProfile *customProfile(const QString &id) const;
};

// Reads a TenantState: the custom profiles and each Blueprint's library items in parallel (the
// HttpClient's governor keeps the pace within Iru's budget).
class TenantStateReader : public QObject
{
    Q_OBJECT
public:
    TenantStateReader(iru::IruClient *client, const QStringList &blueprintIds,
                      QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const odt::deploy::TenantState &state);
    void failed(const QString &operation, const odt::net::NetError &error);

private:
    void partDone();
    void fail(const QString &operation, const net::NetError &error);

    iru::IruClient *m_client;
    QStringList m_blueprintIds;
    TenantState m_state;
    int m_pending = 0;
    bool m_failed = false;
    QList<iru::IruRequest> m_requests;
};

} // namespace odt::deploy
