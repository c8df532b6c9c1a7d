#include "diagramnodeitem.h"

#include "diagramglyphs.h"
#include "style/kindicons.h"
#include "diagramscene.h"
#include "diagramstyle.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Kaji::Ui {
namespace {

using Models::DiagramState;

constexpr double Padding = 8;
constexpr double Stripe = 4;
constexpr double RowGap = 2;
constexpr double MinWidth = 176;
constexpr double MaxWidth = 320;
constexpr double WidthStep = 8;
constexpr int MaxDetailLines = 3;
constexpr double BarHeight = 6;
constexpr double Radius = 6;
constexpr int MaxMembersShown = 15;
// Below this scale words are a few pixels tall: a node is drawn as a box in
// its state's colours, which is what the eye reads at that distance, and a
// fitted diagram of thousands of nodes repaints in milliseconds.
constexpr double SketchScale = 0.35;

double textLeft(bool card)
{
    return card ? Padding + 2 : Stripe + Padding;
}

// The kind's picture at the first row's start, and the gap after it.
double kindIconWidth(const DiagramStyle &style)
{
    return style.smallMetrics().height() + 4;
}

// The words that may stand at a row's end: sized for the longest, so a
// state change fits without a new layout.
double stateWordWidth(const Models::DiagramNode &node, const DiagramStyle &style)
{
    if (!DiagramStyle::isUnseen(node.state))
        return style.widestStateWord();
    const QFontMetricsF &metrics = style.smallMetrics();
    return metrics.height() + 4 + metrics.horizontalAdvance(Models::diagramStateLabel(node.state));
}

QString countsText(const Models::DiagramNode &node)
{
    QStringList parts;
    for (const auto &[state, count] : node.counts) {
        if (count > 0)
            parts.append(QStringLiteral("%1 %2").arg(count).arg(Models::diagramStateLabel(state)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DiagramNodeItem::DiagramNodeItem(const Models::DiagramNode &node, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
}

void DiagramNodeItem::setNode(const Models::DiagramNode &node)
{
    if (node == m_node)
        return;
    m_node = node;
    update();
}

void DiagramNodeItem::setGeometry(const QRectF &rect, bool card)
{
    if (rect.size() != m_size || card != m_card) {
        prepareGeometryChange();
        m_size = rect.size();
        m_card = card;
    }
    setPos(rect.topLeft());
    setZValue(card ? -1 : 1);
}

QSizeF DiagramNodeItem::measure(const Models::DiagramNode &node, const DiagramStyle &style)
{
    const QFontMetricsF &small = style.smallMetrics();
    const QFontMetricsF &name = style.nameMetrics();
    const double content = std::max(
        name.horizontalAdvance(node.name), kindIconWidth(style) + small.horizontalAdvance(node.kind) + 12 + stateWordWidth(node, style));
    double width = std::clamp(std::ceil(Stripe + 2 * Padding + content), MinWidth, MaxWidth);
    width = std::ceil(width / WidthStep) * WidthStep;
    double height = 2 * Padding + small.height() + RowGap + name.height();
    const int lines = node.aggregate ? 0 : std::min<int>(MaxDetailLines, node.details.size());
    if (lines > 0)
        height += RowGap + lines * small.height();
    if (node.aggregate)
        height += 3 * RowGap + BarHeight + small.height();
    return QSizeF(width, std::ceil(height));
}

QString DiagramNodeItem::sizeKey(const Models::DiagramNode &node)
{
    const int lines = node.aggregate ? 0 : std::min<int>(MaxDetailLines, node.details.size());
    const int unseen = DiagramStyle::isUnseen(node.state) ? int(node.state) : -1;
    return node.kind + u'\n' + node.name + u'\n' + QString::number(lines) + u'\n' + QString::number(unseen)
        + (node.aggregate ? QStringLiteral("\na") : QString());
}

DiagramScene *DiagramNodeItem::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

QRectF DiagramNodeItem::badgeRect() const
{
    const DiagramScene *owner = diagramScene();
    const double d = owner ? owner->diagramStyle().smallMetrics().height() + 2 : 14;
    return QRectF(m_size.width() - d - 6, -d / 2, d, d);
}

QRectF DiagramNodeItem::expandRect() const
{
    const double s = 16;
    return QRectF(m_size.width() - Padding - s, m_size.height() - Padding - s + 2, s, s);
}

DiagramNodeItem::Part DiagramNodeItem::partAt(const QPointF &pos) const
{
    if (m_node.findingSeverity >= 0 && badgeRect().adjusted(-2, -2, 2, 2).contains(pos))
        return Part::Badge;
    if (m_node.aggregate && expandRect().adjusted(-2, -2, 2, 2).contains(pos))
        return Part::Expand;
    return Part::Body;
}

QRectF DiagramNodeItem::boundingRect() const
{
    // Room for the selection ring and the badge on the top border.
    return QRectF(QPointF(), m_size).adjusted(-6, -12, 6, 6);
}

QPainterPath DiagramNodeItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // where the badge overlaps the box is inside too
    path.addRect(QRectF(QPointF(), m_size));
    if (m_node.findingSeverity >= 0)
        path.addEllipse(badgeRect());
    return path;
}

void DiagramNodeItem::paintRows(QPainter *painter, const DiagramStyle &style, const QRectF &area) const
{
    const QFontMetricsF &small = style.smallMetrics();
    const QFontMetricsF &name = style.nameMetrics();
    const QColor stateColour = style.stateColour(m_node.state);
    double y = area.top();

    // First row: the kind, and at its end the state in words when not OK.
    double wordLeft = area.right();
    if (m_node.state != DiagramState::Ok) {
        const QString word = Models::diagramStateLabel(m_node.state);
        const double wordWidth = small.horizontalAdvance(word);
        wordLeft = area.right() - wordWidth;
        QRectF glyph(wordLeft - small.height() - 3, y, small.height(), small.height());
        if (DiagramStyle::isUnseen(m_node.state) && drawStateGlyph(painter, m_node.state, glyph, stateColour))
            wordLeft = glyph.left();
        painter->setFont(style.smallFont());
        painter->setPen(stateColour);
        painter->drawText(
            QRectF(area.right() - wordWidth, y, wordWidth, small.height()), Qt::AlignRight | Qt::AlignVCenter, word);
    }
    // The kind's picture before its name, in the kind's muted colour.
    const double side = small.height();
    paintKindIcon(painter, QRectF(area.left(), y, side, side), m_node.kind, style.muted());
    const double kindLeft = area.left() + kindIconWidth(style);
    painter->setFont(style.smallFont());
    painter->setPen(style.muted());
    const double kindWidth = std::max(0.0, wordLeft - 8 - kindLeft);
    painter->drawText(QRectF(kindLeft, y, kindWidth, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
        small.elidedText(m_node.kind, Qt::ElideRight, kindWidth));
    y += small.height() + RowGap;

    painter->setFont(style.nameFont());
    painter->setPen(style.text());
    painter->drawText(QRectF(area.left(), y, area.width(), name.height()), Qt::AlignLeft | Qt::AlignVCenter,
        name.elidedText(m_node.name, Qt::ElideMiddle, area.width()));
    y += name.height() + RowGap;

    painter->setFont(style.smallFont());
    painter->setPen(DiagramStyle::mix(style.text(), style.background(), 0.2));
    for (int i = 0; i < std::min<int>(MaxDetailLines, m_node.details.size()) && !m_node.aggregate; ++i) {
        painter->drawText(QRectF(area.left(), y, area.width(), small.height()), Qt::AlignLeft | Qt::AlignVCenter,
            small.elidedText(m_node.details[i], Qt::ElideRight, area.width()));
        y += small.height();
    }
}

void DiagramNodeItem::paintCounts(QPainter *painter, const DiagramStyle &style, const QRectF &area) const
{
    const QFontMetricsF &small = style.smallMetrics();
    double total = 0;
    for (const auto &count : m_node.counts)
        total += std::max(0, count.second);
    const double barRight = expandRect().left() - 6;
    QRectF bar(area.left(), area.bottom() - small.height() - RowGap - BarHeight, barRight - area.left(), BarHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.frameFill());
    painter->drawRoundedRect(bar, 2, 2);
    double x = bar.left();
    for (const auto &[state, count] : m_node.counts) {
        if (count <= 0 || total <= 0)
            continue;
        const double w = bar.width() * count / total;
        painter->setBrush(style.stateColour(state));
        painter->drawRect(QRectF(x, bar.top(), w, bar.height()));
        x += w;
    }
    painter->setFont(style.smallFont());
    painter->setPen(style.muted());
    painter->drawText(QRectF(area.left(), area.bottom() - small.height(), barRight - area.left(), small.height()),
        Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(countsText(m_node), Qt::ElideRight, barRight - area.left()));

    const QRectF button = expandRect();
    painter->setPen(QPen(style.line(), 1));
    painter->setBrush(style.background());
    painter->drawRoundedRect(button, 3, 3);
    painter->setPen(QPen(style.text(), 1.5));
    const QPointF c = button.center();
    painter->drawLine(c - QPointF(4, 0), c + QPointF(4, 0));
    painter->drawLine(c - QPointF(0, 4), c + QPointF(0, 4));
}

void DiagramNodeItem::paintSketch(QPainter *painter, const DiagramStyle &style) const
{
    const DiagramState state = m_node.state;
    const QColor colour = style.stateColour(state);
    const QRectF box(QPointF(), m_size);
    painter->setPen(QPen(isSelected() ? style.highlight() : DiagramStyle::mix(style.line(), colour, 0.5), 0));
    painter->setBrush(m_card ? style.frameFill() : style.fillFor(state));
    painter->drawRect(box);
    if (!m_card)
        painter->fillRect(QRectF(0, 0, m_size.width() * 0.08, m_size.height()), colour);
    if (m_node.findingSeverity >= 0)
        painter->fillRect(badgeRect(), style.severityColour(m_node.findingSeverity));
}

void DiagramNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramScene *owner = diagramScene();
    if (!owner)
        return;
    const DiagramStyle &style = owner->diagramStyle();
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < SketchScale) {
        paintSketch(painter, style);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(QPointF(), m_size).adjusted(0.5, 0.5, -0.5, -0.5);
    const DiagramState state = m_node.state;
    const QColor colour = style.stateColour(state);
    const bool unseen = DiagramStyle::isUnseen(state);

    QPen border(style.line(), 1);
    if (unseen || state == DiagramState::Missing) {
        border = QPen(colour, 1.4, Qt::DashLine);
    } else if (state == DiagramState::Failed) {
        border = QPen(colour, 2);
    } else if (state == DiagramState::Warning || state == DiagramState::Progressing) {
        border = QPen(colour, 1.3);
    }
    QPainterPath outline;
    outline.addRoundedRect(box, Radius, Radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_card && !unseen ? style.frameFill() : style.fillFor(state));
    painter->drawPath(outline);
    if (!m_card && !unseen && state != DiagramState::Missing) {
        painter->save();
        painter->setClipPath(outline);
        painter->fillRect(QRectF(0, 0, Stripe, m_size.height()), colour);
        painter->restore();
    }
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    const QSizeF header = m_card ? measure(m_node, style) : m_size;
    const QRectF rows(
        textLeft(m_card), Padding, m_size.width() - textLeft(m_card) - Padding, header.height() - 2 * Padding);
    paintRows(painter, style, rows);
    if (m_node.aggregate)
        paintCounts(painter, style, QRectF(rows.left(), Padding, rows.width(), m_size.height() - 2 * Padding));

    if (m_node.findingSeverity >= 0) {
        const QRectF badge = badgeRect();
        painter->setPen(QPen(style.background(), 1.5));
        painter->setBrush(style.severityColour(m_node.findingSeverity));
        painter->drawEllipse(badge);
        QFont font = style.smallFont();
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(
            badge, Qt::AlignCenter, m_node.findingSeverity >= 3 ? QStringLiteral("i") : QStringLiteral("!"));
    }
    if (isSelected() || hasFocus()) {
        painter->setPen(QPen(style.highlight(), 2.5, hasFocus() && !isSelected() ? Qt::DotLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), Radius + 2, Radius + 2);
    }
}

QString DiagramNodeItem::toolTipText() const
{
    const auto escape = [](const QString &text) { return text.toHtmlEscaped(); };
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(escape(m_node.name)));
    lines.append(
        escape(m_node.namespaceName.isEmpty() ? m_node.kind : tr("%1 in %2").arg(m_node.kind, m_node.namespaceName)));
    lines.append(tr("State: %1").arg(escape(Models::diagramStateLabel(m_node.state))));
    for (const QString &detail : m_node.details)
        lines.append(escape(detail));
    for (const QString &reason : m_node.reasons)
        lines.append(QStringLiteral("• ") + escape(reason));
    if (m_node.aggregate) {
        lines.append(escape(countsText(m_node)));
        QStringList shown = m_node.members.mid(0, MaxMembersShown);
        if (m_node.members.size() > MaxMembersShown)
            shown.append(tr("… and %n more", nullptr, int(m_node.members.size() - MaxMembersShown)));
        if (!shown.isEmpty())
            lines.append(escape(shown.join(QStringLiteral(", "))));
        lines.append(tr("Double-click or press + to show each one."));
    }
    if (!m_node.explanation.isEmpty())
        lines.append(QStringLiteral("<i>%1</i>").arg(escape(m_node.explanation)));
    if (m_node.findingSeverity >= 0 && !m_node.findingText.isEmpty())
        lines.append(tr("Finding: %1").arg(escape(m_node.findingText)));
    return QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QStringLiteral("<br/>"))
        + QStringLiteral("</p>");
}

QString DiagramNodeItem::toolTipAt(const QPointF &pos) const
{
    switch (partAt(pos)) {
    case Part::Badge: return m_node.findingText;
    case Part::Expand: return tr("Show each one");
    case Part::Body: break;
    }
    return toolTipText();
}

void DiagramNodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(partAt(event->pos()) == Part::Body ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void DiagramNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressed = partAt(event->pos());
    QGraphicsItem::mousePressEvent(event);
}

void DiagramNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    DiagramScene *owner = diagramScene();
    if (!owner || event->button() != Qt::LeftButton || partAt(event->pos()) != m_pressed)
        return;
    switch (m_pressed) {
    case Part::Badge: Q_EMIT owner->badgeClicked(m_node.id); break;
    case Part::Expand: Q_EMIT owner->expandClicked(m_node.id); break;
    case Part::Body: Q_EMIT owner->nodeClicked(m_node.id); break;
    }
}

void DiagramNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    DiagramScene *owner = diagramScene();
    if (owner && m_node.aggregate && event->button() == Qt::LeftButton)
        Q_EMIT owner->expandClicked(m_node.id);
    else
        QGraphicsItem::mouseDoubleClickEvent(event);
}

void DiagramNodeItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    DiagramScene *owner = diagramScene();
    if (!owner)
        return;
    owner->clearSelection();
    setSelected(true);
    Q_EMIT owner->contextMenuRequested(m_node.id, event->screenPos());
}

void DiagramNodeItem::keyPressEvent(QKeyEvent *event)
{
    DiagramScene *owner = diagramScene();
    if (!owner)
        return;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        owner->clearSelection();
        setSelected(true);
        Q_EMIT owner->nodeClicked(m_node.id);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Space:
        if (m_node.aggregate) {
            Q_EMIT owner->expandClicked(m_node.id);
            return;
        }
        break;
    case Qt::Key_Menu: {
        const QList<QGraphicsView *> views = owner->views();
        if (!views.isEmpty()) {
            QGraphicsView *view = views.constFirst();
            const QPoint at
                = view->viewport()->mapToGlobal(view->mapFromScene(mapToScene(QRectF(QPointF(), m_size).center())));
            Q_EMIT owner->contextMenuRequested(m_node.id, at);
        }
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: owner->focusNeighbour(this, Qt::Key(event->key())); return;
    default: break;
    }
    QGraphicsItem::keyPressEvent(event);
}

void DiagramNodeItem::focusInEvent(QFocusEvent *event)
{
    update();
    QGraphicsItem::focusInEvent(event);
}

void DiagramNodeItem::focusOutEvent(QFocusEvent *event)
{
    update();
    QGraphicsItem::focusOutEvent(event);
}

} // namespace Kaji::Ui
