#pragma once

#include <QSet>
#include <QtGlobal>

// The thread of the store that owns it; the values it hands out may go
// anywhere (Qt's implicit sharing counts atomically).
namespace Kaji::Kube {

// Equal values held once: a value given to share() becomes a copy of the
// equal one seen before, so records that repeat a value (a pod's phase, its
// status, its owner's name, the label list every replica of a template
// carries) hold one block between them instead of one each. T is an
// implicitly shared Qt value (QString, QList); what the pool keeps that no
// record holds any more is let go whenever the pool has doubled.
template<typename T>
class SharedValues {
public:
    void share(T &value)
    {
        if (value.isEmpty()) // nothing allocated: nothing to share
            return;
        if (const auto it = m_values.constFind(value); it != m_values.constEnd()) {
            value = *it;
            return;
        }
        m_values.insert(value);
        if (m_values.size() > m_sweepAbove)
            sweep();
    }
    void clear()
    {
        m_values.clear();
        m_sweepAbove = FirstSweep;
    }
    qsizetype size() const { return m_values.size(); }

private:
    // Values only the pool still holds go. Sweeping when the pool has
    // doubled since the last sweep keeps it within twice the distinct
    // values in use, at a constant cost per value shared.
    void sweep()
    {
        m_values.removeIf([](const T &held) { return held.isDetached(); });
        m_sweepAbove = qMax(FirstSweep, 2 * m_values.size());
    }
    static constexpr qsizetype FirstSweep = 64;

    QSet<T> m_values;
    qsizetype m_sweepAbove = FirstSweep;
};

} // namespace Kaji::Kube
