#include "resourceoperations.h"

#include <QDateTime>
#include <QUrl>

namespace Kaji::Kube {

QByteArray ResourceOperations::objectPath(const ApiResource &resource, const QString &ns, const QString &name)
{
    return resource.collectionPath(ns) + '/' + QUrl::toPercentEncoding(name);
}

void ResourceOperations::scale(const ApiResource &resource, const QString &ns, const QString &name, int replicas,
                               ApiClient::ResultHandler done)
{
    const nlohmann::json patch = {{"spec", {{"replicas", replicas}}}};
    m_client->send("PATCH", objectPath(resource, ns, name) + "/scale", QByteArray::fromStdString(patch.dump()),
                   std::move(done), "application/merge-patch+json");
}

void ResourceOperations::restart(const ApiResource &resource, const QString &ns, const QString &name,
                                 ApiClient::ResultHandler done)
{
    const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const nlohmann::json patch = {
        {"spec", {{"template", {{"metadata", {{"annotations", {{"kubectl.kubernetes.io/restartedAt", now}}}}}}}}}};
    m_client->send("PATCH", objectPath(resource, ns, name), QByteArray::fromStdString(patch.dump()), std::move(done),
                   "application/strategic-merge-patch+json");
}

void ResourceOperations::remove(const ApiResource &resource, const QString &ns, const QString &name,
                                ApiClient::ResultHandler done)
{
    // Owned objects go too, in the background, as with kubectl delete.
    const nlohmann::json options = {{"kind", "DeleteOptions"}, {"apiVersion", "v1"}, {"propagationPolicy", "Background"}};
    m_client->send("DELETE", objectPath(resource, ns, name), QByteArray::fromStdString(options.dump()), std::move(done));
}

void ResourceOperations::setUnschedulable(const QString &node, bool unschedulable, ApiClient::ResultHandler done)
{
    const nlohmann::json patch = {{"spec", {{"unschedulable", unschedulable ? nlohmann::json(true) : nlohmann::json(nullptr)}}}};
    m_client->send("PATCH", "/api/v1/nodes/" + QUrl::toPercentEncoding(node), QByteArray::fromStdString(patch.dump()),
                   std::move(done), "application/strategic-merge-patch+json");
}

void ResourceOperations::review(Operation operation, const ApiResource &resource, const QString &ns, const QString &name,
                                ApiClient::ResultHandler done)
{
    nlohmann::json attributes = {{"group", resource.group.toStdString()}, {"resource", resource.resource.toStdString()},
                                 {"name", name.toStdString()}};
    if (resource.namespaced)
        attributes["namespace"] = ns.toStdString();
    switch (operation) {
    case Operation::Scale:
        attributes["verb"] = "patch";
        attributes["subresource"] = "scale";
        break;
    case Operation::Delete: attributes["verb"] = "delete"; break;
    case Operation::Restart:
    case Operation::Cordon:
    case Operation::Uncordon:
    case Operation::Edit: attributes["verb"] = "patch"; break;
    }
    const nlohmann::json review = {{"apiVersion", "authorization.k8s.io/v1"},
                                   {"kind", "SelfSubjectAccessReview"},
                                   {"spec", {{"resourceAttributes", attributes}}}};
    m_client->send("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", QByteArray::fromStdString(review.dump()),
                   std::move(done));
}

} // namespace Kaji::Kube
