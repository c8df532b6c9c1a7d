#pragma once

#include "keyposting.h"
#include "labelselector.h"
#include "sharedvalues.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

// The thread of the store that owns it.
namespace Kaji::Kube {

// What an index files one object under. The strings are implicitly shared
// copies of the record's own, so building this costs no allocation.
struct IndexedFields {
    QString namespaceName;
    QString nodeName; // pods only
    QList<QString> ownerUids;
    LabelSelector::Labels labels;
};

// Secondary indexes of one collection: namespace, node (pods), owner uid
// (dependents, as garbage collection sees them) and an inverted label index
// (key -> value -> object keys) that answers a selector's positive terms
// without scanning every object. Object keys are stored as the collection's
// own key strings, shared, not copied.
class ObjectIndex {
public:
    void add(const QString &key, const IndexedFields &fields);
    void remove(const QString &key, const IndexedFields &fields);
    // Touches only the entries whose field changed: most watch events
    // change status, not labels, node or owners.
    void replace(const QString &key, const IndexedFields &before, const IndexedFields &after);
    void clear();

    // Points the strings of a record just filed at the index's own copies
    // of the same text: fifty pods of one ReplicaSet then hold one copy of
    // its labels, namespace, node and uid instead of fifty, which pays for
    // the index several times over. The lists themselves are shared too
    // when equal (the replicas of a template carry the same labels and
    // owners): a pod's own label list was 158 bytes (heaptrack, 10,000 pods).
    void shareStrings(QString &namespaceName, QString &nodeName, QList<QString> &ownerUids,
                      LabelSelector::Labels &labels);
    // Another field of a record that many records repeat (a phase, a
    // status, an owner's name): it becomes a copy of an equal one held.
    void shareText(QString &text) { m_texts.share(text); }

    QSet<QString> inNamespace(const QString &namespaceName) const { return keysOf(m_namespaces, namespaceName); }
    QSet<QString> onNode(const QString &nodeName) const { return keysOf(m_nodes, nodeName); }
    QSet<QString> ownedBy(const QString &uid) const { return keysOf(m_owners, uid); }
    QList<QString> nodeNames() const { return m_nodes.keys(); }

    // Keys that may match `selector`: the smallest answer of its positive
    // terms (=, in, exists), still to be checked against the whole selector.
    // nullopt when it has no positive term, so only a scan can answer it.
    std::optional<QSet<QString>> selectorCandidates(const LabelSelector &selector) const;

private:
    using Postings = QHash<QString, KeyPosting>;

    static QSet<QString> keysOf(const Postings &postings, const QString &value);
    static void file(Postings &postings, const QString &value, const QString &key);
    static void unfile(Postings &postings, const QString &value, const QString &key);
    void fileLabels(const LabelSelector::Labels &labels, const QString &key);
    void unfileLabels(const LabelSelector::Labels &labels, const QString &key);
    qsizetype termSize(const LabelSelector::Term &term) const;
    QSet<QString> termKeys(const LabelSelector::Term &term) const;

    Postings m_namespaces;
    Postings m_nodes;
    Postings m_owners;
    QHash<QString, Postings> m_labels; // label key -> value -> object keys
    SharedValues<LabelSelector::Labels> m_labelLists;
    SharedValues<QList<QString>> m_ownerLists;
    SharedValues<QString> m_texts;
};

} // namespace Kaji::Kube
