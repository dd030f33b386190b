#include "deploy/tenantstate.h"

namespace odt::deploy {

const iru::CustomProfile *TenantState::customProfile(const QString &id) const
{
    for (const iru::CustomProfile &profile : customProfiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

TenantStateReader::TenantStateReader(iru::IruClient *client, const QStringList &blueprintIds,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_blueprintIds(blueprintIds)
{ }

void TenantStateReader::start()
{
    m_pending = 1 + int(m_blueprintIds.size());
    m_requests.append(m_client->customProfiles(
        this, [this](const iru::IruResult<QList<iru::CustomProfile>> &result) {
            if (!result.ok())
                return fail(result.operation, result.error);
            m_state.customProfiles = result.value;
            partDone();
        }));
    for (const QString &id : std::as_const(m_blueprintIds)) {
        m_requests.append(m_client->blueprintLibraryItems(
            id, this, [this, id](const iru::IruResult<QList<iru::LibraryItemRef>> &result) {
                if (!result.ok())
                    return fail(result.operation, result.error);
                QStringList ids;
                for (const iru::LibraryItemRef &item : result.value) {
                    ids.append(item.id);
                    m_state.itemNames.insert(item.id, item.name);
                }
                m_state.blueprintItems.insert(id, ids);
                partDone();
            }));
    }
}

void TenantStateReader::partDone()
{
    if (!m_failed && --m_pending == 0)
        Q_EMIT finished(m_state);
}

void TenantStateReader::fail(const QString &operation, const net::NetError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    for (iru::IruRequest &request : m_requests)
        request.cancel();
    Q_EMIT failed(operation, error);
}

} // namespace odt::deploy
