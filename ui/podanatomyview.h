#pragma once

#include "objectsummary.h"
#include "podanatomy.h"
#include "podanatomylayout.h"

#include <QAbstractScrollArea>

// GUI thread.
namespace Kaji::Ui {

// The pod as the notes draw it, live: a box on its node with its IP, the
// containers inside coloured by state with their ports on the edge, and
// the volumes along the bottom wired to where each container mounts them.
// Scrolls when the pod is larger than the view; tooltips give the full
// text; a ConfigMap, Secret, claim or node name is a link.
class PodAnatomyView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit PodAnatomyView(QWidget *parent = nullptr);

    // From the full pod object; the scroll position stays when it is the
    // same pod again (a refresh).
    void setPod(const nlohmann::json &pod);
    void clear();
    const Models::PodAnatomy &anatomy() const { return m_anatomy; }
    const PodAnatomyLayout &picture() const { return m_picture; }
    // Where a hotspot of the picture is in the viewport, scrolled into view
    // first; empty when there is no such hotspot.
    QRect placeOf(const QString &hotspotId);
    // The whole picture, as large as it is, for screenshots and export.
    QImage render(qreal devicePixelRatio = 1) const;

Q_SIGNALS:
    void objectActivated(const Kaji::Models::ObjectLink &link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void relayout();
    QPointF origin() const;
    const PodAnatomyLayout::Hotspot *hotspotAt(const QPoint &viewportPos) const;
    void setHoveredVolume(int volume);

    Models::PodAnatomy m_anatomy;
    bool m_hasPod = false;
    PodAnatomyLayout m_picture;
    int m_hoveredVolume = -1;
    QString m_pressedLink; // the link hotspot a press began on
};

} // namespace Kaji::Ui
