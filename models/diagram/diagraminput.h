#pragma once

#include "diagramkinds.h"
#include "objectfacts.h"
#include "podrecord.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Plain values; any thread. Copies are cheap (implicitly shared hashes), so
// the GUI thread hands a copy to the worker that builds the graphs.
namespace Kaji::Models {

// Whether a kind could be read, as its watch reports it.
enum class KindAccess {
    Loading, // not listed yet
    Readable,
    Forbidden, // RBAC refused the list: draw what it would show as hidden
    NotServed, // the server has no such resource (an old cluster, an API disabled)
    Failed, // unreachable, error: say so, do not conclude from its absence
};

struct KindFacts {
    KindAccess access = KindAccess::Loading;
    QString message; // the server's words when not Readable
    // Listing across namespaces was refused: only these were read.
    QStringList narrowedTo;
    QHash<QString, Kube::ObjectFacts> objects; // by key ("namespace/name" or "name")
};

// What the architecture view reads that no watch gives: GET /version and
// GET /readyz?verbose (polled slowly while that view is shown).
struct ControlPlaneProbe {
    bool versionRead = false;
    QString gitVersion; // "v1.36.3", "v1.30.4-eks-a737599"
    QString platform; // "linux/amd64"
    int readyzStatus = 0; // HTTP status; 0 = not asked yet or unreachable
    QList<std::pair<QString, bool>> readyzChecks; // "etcd" → passed, from the verbose lines
    QString readyzError; // unreachable, forbidden, ...
};

struct DiagramInput {
    QHash<DiagramKind, KindFacts> kinds;
    KindAccess podAccess = KindAccess::Loading;
    QStringList podsNarrowedTo;
    QHash<QString, Kube::PodRecord> pods; // by "namespace/name"
    // The pods as the live source holds them (handles to the table's
    // records); keyed into `pods` on the thread that builds
    // (DiagramSource::keyPods).
    QList<Kube::SharedRecord<Kube::PodRecord>> podList;
    ControlPlaneProbe controlPlane;
    qint64 nowEpochSecs = 0; // lease and heartbeat ages are measured against this

    // The facts of a kind; a kind nobody asked for reads as Loading.
    const KindFacts &facts(DiagramKind kind) const
    {
        static const KindFacts none;
        const auto it = kinds.constFind(kind);
        return it == kinds.constEnd() ? none : it.value();
    }
};

// What to draw of it.
struct DiagramOptions {
    QStringList namespaces; // empty: all that were read
    int fanLimit = 6; // more pods than this under one owner become one aggregate node
    QSet<QString> expanded; // aggregate ids the user opened
};

// Applied to a built graph: what the user narrowed the picture to.
struct DiagramFilter {
    QSet<QString> kinds; // empty: every kind
    QString labelSelector; // kubectl syntax; objects without labels never match a non-empty one
    bool problemsOnly = false; // whole connected groups that hold a problem
    bool isEmpty() const { return kinds.isEmpty() && labelSelector.isEmpty() && !problemsOnly; }
};

} // namespace Kaji::Models
