#include "diagramglyphs.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Kaji::Ui {

bool drawStateGlyph(QPainter *painter, Models::DiagramState state, const QRectF &box, const QColor &colour)
{
    using Models::DiagramState;
    const double s = std::min(box.width(), box.height());
    const QRectF r(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    QPen pen(colour, std::max(1.2, s / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    bool drawn = true;
    switch (state) {
    case DiagramState::Hidden: {
        const QRectF body(r.left() + s * 0.15, r.top() + s * 0.45, s * 0.7, s * 0.5);
        painter->drawArc(QRectF(r.left() + s * 0.28, r.top() + s * 0.08, s * 0.44, s * 0.6), 0, 180 * 16);
        painter->drawLine(
            QPointF(r.left() + s * 0.28, r.top() + s * 0.38), QPointF(r.left() + s * 0.28, r.top() + s * 0.45));
        painter->drawLine(
            QPointF(r.left() + s * 0.72, r.top() + s * 0.38), QPointF(r.left() + s * 0.72, r.top() + s * 0.45));
        painter->setBrush(colour);
        painter->drawRoundedRect(body, s * 0.08, s * 0.08);
        break;
    }
    case DiagramState::NotObservable: {
        QPainterPath eye;
        eye.moveTo(r.left() + s * 0.05, r.center().y());
        eye.quadTo(r.center().x(), r.top() + s * 0.05, r.right() - s * 0.05, r.center().y());
        eye.quadTo(r.center().x(), r.bottom() - s * 0.05, r.left() + s * 0.05, r.center().y());
        painter->drawPath(eye);
        painter->drawEllipse(r.center(), s * 0.13, s * 0.13);
        painter->drawLine(
            QPointF(r.left() + s * 0.12, r.bottom() - s * 0.1), QPointF(r.right() - s * 0.12, r.top() + s * 0.1));
        break;
    }
    case DiagramState::NotDetected: {
        painter->drawEllipse(QRectF(r.left() + s * 0.08, r.top() + s * 0.08, s * 0.56, s * 0.56));
        painter->drawLine(
            QPointF(r.left() + s * 0.58, r.top() + s * 0.58), QPointF(r.right() - s * 0.06, r.bottom() - s * 0.06));
        break;
    }
    case DiagramState::Missing: {
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(6, qRound(s * 0.8)));
        painter->setFont(font);
        painter->drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    default: drawn = false; break;
    }
    painter->restore();
    return drawn;
}

} // namespace Kaji::Ui
