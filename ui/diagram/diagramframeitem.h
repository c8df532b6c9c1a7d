#pragma once

#include "diagrampicture.h"

#include <QGraphicsItem>

// GUI thread.
namespace Kaji::Ui {

// A titled band around a section of the architecture view ("Control
// plane", "Nodes"); dashed and grey, with a crossed-out eye and the reason,
// when the section is a managed control plane nobody can observe.
class DiagramFrameItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit DiagramFrameItem(const DiagramPicture::Frame &frame, QGraphicsItem *parent = nullptr);

    const DiagramPicture::Frame &frame() const { return m_frame; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramPicture::Frame m_frame;
};

} // namespace Kaji::Ui
