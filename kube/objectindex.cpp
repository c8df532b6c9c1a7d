#include "objectindex.h"

#include <limits>

namespace Kaji::Kube {

void ObjectIndex::file(Postings &postings, const QString &value, const QString &key)
{
    if (!value.isEmpty())
        postings[value].insert(key);
}

void ObjectIndex::unfile(Postings &postings, const QString &value, const QString &key)
{
    const auto it = postings.find(value);
    if (it == postings.end())
        return;
    it->remove(key);
    if (it->isEmpty())
        postings.erase(it);
}

QSet<QString> ObjectIndex::keysOf(const Postings &postings, const QString &value)
{
    QSet<QString> out;
    if (const auto it = postings.constFind(value); it != postings.constEnd())
        it->addTo(out);
    return out;
}

void ObjectIndex::fileLabels(const LabelSelector::Labels &labels, const QString &key)
{
    for (const auto &[name, value] : labels)
        m_labels[name][value].insert(key); // an empty value is a value: "key=" matches it
}

void ObjectIndex::unfileLabels(const LabelSelector::Labels &labels, const QString &key)
{
    for (const auto &[name, value] : labels) {
        const auto values = m_labels.find(name);
        if (values == m_labels.end())
            continue;
        if (const auto it = values->find(value); it != values->end()) {
            it->remove(key);
            if (it->isEmpty())
                values->erase(it);
        }
        if (values->isEmpty())
            m_labels.erase(values);
    }
}

void ObjectIndex::add(const QString &key, const IndexedFields &fields)
{
    file(m_namespaces, fields.namespaceName, key);
    file(m_nodes, fields.nodeName, key);
    for (const QString &uid : fields.ownerUids)
        file(m_owners, uid, key);
    fileLabels(fields.labels, key);
}

void ObjectIndex::remove(const QString &key, const IndexedFields &fields)
{
    unfile(m_namespaces, fields.namespaceName, key);
    unfile(m_nodes, fields.nodeName, key);
    for (const QString &uid : fields.ownerUids)
        unfile(m_owners, uid, key);
    unfileLabels(fields.labels, key);
}

void ObjectIndex::replace(const QString &key, const IndexedFields &before, const IndexedFields &after)
{
    if (before.namespaceName != after.namespaceName) {
        unfile(m_namespaces, before.namespaceName, key);
        file(m_namespaces, after.namespaceName, key);
    }
    if (before.nodeName != after.nodeName) {
        unfile(m_nodes, before.nodeName, key);
        file(m_nodes, after.nodeName, key);
    }
    if (before.ownerUids != after.ownerUids) {
        for (const QString &uid : before.ownerUids)
            unfile(m_owners, uid, key);
        for (const QString &uid : after.ownerUids)
            file(m_owners, uid, key);
    }
    if (before.labels != after.labels) {
        unfileLabels(before.labels, key);
        fileLabels(after.labels, key);
    }
}

namespace {

void share(const QHash<QString, KeyPosting> &postings, QString &value)
{
    if (const auto it = postings.constFind(value); it != postings.constEnd())
        value = it.key();
}

} // namespace

void ObjectIndex::shareStrings(QString &namespaceName, QString &nodeName, QList<QString> &ownerUids,
                               LabelSelector::Labels &labels)
{
    // The lists were built by appending and have room to spare; the record
    // keeps them for its life.
    ownerUids.squeeze();
    labels.squeeze();
    share(m_namespaces, namespaceName);
    share(m_nodes, nodeName);
    for (QString &uid : ownerUids)
        share(m_owners, uid);
    for (auto &[name, value] : labels) {
        const auto values = m_labels.constFind(name);
        if (values == m_labels.constEnd())
            continue;
        name = values.key();
        share(*values, value);
    }
    // Equal lists hold equal strings by now, and become one list.
    m_ownerLists.share(ownerUids);
    m_labelLists.share(labels);
}

void ObjectIndex::clear()
{
    m_namespaces.clear();
    m_nodes.clear();
    m_owners.clear();
    m_labels.clear();
    m_labelLists.clear();
    m_ownerLists.clear();
    m_texts.clear();
}

qsizetype ObjectIndex::termSize(const LabelSelector::Term &term) const
{
    const auto values = m_labels.constFind(term.key);
    if (values == m_labels.constEnd())
        return 0;
    qsizetype size = 0;
    if (term.op == LabelSelector::Op::Exists) {
        for (const KeyPosting &posting : *values)
            size += posting.size();
        return size;
    }
    for (const QString &value : term.values) {
        if (const auto it = values->constFind(value); it != values->constEnd())
            size += it->size();
    }
    return size;
}

QSet<QString> ObjectIndex::termKeys(const LabelSelector::Term &term) const
{
    QSet<QString> out;
    const auto values = m_labels.constFind(term.key);
    if (values == m_labels.constEnd())
        return out;
    out.reserve(termSize(term));
    if (term.op == LabelSelector::Op::Exists) {
        for (const KeyPosting &posting : *values)
            posting.addTo(out);
        return out;
    }
    for (const QString &value : term.values) {
        if (const auto it = values->constFind(value); it != values->constEnd())
            it->addTo(out);
    }
    return out;
}

std::optional<QSet<QString>> ObjectIndex::selectorCandidates(const LabelSelector &selector) const
{
    const LabelSelector::Term *best = nullptr;
    qsizetype bestSize = std::numeric_limits<qsizetype>::max();
    for (const LabelSelector::Term &term : selector.terms()) {
        const bool positive = term.op == LabelSelector::Op::Equals || term.op == LabelSelector::Op::In
                              || term.op == LabelSelector::Op::Exists;
        if (!positive)
            continue;
        if (const qsizetype size = termSize(term); size < bestSize) {
            best = &term;
            bestSize = size;
        }
    }
    if (!best)
        return std::nullopt;
    return termKeys(*best);
}

} // namespace Kaji::Kube
