#include "diagramlegend.h"

#include "diagramglyphs.h"
#include "diagramstyle.h"

#include <QEvent>
#include <QPainter>

namespace Kaji::Ui {
namespace {

using Models::DiagramEdgeState;
using Models::DiagramState;

constexpr int Swatch = 14;
constexpr int Spacing = 14; // between entries
constexpr int RowGap = 4;

const QList<DiagramState> &legendStates()
{
    static const QList<DiagramState> states { DiagramState::Ok, DiagramState::Progressing, DiagramState::Warning,
        DiagramState::Failed, DiagramState::Finished, DiagramState::Missing, DiagramState::Hidden,
        DiagramState::NotObservable, DiagramState::NotDetected };
    return states;
}

const QList<DiagramEdgeState> &legendEdges()
{
    static const QList<DiagramEdgeState> states { DiagramEdgeState::Ready, DiagramEdgeState::ServingNotReady,
        DiagramEdgeState::Terminating, DiagramEdgeState::Broken };
    return states;
}

QString edgeLegendText(DiagramEdgeState state)
{
    switch (state) {
    case DiagramEdgeState::Ready: return DiagramLegend::tr("ready endpoint");
    case DiagramEdgeState::ServingNotReady: return DiagramLegend::tr("not ready");
    case DiagramEdgeState::Terminating: return DiagramLegend::tr("terminating");
    case DiagramEdgeState::Broken: return DiagramLegend::tr("broken reference");
    case DiagramEdgeState::Normal: break;
    }
    return {};
}

int edgesWidth(const QFontMetrics &metrics)
{
    int width = 0;
    for (DiagramEdgeState state : legendEdges())
        width += Swatch * 2 + 5 + metrics.horizontalAdvance(edgeLegendText(state)) + Spacing;
    return width - Spacing;
}

void paintStateSwatch(QPainter *painter, const DiagramStyle &style, DiagramState state, const QRectF &box)
{
    const QColor colour = style.stateColour(state);
    const bool dashed = DiagramStyle::isUnseen(state) || state == DiagramState::Missing;
    painter->setPen(QPen(dashed ? colour : style.line(), 1.2, dashed ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(style.fillFor(state));
    painter->drawRoundedRect(box, 3, 3);
    if (DiagramStyle::isUnseen(state)) {
        drawStateGlyph(painter, state, box.adjusted(2, 2, -2, -2), colour);
    } else if (state != DiagramState::Missing) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRect(QRectF(box.left() + 0.5, box.top() + 0.5, 4, box.height() - 1));
    }
}

void paintEdgeSwatch(QPainter *painter, const DiagramStyle &style, DiagramEdgeState state, const QRectF &box)
{
    const bool dashed = state == DiagramEdgeState::Broken || state == DiagramEdgeState::Terminating;
    painter->setPen(QPen(style.edgeColour(state), 1.8, dashed ? Qt::DashLine : Qt::SolidLine));
    painter->drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
}

} // namespace

DiagramLegend::DiagramLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setObjectName(QStringLiteral("diagramLegend"));
}

int DiagramLegend::flow(int width, QPainter *painter) const
{
    const DiagramStyle style(palette(), font());
    const QFontMetrics metrics(font());
    const int rowHeight = std::max(Swatch, metrics.height());
    int x = 0;
    int y = 0;
    const auto place = [&](int entryWidth) {
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += rowHeight + RowGap;
        }
        const QPoint at(x, y);
        x += entryWidth + Spacing;
        return at;
    };
    const auto label = [&](const QPoint &at, int swatchWidth, const QString &text) {
        painter->setPen(palette().color(QPalette::WindowText));
        painter->drawText(QRect(at.x() + swatchWidth + 5, at.y(), metrics.horizontalAdvance(text) + 1, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    for (DiagramState state : legendStates()) {
        const QString text = Models::diagramStateLabel(state);
        const QPoint at = place(Swatch + 5 + metrics.horizontalAdvance(text));
        if (painter) {
            paintStateSwatch(
                painter, style, state, QRectF(at.x() + 0.5, at.y() + (rowHeight - Swatch) / 2.0 + 0.5, Swatch, Swatch));
            label(at, Swatch, text);
        }
    }
    // Too wide for one row: edges start their own, so neither group is torn.
    if (x > 0 && x + edgesWidth(metrics) > width) {
        x = 0;
        y += rowHeight + RowGap;
    }
    for (DiagramEdgeState state : legendEdges()) {
        const QString text = edgeLegendText(state);
        const int line = Swatch * 2;
        const QPoint at = place(line + 5 + metrics.horizontalAdvance(text));
        if (painter) {
            paintEdgeSwatch(painter, style, state, QRectF(at.x(), at.y(), line, rowHeight));
            label(at, line, text);
        }
    }
    return y + rowHeight;
}

int DiagramLegend::heightForWidth(int width) const
{
    return flow(width, nullptr);
}

QSize DiagramLegend::sizeHint() const
{
    return QSize(900, heightForWidth(900));
}

QSize DiagramLegend::minimumSizeHint() const
{
    return QSize(200, heightForWidth(width() > 0 ? width() : 900));
}

void DiagramLegend::changeEvent(QEvent *event)
{
    // Other words or another font: another height.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void DiagramLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    flow(width(), &painter);
}

} // namespace Kaji::Ui
