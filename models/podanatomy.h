#pragma once

#include "objectsummary.h"
#include "tableroles.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Plain data and a pure builder; any thread.
namespace Kaji::Models {

// What a pod is made of, as the notes draw it: containers that share
// volumes and one network identity, on a node. Built from the full pod
// JSON; the view words and colours it. Secret volumes are known by name
// only: a pod never carries Secret data.
struct PodAnatomy {
    struct Port {
        QString name; // may be empty
        int number = 0;
        QString protocol; // "TCP" when unset
        bool operator==(const Port &) const = default;
    };

    // A volume in a container's file system; `device` for a raw block
    // volume (volumeDevices), whose path is a device node.
    struct Mount {
        QString volume;
        QString path;
        bool readOnly = false;
        QString subPath; // subPath or subPathExpr
        bool device = false;
        bool operator==(const Mount &) const = default;
    };

    enum class Role { Init, Sidecar, App };
    enum class State { Unknown, Waiting, Running, Terminated };

    struct Container {
        QString name;
        Role role = Role::App;
        QString image;
        State state = State::Unknown; // Unknown: no status yet (not scheduled, just created)
        QString reason; // the waiting or terminated reason
        QString message;
        int exitCode = 0; // Terminated only
        bool ready = false;
        bool started = false;
        int restarts = 0;
        QString lastTermination; // "Error", "OOMKilled": the previous run's end, empty if none
        int lastExitCode = 0;
        Health health = Health::Progressing;
        QList<Port> ports;
        QList<Mount> mounts;
    };

    enum class VolumeType {
        ConfigMap,
        Secret,
        PersistentVolumeClaim,
        EmptyDir,
        Projected,
        HostPath,
        Ephemeral, // a generic ephemeral volume: a claim named "<pod>-<volume>"
        DownwardApi,
        Csi,
        Other, // by its key in the spec ("nfs", "image", ...)
        Missing, // mounted by a container but not declared by the pod
    };

    // One source of a projected volume (or the single source of another
    // volume type): what it is and what it names.
    struct Source {
        QString kind; // "ServiceAccountToken", "ConfigMap", "Secret", "DownwardAPI", or the spec's key
        QString name; // the object's name, empty when it names none
        QString detail; // a token's path, the downward fields ("metadata.namespace"), a signer
        bool optional = false; // the pod starts without it
        QString audience; // tokens
        qint64 expirationSeconds = 0; // tokens
        bool operator==(const Source &) const = default;
    };

    struct Use {
        QString container;
        Mount mount;
        bool operator==(const Use &) const = default;
    };

    struct Volume {
        QString name;
        VolumeType type = VolumeType::Other;
        QString typeKey; // the spec's key: "configMap", "persistentVolumeClaim", "nfs"
        QString sourceName; // ConfigMap/Secret/claim name, hostPath path, CSI driver
        QString detail; // hostPath type, claim template "fast, 5Gi", downward fields, other types' fields
        QString medium; // emptyDir: "" (the node's disk) or "Memory"
        QString sizeLimit; // emptyDir
        bool optional = false; // ConfigMap and Secret: the pod starts without it
        bool readOnly = false; // the claim or CSI volume is attached read-only
        QList<Source> sources; // projected volumes: each source in order
        QList<Use> uses; // which container mounts it where, in container order

        // The API objects it reads, for navigation: its ConfigMap, Secret or
        // claim, or those of a projected volume's sources.
        QList<ObjectLink> references(const QString &namespaceName) const;
    };

    QString name;
    QString namespaceName;
    QString phase;
    QString reason; // the pod's status reason ("Evicted"), if any
    QStringList podIps; // every family; the first is status.podIP
    QString hostIp;
    QString nodeName;
    QString nominatedNodeName;
    QString qosClass;
    QString serviceAccount;
    bool hostNetwork = false;
    // Init containers in their order (sidecars among them, where they
    // start), then app containers.
    QList<Container> containers;
    QList<Volume> volumes;

    QList<Container> containersOf(Role role) const;
    const Volume *volume(const QString &volumeName) const;

    static PodAnatomy fromJson(const nlohmann::json &pod);
};

} // namespace Kaji::Models
