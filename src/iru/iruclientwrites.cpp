// The Iru Endpoint write operations of IruClient: custom profiles and Blueprint assignments.
#include "iru/iruclient.h"

#include "net/multipartform.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace odt::iru {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(odt::iru::IruClient)
};

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

net::MultipartForm toMultipart(const CustomProfileForm &form)
{
    net::MultipartForm multipart;
    if (form.name)
        multipart.addField(QStringLiteral("name"), *form.name);
    if (form.mobileconfig)
        multipart.addFile(QStringLiteral("file"), form.fileName, *form.mobileconfig,
                          "application/x-apple-aspen-config");
    if (form.active)
        multipart.addField(QStringLiteral("active"), boolean(*form.active));
    if (form.runsOnMac)
        multipart.addField(QStringLiteral("runs_on_mac"), boolean(*form.runsOnMac));
    if (form.runsOnIPhone)
        multipart.addField(QStringLiteral("runs_on_iphone"), boolean(*form.runsOnIPhone));
    if (form.runsOnIPad)
        multipart.addField(QStringLiteral("runs_on_ipad"), boolean(*form.runsOnIPad));
    return multipart;
}

IruResult<CustomProfile> toProfile(const IruResult<QJsonDocument> &response, const QString &host)
{
    IruResult<CustomProfile> result;
    result.operation = response.operation;
    result.error = response.error;
    if (result.ok()) {
        result.value = CustomProfile::fromJson(response.value.object());
        if (result.value.id.isEmpty()) {
            result.error.kind = net::NetError::Kind::InvalidJson;
            result.error.technical = QStringLiteral("no \"id\" in the answer");
            result.error.message = Text::tr("%1 answered %2 without the profile's id; read the "
                                            "tenant back before retrying.")
                                       .arg(host, response.operation);
        }
    }
    return result;
}

// The 400 texts that say an assignment already is as asked (reference A2, and iructl's marker).
bool alreadyAsAsked(bool assign, const QString &said)
{
    if (assign)
        return said.contains(QLatin1String("already exists on Blueprint"))
            || said.contains(QLatin1String("already exists in Assignment Node"))
            || said.contains(QLatin1String("can only have one of this Library Item type"));
    return said.contains(QLatin1String("does not exist on Blueprint"))
        || said.contains(QLatin1String("does not exist in Assignment Node"));
}

} // namespace

IruRequest IruClient::createCustomProfile(const CustomProfileForm &form, QObject *context,
                                          Callback<CustomProfile> callback)
{
    const net::MultipartForm multipart = toMultipart(form);
    return send("POST", QStringLiteral("/api/v1/library/custom-profiles"), multipart.body(),
                multipart.contentType(), context,
                [callback = std::move(callback),
                 host = host()](const IruResult<QJsonDocument> &response, int) {
                    callback(toProfile(response, host));
                });
}

IruRequest IruClient::updateCustomProfile(const QString &id, const CustomProfileForm &form,
                                          QObject *context, Callback<CustomProfile> callback)
{
    const net::MultipartForm multipart = toMultipart(form);
    return send("PATCH", QStringLiteral("/api/v1/library/custom-profiles/") + segment(id),
                multipart.body(), multipart.contentType(), context,
                [callback = std::move(callback),
                 host = host()](const IruResult<QJsonDocument> &response, int) {
                    callback(toProfile(response, host));
                });
}

IruRequest IruClient::deleteCustomProfile(const QString &id, QObject *context,
                                          Callback<bool> callback)
{
    return send(
        "DELETE", QStringLiteral("/api/v1/library/custom-profiles/") + segment(id), {}, {}, context,
        [callback = std::move(callback)](const IruResult<QJsonDocument> &response, int status) {
            IruResult<bool> result;
            result.operation = response.operation;
            result.error = response.error;
            result.value = result.ok();
            if (status == 404) { // already gone: what a delete wants
                result.error = {};
                result.value = false;
            }
            callback(result);
        });
}

IruRequest IruClient::assignLibraryItem(const QString &blueprintId, const QString &libraryItemId,
                                        const QString &nodeId, QObject *context,
                                        Callback<AssignmentChange> callback)
{
    return changeAssignment(true, blueprintId, libraryItemId, nodeId, context, std::move(callback));
}

IruRequest IruClient::removeLibraryItem(const QString &blueprintId, const QString &libraryItemId,
                                        const QString &nodeId, QObject *context,
                                        Callback<AssignmentChange> callback)
{
    return changeAssignment(false, blueprintId, libraryItemId, nodeId, context,
                            std::move(callback));
}

IruRequest IruClient::changeAssignment(bool assign, const QString &blueprintId,
                                       const QString &libraryItemId, const QString &nodeId,
                                       QObject *context, Callback<AssignmentChange> callback)
{
    QJsonObject body { { QStringLiteral("library_item_id"), libraryItemId } };
    if (!nodeId.isEmpty())
        body.insert(QStringLiteral("assignment_node_id"), nodeId);
    const QString path = QStringLiteral("/api/v1/blueprints/%1/%2")
                             .arg(segment(blueprintId),
                                  assign ? QStringLiteral("assign-library-item")
                                         : QStringLiteral("remove-library-item"));
    return send(
        "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
        context,
        [assign, callback = std::move(callback)](const IruResult<QJsonDocument> &response,
                                                 int status) {
            IruResult<AssignmentChange> result;
            result.operation = response.operation;
            result.error = response.error;
            if (result.ok()) {
                result.value.changed = true;
                for (const QJsonValue &id : response.value.array())
                    result.value.itemIds.append(id.toString());
            } else if (status == 400 && alreadyAsAsked(assign, result.error.serviceSummary)) {
                result.error = {};
                result.value.changed = false;
            } else if (status == 400) {
                result.error.message = Text::tr("Iru Endpoint refused %1: \"%2\".")
                                           .arg(response.operation, result.error.serviceSummary);
            }
            callback(result);
        });
}

} // namespace odt::iru
