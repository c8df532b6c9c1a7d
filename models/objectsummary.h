#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

// Plain data and pure functions; any thread.
namespace Kaji::Models {

// Another object this one points at: its owner, its node, a claim, a
// ConfigMap it mounts... The app resolves kind and group to a resource.
struct ObjectLink {
    QString kind;
    QString group; // "" for the core group
    QString namespaceName; // empty for cluster-wide kinds
    QString name;
    QString role; // why it is linked: "owner", "node", "volume", "env", "service account", ...

    bool operator==(const ObjectLink &) const = default;
};

struct ObjectCondition {
    QString type;
    QString status;
    QString reason;
    QString message;
    QString lastTransition;
};

struct ContainerSummary {
    QString name;
    bool init = false;
    QString image;
    QString state; // "Running since …", "Waiting: CrashLoopBackOff", "Terminated: Completed (exit 0)"
    bool ready = false;
    int restarts = 0;
    QString lastTermination; // "OOMKilled (exit 137) at …", empty if none
    QStringList ports; // "http 8080/TCP"
    QStringList mounts; // "/data ← data (read-only)"
    QString requests; // "cpu 100m, memory 128Mi"
    QString limits;
};

// What the details view shows of an object, read from its full JSON.
struct ObjectSummary {
    QString kind;
    QString group;
    QString name;
    QString namespaceName;
    QString uid;
    QString created;
    QList<std::pair<QString, QString>> labels;
    QList<std::pair<QString, QString>> annotations;
    QList<ObjectCondition> conditions;
    QList<ContainerSummary> containers; // pods, and the pod template of workloads
    QList<ObjectLink> links;
    // Children to look up: pods of a ReplicaSet, ReplicaSets of a
    // Deployment, Jobs of a CronJob, ... by this label selector.
    QString childKind;
    QString childGroup;
    QString childSelector;
};

ObjectSummary summarizeObject(const nlohmann::json &object);

// "app=web,tier=front" from a LabelSelector's matchLabels (and simple
// matchExpressions); empty when it has none.
QString selectorText(const nlohmann::json &labelSelector);

} // namespace Kaji::Models
