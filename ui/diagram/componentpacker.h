#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

// GUI thread (plain logic, no Qt objects).
namespace Kaji::Ui {

// Places the connected components of a diagram side by side in rows, and
// keeps them where they are when the diagram changes: an unchanged or
// shrunk component keeps its slot exactly; one that outgrows its slot
// moves to a free slot that fits or to the end, without pushing others;
// new components go there too; a removed one leaves its slot free. So a
// pod starting in one Deployment never moves the rest of the picture.
// Only reset() (re-arrange, a new context) packs afresh.
class ComponentPacker {
public:
    struct Item {
        QString key; // stable across updates: the component's first node
        QSizeF size;
    };

    static constexpr double Gap = 40; // between components

    // Items in their sorted order (it decides the first packing); returns
    // each item's top-left. The same items after reset() give the same places.
    QHash<QString, QPointF> place(const QList<Item> &items);
    void reset();

    double targetWidth() const { return m_width; }

private:
    QPointF placeAtEnd(const QSizeF &size);
    void startRows(const QList<Item> &items);

    QHash<QString, QRectF> m_slots; // what each component may grow into
    QList<QRectF> m_free; // slots left by removed or moved components
    double m_width = 0; // the rows' target width, fixed at the first packing
    QPointF m_cursor; // where the last row continues
    double m_rowHeight = 0;
};

} // namespace Kaji::Ui
