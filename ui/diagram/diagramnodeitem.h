#pragma once

#include "diagram/diagramgraph.h"

#include <QCoreApplication>
#include <QGraphicsItem>

// GUI thread.
namespace Kaji::Ui {

class DiagramScene;
class DiagramStyle;

// One node of a diagram: a box with the kind, the name and detail lines,
// its state as a colour plus a word (and a glyph for what Kaji cannot see),
// a badge when the diagnosis has findings about it, and for an aggregate
// the counts by state as a bar and text with a button that expands it. In
// the architecture view a node that holds others is drawn as a card around
// them. A status change repaints it where it is.
class DiagramNodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Ui::DiagramNodeItem)
public:
    enum { Type = UserType + 1 };
    enum class Part { Body, Badge, Expand };

    explicit DiagramNodeItem(const Models::DiagramNode &node, QGraphicsItem *parent = nullptr);

    const Models::DiagramNode &node() const { return m_node; }
    void setNode(const Models::DiagramNode &node);
    // In the parent's coordinates; a card holds the nodes drawn inside it.
    void setGeometry(const QRectF &rect, bool card);
    bool isCard() const { return m_card; }
    QRectF rect() const { return QRectF(QPointF(), m_size); } // the box, in item coordinates
    Part partAt(const QPointF &pos) const;
    QRectF badgeRect() const;
    QRectF expandRect() const;
    // What hovering there tells: the node, its finding, or the button.
    QString toolTipAt(const QPointF &pos) const;

    // The size the node needs with the diagram's fonts; the same for every
    // state, so a status change never asks for a new layout. A card's
    // header has this size.
    static QSizeF measure(const Models::DiagramNode &node, const DiagramStyle &style);
    // All measure() reads of a node: equal keys, equal sizes (for caching).
    static QString sizeKey(const Models::DiagramNode &node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    DiagramScene *diagramScene() const;
    QString toolTipText() const;
    void paintSketch(QPainter *painter, const DiagramStyle &style) const;
    void paintRows(QPainter *painter, const DiagramStyle &style, const QRectF &area) const;
    void paintCounts(QPainter *painter, const DiagramStyle &style, const QRectF &area) const;

    Models::DiagramNode m_node;
    QSizeF m_size;
    bool m_card = false;
    Part m_pressed = Part::Body;
};

} // namespace Kaji::Ui
