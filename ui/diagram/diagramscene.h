#pragma once

#include "diagram/diagramgraph.h"
#include "diagramchanges.h"
#include "diagrammeasurer.h"
#include "diagrampicture.h"
#include "diagramstyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class QVariantAnimation;

// GUI thread.
namespace Kaji::Ui {

class DiagramEdgeItem;
class DiagramNodeItem;

// The drawn diagram. show() brings the items to a new graph and picture:
// new nodes appear, gone ones go, a status change repaints a node where it
// stands, and a component that moved glides to its new place (~200 ms).
// Items keep their selection and focus across updates. Interaction
// arrives as signals carrying node ids.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    // Colours and fonts; repaints everything. Sizes depend on the font, so
    // a font change needs a new layout (measure() again).
    void setTheme(const QPalette &palette, const QFont &font);
    const DiagramStyle &diagramStyle() const { return m_style; }
    // The sizes with this scene's fonts (export, tests; the page's layouter
    // measures on its worker).
    DiagramMeasures measure(const Models::DiagramGraph &graph) { return m_measurer.measure(graph); }

    // Builds every item anew.
    void show(const Models::DiagramGraph &graph, const DiagramPicture &picture, bool animate);
    // Touches only what `changes` names (complete changes: every item).
    void show(const Models::DiagramGraph &graph, const DiagramPicture &picture, const DiagramChanges &changes,
        bool animate);
    void clearDiagram();
    const Models::DiagramGraph &graph() const { return m_graph; }
    QRectF diagramBounds() const { return m_bounds; }
    bool isAnimating() const;

    DiagramNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<DiagramNodeItem *> nodeItems() const; // in graph order
    // Moves keyboard focus to the nearest node in an arrow's direction.
    void focusNeighbour(DiagramNodeItem *from, Qt::Key direction);

Q_SIGNALS:
    void nodeClicked(const QString &id);
    void badgeClicked(const QString &id);
    void expandClicked(const QString &id);
    void contextMenuRequested(const QString &id, const QPoint &screenPos);

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    QGraphicsItem *componentItem(const QString &key, const QPointF &origin, bool animate);
    void finishMotion();
    void placeComponents(const DiagramPicture &picture, bool animate);
    void dropStaleComponents(const DiagramPicture &picture);
    void placeNode(const Models::DiagramNode &node, const DiagramPicture &picture, QHash<QString, DiagramNodeItem *> &into);
    void placeEdge(const Models::DiagramEdge &edge, const DiagramPicture::Edge &route, const QString &key,
        QHash<QString, DiagramEdgeItem *> &into);
    void setShown(const Models::DiagramGraph &graph, const QRectF &bounds);
    void showEdges(const Models::DiagramGraph &graph, const DiagramPicture &picture);
    void showFrames(const DiagramPicture &picture);
    void startMotion();

    DiagramStyle m_style;
    DiagramMeasurer m_measurer;
    Models::DiagramGraph m_graph;
    QRectF m_bounds;
    QHash<QString, QGraphicsItem *> m_components;
    QHash<QString, DiagramNodeItem *> m_nodes;
    QHash<QString, DiagramEdgeItem *> m_edges;
    QList<QGraphicsItem *> m_frames;
    struct Motion {
        QGraphicsItem *item;
        QPointF from;
        QPointF to;
    };
    QList<Motion> m_motions;
    QVariantAnimation *m_motion;
};

} // namespace Kaji::Ui
