#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Plain data; any thread.
namespace Kaji::Kube {

// One kind of object the API server serves, at its preferred version, as
// discovery reports it: built-in kinds and custom resources alike.
struct ApiResource {
    QString group; // empty for the core group
    QString version;
    QString resource; // plural, as in the URL: "deployments"
    QString kind; // "Deployment"
    bool namespaced = false;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;

    // "deployments.apps", "pods": unique per cluster, what kubectl accepts.
    QString id() const;
    bool allows(const QString &verb) const { return verbs.contains(verb); }
    // Its collection, across namespaces or in one ("/apis/apps/v1/namespaces/shop/deployments").
    QByteArray collectionPath(const QString &namespaceName = {}) const;
    // True for what Kubernetes itself serves (a group without a dot, or one
    // under k8s.io), false for custom resources.
    bool isBuiltIn() const;

    bool operator==(const ApiResource &) const = default;
};

// Reads an aggregated discovery document (APIGroupDiscoveryList, v2 or
// v2beta1) of /api or /apis: the preferred version of every group, top-level
// resources only (no subresources), those that can be listed and watched.
QList<ApiResource> parseAggregatedDiscovery(const nlohmann::json &list);

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::ApiResource)
