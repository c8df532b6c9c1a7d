#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QSizeF>
#include <QString>

// Plain values; any thread: built on the GUI thread, laid out on the layout
// thread, handed back. Coordinates are pixels, which Graphviz reads as points.
namespace Kaji::Ui {

// One box to place, its size measured with the GUI's fonts.
struct LayoutBox {
    QString id;
    QSizeF size;
    int column = 0; // boxes of one column share a rank, so kinds line up

    bool operator==(const LayoutBox &) const = default;
};

struct LayoutLink {
    int from = 0; // index into boxes
    int to = 0;

    bool operator==(const LayoutLink &) const = default;
};

// One connected component: what Graphviz lays out in one call.
struct ComponentInput {
    QList<LayoutBox> boxes; // in a stable order: Graphviz keeps it where it can
    QList<LayoutLink> links;
    double rankSeparation = 48; // room between columns; wider when edges carry labels

    // Structure only (ids, sizes, columns, links): what decides the layout.
    size_t structuralHash() const;
    bool operator==(const ComponentInput &) const = default;
};

struct EdgeRoute {
    QPainterPath path; // from the tail's border to the arrow's base
    QPointF arrowBase;
    QPointF arrowTip;
    bool hasArrow = false;
};

// Origin at the component's top-left, y down (Qt's way).
struct ComponentLayout {
    QSizeF size;
    QList<QPointF> centres; // per box
    QList<EdgeRoute> routes; // per link; empty for a link to itself
    QString error; // what Graphviz said when it failed: the boxes are then in a plain grid
};

// Boxes in their columns, stacked, with straight links: for a component
// Graphviz need not see (one box, no links) or could not lay out, so a
// failure never hides an object.
ComponentLayout plainLayout(const ComponentInput &input, const QString &error = {});

} // namespace Kaji::Ui
