#pragma once

#include "diagram/diagramgraph.h"
#include "diagrampicture.h"

#include <QCoreApplication>
#include <QGraphicsItem>

// GUI thread.
namespace Kaji::Ui {

class DiagramScene;

// One edge: Graphviz's spline (or a straight line in the architecture
// view) with an arrowhead, coloured by whether the traffic or binding works
// (ready, serving but not ready, terminating, broken: dashed), and its
// label ("80 → http") on a small plate at the middle.
class DiagramEdgeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(Kaji::Ui::DiagramEdgeItem)
public:
    enum { Type = UserType + 2 };

    explicit DiagramEdgeItem(const Models::DiagramEdge &edge, QGraphicsItem *parent = nullptr);

    const Models::DiagramEdge &edge() const { return m_edge; }
    void setEdge(const Models::DiagramEdge &edge);
    void setRoute(const DiagramPicture::Edge &route);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramScene *diagramScene() const;
    QRectF labelRect() const;
    QString toolTipText() const;

    Models::DiagramEdge m_edge;
    DiagramPicture::Edge m_route;
};

} // namespace Kaji::Ui
