#pragma once

#include <QGraphicsView>

// GUI thread.
namespace Kaji::Ui {

class DiagramScene;
class DiagramNodeItem;

// Looks at a DiagramScene: Ctrl+wheel and Ctrl+plus/minus zoom around the
// pointer, dragging the background pans, Ctrl+0 fits. Tab and the arrow
// keys move between nodes; Enter opens one, the menu key its actions.
class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    double zoom() const;
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // The whole diagram in the window, never magnified past 100 %.
    void fitDiagram();
    // Selects it, gives it focus and brings it to the middle.
    void focusNode(DiagramNodeItem *item);

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    // Tab walks the nodes in the graph's order, then leaves the view.
    bool focusNextPrevChild(bool next) override;

private:
    DiagramScene *m_scene;
};

} // namespace Kaji::Ui
