#include "keyposting.h"

namespace Kaji::Kube {

void KeyPosting::insert(const QString &key)
{
    if (!m_large.isEmpty()) {
        m_large.insert(key);
        return;
    }
    if (m_small.size() < SmallLimit) {
        m_small.append(key);
        return;
    }
    m_large = QSet<QString>(m_small.cbegin(), m_small.cend());
    m_large.insert(key);
    m_small = {};
}

void KeyPosting::remove(const QString &key)
{
    if (m_large.isEmpty()) {
        m_small.removeAll(key);
        return;
    }
    m_large.remove(key);
    // Back to a list only well below the limit, so an entry hovering around
    // it does not convert on every change.
    if (m_large.size() <= SmallLimit / 2) {
        m_small = QList<QString>(m_large.cbegin(), m_large.cend());
        m_large = {};
    }
}

bool KeyPosting::contains(const QString &key) const
{
    return m_large.isEmpty() ? m_small.contains(key) : m_large.contains(key);
}

void KeyPosting::addTo(QSet<QString> &out) const
{
    forEach([&](const QString &key) { out.insert(key); });
}

} // namespace Kaji::Kube
