#pragma once

#include <QList>
#include <QSet>
#include <QString>

// Plain data; the thread of the index that owns it.
namespace Kaji::Kube {

// The object keys filed under one index entry (one node, one owner, one
// label value). Most entries hold a handful of keys, a few hold thousands:
// a small list costs a few bytes per key where a QSet would allocate a
// whole hash span, and a set keeps removal cheap once the entry is large.
// It behaves as a set: a key filed twice is there once for contains(),
// addTo() and remove(). The small list does not look for the key before
// appending (filing is far more frequent than filing twice, and the keys
// of one collection share long prefixes that make each comparison slow);
// remove() takes out every copy instead, and size() may count one twice.
class KeyPosting {
public:
    void insert(const QString &key);
    void remove(const QString &key);
    bool contains(const QString &key) const;
    qsizetype size() const { return m_large.isEmpty() ? m_small.size() : m_large.size(); }
    bool isEmpty() const { return size() == 0; }

    template<typename Visit>
    void forEach(Visit visit) const
    {
        if (m_large.isEmpty()) {
            for (const QString &key : m_small)
                visit(key);
        } else {
            for (const QString &key : m_large)
                visit(key);
        }
    }

    void addTo(QSet<QString> &out) const;

    static constexpr qsizetype SmallLimit = 24;

private:
    QList<QString> m_small; // used while the entry has at most SmallLimit keys
    QSet<QString> m_large;
};

} // namespace Kaji::Kube
