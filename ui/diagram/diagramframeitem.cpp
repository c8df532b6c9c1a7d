#include "diagramframeitem.h"

#include "diagramglyphs.h"
#include "diagramscene.h"
#include "diagramstyle.h"

#include <QPainter>

namespace Kaji::Ui {

DiagramFrameItem::DiagramFrameItem(const DiagramPicture::Frame &frame, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_frame(frame)
{
    setZValue(-3);
}

QRectF DiagramFrameItem::boundingRect() const
{
    return m_frame.rect.adjusted(-1, -1, 1, 1);
}

void DiagramFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *owner = qobject_cast<DiagramScene *>(scene());
    if (!owner)
        return;
    const DiagramStyle &style = owner->diagramStyle();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(
        m_frame.unobservable ? style.muted() : style.line(), 1, m_frame.unobservable ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(style.frameFill());
    painter->drawRoundedRect(m_frame.rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    const QFontMetricsF &title = style.titleMetrics();
    const QFontMetricsF &small = style.smallMetrics();
    double x = m_frame.rect.left() + 14;
    const QRectF line(x, m_frame.rect.top() + 8, m_frame.rect.width() - 28, title.height());
    if (m_frame.unobservable) {
        drawStateGlyph(painter, Models::DiagramState::NotObservable,
            QRectF(x, line.top(), line.height(), line.height()), style.muted());
        x += line.height() + 6;
    }
    painter->setFont(style.titleFont());
    painter->setPen(style.muted());
    const double titleWidth = title.horizontalAdvance(m_frame.title);
    painter->drawText(
        QRectF(x, line.top(), titleWidth + 1, line.height()), Qt::AlignLeft | Qt::AlignVCenter, m_frame.title);
    if (!m_frame.subtitle.isEmpty()) {
        painter->setFont(style.smallFont());
        const double left = x + titleWidth + 10;
        const double width = std::max(0.0, line.right() - left);
        painter->drawText(QRectF(left, line.top(), width, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
            small.elidedText(m_frame.subtitle, Qt::ElideRight, width));
    }
}

} // namespace Kaji::Ui
