#pragma once

#include "diagram/diagramgraph.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

// Plain values; GUI thread (made by the layouters, drawn by DiagramScene).
namespace Kaji::Ui {

// What the layouters need to know of the drawing: sizes measured with the
// GUI's fonts.
struct DiagramMeasures {
    QHash<QString, QSizeF> nodes; // by node id; a card's size is that of its header
    QList<double> labelWidths; // per edge, 0 without a label
    double frameTitleHeight = 24; // architecture: a section's title line
};

// Where everything of a graph goes. Nodes and edges sit in their
// component's coordinates, so moving a component moves one origin.
struct DiagramPicture {
    struct Node {
        QString component;
        QRectF rect; // in the component's coordinates
        bool card = false; // architecture: a box that holds other nodes
    };
    struct Edge {
        QString component; // empty: not drawn (an end is not in the graph)
        QPainterPath path;
        QPointF arrowBase;
        QPointF arrowTip;
        bool hasArrow = false;
        QPointF labelAt; // centre of the label
    };
    // Architecture: a titled band around a section of the grid.
    struct Frame {
        QRectF rect; // scene coordinates
        QString title;
        QString subtitle; // e.g. why the section cannot be seen
        bool unobservable = false; // drawn like the NotObservable state
    };

    QHash<QString, QPointF> components; // key → origin in the scene
    QHash<QString, Node> nodes; // by node id
    QList<Edge> edges; // in the graph's edge order
    QList<Frame> frames;
    QStringList errors; // layouts that failed (drawn as a plain grid instead)

    QRectF bounds() const;
    QPointF scenePos(const QString &nodeId) const; // a node's centre in the scene
};

} // namespace Kaji::Ui
