#include "diagramaccess.h"

#include "diagramids.h"

#include <algorithm>

namespace Kaji::Models {

namespace {

bool narrowedAway(const QStringList &narrowedTo, const QString &namespaceName)
{
    return !narrowedTo.isEmpty() && !namespaceName.isEmpty() && !narrowedTo.contains(namespaceName);
}

} // namespace

bool DiagramAccess::readIn(KindAccess access, const QStringList &narrowedTo, const QString &namespaceName)
{
    return access == KindAccess::Readable && !narrowedAway(narrowedTo, namespaceName);
}

DiagramState DiagramAccess::absentState(KindAccess access, const QStringList &narrowedTo, const QString &namespaceName,
                                        QString *reason)
{
    DiagramState state = DiagramState::Unknown;
    QString why;
    switch (access) {
    case KindAccess::Readable:
        if (narrowedAway(narrowedTo, namespaceName)) {
            state = DiagramState::Hidden;
            why = hiddenReason();
        } else {
            state = DiagramState::Missing;
        }
        break;
    case KindAccess::NotServed:
        // The server has no such kind, so nothing of it can exist.
        state = DiagramState::Missing;
        break;
    case KindAccess::Forbidden:
        state = DiagramState::Hidden;
        why = hiddenReason();
        break;
    case KindAccess::Loading:
        why = tr("Not read yet");
        break;
    case KindAccess::Failed:
        why = tr("Could not be read");
        break;
    }
    if (reason)
        *reason = why;
    return state;
}

DiagramNode DiagramAccess::absentNode(KindAccess access, const QStringList &narrowedTo, const QString &kind,
                                      const QString &namespaceName, const QString &name, int column,
                                      const QString &missingReason)
{
    DiagramNode node = diagramNode(kind, namespaceName, name, column);
    QString why;
    node.state = absentState(access, narrowedTo, namespaceName, &why);
    if (node.state == DiagramState::Missing) {
        node.id = missingNodeId(kind, namespaceName, name);
        why = missingReason;
    }
    if (!why.isEmpty())
        node.reasons.append(why);
    return node;
}

void DiagramAccess::addNotes(GraphDraft &out, const DiagramInput &input, const QList<DiagramKind> &kinds)
{
    const auto note = [&out](const QString &resource, KindAccess access, const QString &message,
                             const QStringList &narrowedTo) {
        switch (access) {
        case KindAccess::Readable:
            if (!narrowedTo.isEmpty())
                out.addNote(tr("%1 were read only in the namespaces %2: listing them across namespaces was refused.")
                                .arg(resource, narrowedTo.join(QLatin1String(", "))));
            return;
        case KindAccess::Forbidden:
            out.addNote(tr("Your permissions do not allow listing %1: what they would show is drawn as hidden.")
                            .arg(resource));
            return;
        case KindAccess::NotServed: out.addNote(tr("The server does not serve %1.").arg(resource)); return;
        case KindAccess::Loading: out.addNote(tr("%1 are still being read.").arg(resource)); return;
        case KindAccess::Failed:
            out.addNote(message.isEmpty() ? tr("%1 could not be read.").arg(resource)
                                          : tr("%1 could not be read: %2").arg(resource, message));
            return;
        }
    };
    for (DiagramKind kind : kinds) {
        const KindFacts &facts = input.facts(kind);
        note(diagramKindInfo(kind).resource, facts.access, facts.message, facts.narrowedTo);
    }
    note(QStringLiteral("pods"), input.podAccess, QString(), input.podsNarrowedTo);
}

QList<const Kube::ObjectFacts *> DiagramAccess::sortedObjects(const KindFacts &facts)
{
    QList<const Kube::ObjectFacts *> sorted;
    sorted.reserve(facts.objects.size());
    for (const Kube::ObjectFacts &object : facts.objects)
        sorted.append(&object);
    std::sort(sorted.begin(), sorted.end(), [](const Kube::ObjectFacts *a, const Kube::ObjectFacts *b) {
        return std::pair(a->namespaceName, a->name) < std::pair(b->namespaceName, b->name);
    });
    return sorted;
}

QString DiagramAccess::label(const QList<std::pair<QString, QString>> &labels, const QString &key, bool *present)
{
    for (const auto &[k, v] : labels) {
        if (k == key) {
            if (present)
                *present = true;
            return v;
        }
    }
    if (present)
        *present = false;
    return {};
}

QString DiagramAccess::hiddenReason()
{
    return tr("Hidden by permissions");
}

} // namespace Kaji::Models
