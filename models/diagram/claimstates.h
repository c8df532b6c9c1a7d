#pragma once

#include "diagramassembly.h"
#include "diagramgraph.h"
#include "diagraminput.h"

#include <QHash>
#include <QString>

// Lives on the thread that builds a graph, for one build.
namespace Kaji::Models {

// Reads what a PersistentVolumeClaim's node says (size, class, state and why)
// from the claim, its StorageClass and its Events, for the storage and the
// workloads views alike. Indexes the claim events once, so a build over
// thousands of claims never scans the events per claim.
class ClaimStates {
public:
    explicit ClaimStates(const DiagramInput &input);

    // The class a claim provisions from: spec.storageClassName when set;
    // when unset, the default class (empty when there is none); an explicit
    // "" means static binding only, and gives "".
    QString className(const Kube::ObjectFacts &claim) const;
    QString defaultClass() const { return m_defaultClass; }

    DiagramNode node(const Kube::ObjectFacts &claim, int column) const;
    // Adds the node of the claim `name` a pod or StatefulSet refers to: the
    // claim's own, or a reference node when it is not among the facts.
    DiagramAssembly::Reference addClaim(
        DiagramAssembly &out, const QString &namespaceName, const QString &name, int column) const;

private:
    void pendingState(const Kube::ObjectFacts &claim, DiagramNode &node) const;
    const Kube::ObjectFacts *latestEvent(const Kube::ObjectFacts &claim) const;
    QString provisioner(const Kube::ObjectFacts &claim, const QString &className) const;

    const DiagramInput &m_input;
    QString m_defaultClass;
    // The newest event about each claim, by claim uid (or "namespace/name"
    // when the event names no uid).
    QHash<QString, const Kube::ObjectFacts *> m_latest;
};

} // namespace Kaji::Models
