#include "componentpacker.h"

#include <algorithm>
#include <cmath>

namespace Kaji::Ui {

void ComponentPacker::reset()
{
    m_slots.clear();
    m_free.clear();
    m_width = 0;
    m_cursor = {};
    m_rowHeight = 0;
}

void ComponentPacker::startRows(const QList<Item> &items)
{
    // Rows about twice as wide as the picture is tall suit a landscape
    // window; no row is narrower than the widest component.
    double area = 0;
    double widest = 0;
    for (const Item &item : items) {
        area += (item.size.width() + Gap) * (item.size.height() + Gap);
        widest = std::max(widest, item.size.width());
    }
    m_width = std::max({ widest, std::sqrt(area * 2.0), 600.0 });
}

QPointF ComponentPacker::placeAtEnd(const QSizeF &size)
{
    if (m_cursor.x() > 0 && m_cursor.x() + size.width() > m_width) {
        m_cursor = QPointF(0, m_cursor.y() + m_rowHeight + Gap);
        m_rowHeight = 0;
    }
    const QPointF at = m_cursor;
    m_cursor.rx() += size.width() + Gap;
    m_rowHeight = std::max(m_rowHeight, size.height());
    return at;
}

QHash<QString, QPointF> ComponentPacker::place(const QList<Item> &items)
{
    if (m_slots.isEmpty() && m_free.isEmpty())
        startRows(items);

    QHash<QString, QPointF> places;
    QHash<QString, QRectF> slots;
    QList<const Item *> homeless;
    for (const Item &item : items) {
        const auto slot = m_slots.constFind(item.key);
        if (slot != m_slots.constEnd() && item.size.width() <= slot->width() && item.size.height() <= slot->height()) {
            places.insert(item.key, slot->topLeft());
            slots.insert(item.key, *slot);
        } else {
            homeless.append(&item);
        }
    }
    // Slots nobody keeps are free for others: the removed and the outgrown.
    for (auto it = m_slots.constBegin(); it != m_slots.constEnd(); ++it) {
        if (!slots.contains(it.key()))
            m_free.append(it.value());
    }
    std::sort(m_free.begin(), m_free.end(),
        [](const QRectF &a, const QRectF &b) { return a.top() != b.top() ? a.top() < b.top() : a.left() < b.left(); });
    for (const Item *item : std::as_const(homeless)) {
        const auto fits = std::find_if(m_free.begin(), m_free.end(), [item](const QRectF &slot) {
            return item->size.width() <= slot.width() && item->size.height() <= slot.height();
        });
        QRectF slot;
        if (fits != m_free.end()) {
            slot = *fits;
            m_free.erase(fits);
        } else {
            slot = QRectF(placeAtEnd(item->size), item->size);
        }
        places.insert(item->key, slot.topLeft());
        slots.insert(item->key, slot);
    }
    m_slots = slots;
    return places;
}

} // namespace Kaji::Ui
