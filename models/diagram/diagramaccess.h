#pragma once

#include "graphdraft.h"
#include "diagraminput.h"

#include <QCoreApplication>

// Pure functions; any thread.
namespace Kaji::Models {

// What the graph builders conclude from a kind's access: an object that is
// not among the facts is missing only where the kind was read in full; where
// RBAC kept it out it is hidden, and while loading or after an error nothing
// is concluded.
class DiagramAccess {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Models::DiagramAccess)
public:
    // Whether objects in `namespaceName` ("" for cluster-scoped kinds) were read.
    static bool readIn(KindAccess access, const QStringList &narrowedTo, const QString &namespaceName);
    static bool readIn(const KindFacts &facts, const QString &namespaceName)
    {
        return readIn(facts.access, facts.narrowedTo, namespaceName);
    }
    static bool podsReadIn(const DiagramInput &input, const QString &namespaceName)
    {
        return readIn(input.podAccess, input.podsNarrowedTo, namespaceName);
    }

    // The state of an object that would be among the facts but is not:
    // Missing, Hidden or Unknown; `reason` (optional) says why in words.
    static DiagramState absentState(KindAccess access, const QStringList &narrowedTo, const QString &namespaceName,
                                    QString *reason = nullptr);
    static DiagramState absentState(const KindFacts &facts, const QString &namespaceName, QString *reason = nullptr)
    {
        return absentState(facts.access, facts.narrowedTo, namespaceName, reason);
    }

    // The node of a reference the facts do not resolve: Missing, with id
    // "missing:…" and `missingReason`, where the kind was read; otherwise
    // Hidden or Unknown under the object's own id, saying why.
    static DiagramNode absentNode(KindAccess access, const QStringList &narrowedTo, const QString &kind,
                                  const QString &namespaceName, const QString &name, int column,
                                  const QString &missingReason);
    static DiagramNode absentNode(const KindFacts &facts, const QString &kind, const QString &namespaceName,
                                  const QString &name, int column, const QString &missingReason)
    {
        return absentNode(facts.access, facts.narrowedTo, kind, namespaceName, name, column, missingReason);
    }

    // Notes for the whole picture: kinds (and pods) not read in full.
    static void addNotes(GraphDraft &out, const DiagramInput &input, const QList<DiagramKind> &kinds);

    static QString hiddenReason();

    // The value of label `key`; `present` tells an empty value from none.
    static QString label(const QList<std::pair<QString, QString>> &labels, const QString &key,
                         bool *present = nullptr);

    // A kind's objects in key order: graphs never follow a hash's order.
    static QList<const Kube::ObjectFacts *> sortedObjects(const KindFacts &facts);
};

} // namespace Kaji::Models
