#include "podanatomyview.h"

#include "healthcolours.h"

#include <QEvent>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

namespace Kaji::Ui {
namespace {

using Layout = PodAnatomyLayout;

QColor blend(const QColor &over, const QColor &under, qreal amount)
{
    return QColor::fromRgbF(float(over.redF() * amount + under.redF() * (1 - amount)),
                            float(over.greenF() * amount + under.greenF() * (1 - amount)),
                            float(over.blueF() * amount + under.blueF() * (1 - amount)));
}

void paintBox(QPainter &p, const Layout::Box &box, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    QColor fill = base;
    QColor line = muted;
    qreal radius = 6;
    switch (box.shape) {
    case Layout::Shape::Node:
        fill = blend(palette.color(QPalette::Text), base, dark ? 0.06 : 0.05);
        radius = 10;
        break;
    case Layout::Shape::Pod:
        line = blend(palette.color(QPalette::Text), base, 0.45);
        radius = 10;
        break;
    case Layout::Shape::Container:
        fill = blend(healthColour(box.health, palette), base, dark ? 0.16 : 0.09);
        line = healthColour(box.health, palette);
        break;
    case Layout::Shape::Number:
        fill = healthColour(box.health, palette);
        line = fill;
        radius = box.rect.height() / 2;
        break;
    case Layout::Shape::Port:
        line = blend(palette.color(QPalette::Text), base, 0.5);
        radius = 3;
        break;
    case Layout::Shape::Badge:
        fill = muted;
        line = muted;
        radius = 3;
        break;
    case Layout::Shape::Volume:
        fill = blend(palette.color(QPalette::Text), base, dark ? 0.08 : 0.04);
        if (box.dashed)
            line = healthColour(Models::Health::Failing, palette);
        break;
    }
    QPen pen(line, box.shape == Layout::Shape::Container ? 1.5 : 1);
    if (box.dashed)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    p.drawRoundedRect(box.rect, radius, radius);
}

void paintWires(QPainter &p, const Layout &picture, const QPalette &palette, int hovered)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor normal = blend(palette.color(QPalette::Text), base, 0.55);
    const QColor lit = palette.color(QPalette::Highlight);
    // Buses first; mounts cross them over a gap in the pod's colour.
    for (const bool buses : {true, false}) {
        for (const Layout::Wire &wire : picture.wires()) {
            if (wire.bus != buses)
                continue;
            const bool on = hovered >= 0 && wire.volume == hovered;
            if (!wire.bus && wire.volume >= 0) {
                p.setPen(QPen(base, 5));
                p.drawPath(wire.path);
            }
            QPen pen(on ? lit : normal, on ? 2 : 1.2);
            if (wire.readOnly)
                pen.setDashPattern({4, 2.5});
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(wire.path);
        }
    }
    for (const Layout::Dot &dot : picture.dots()) {
        const bool on = hovered >= 0 && dot.volume == hovered;
        p.setPen(Qt::NoPen);
        p.setBrush(on ? lit : normal);
        p.drawEllipse(dot.at, on ? 3.5 : 2.6, on ? 3.5 : 2.6);
    }
}

void paintTexts(QPainter &p, const Layout &picture, const QPalette &palette, const QFont &base)
{
    for (const Layout::Text &text : picture.texts()) {
        QFont font = Layout::font(text.font, base);
        QColor colour = palette.color(QPalette::Text);
        switch (text.ink) {
        case Layout::Ink::Text: break;
        case Layout::Ink::Muted: colour = palette.color(QPalette::PlaceholderText); break;
        case Layout::Ink::Link:
            colour = palette.color(QPalette::Link);
            font.setUnderline(true);
            break;
        case Layout::Ink::Health: colour = healthColour(text.health, palette); break;
        case Layout::Ink::Badge: colour = palette.color(QPalette::Base); break;
        }
        p.setFont(font);
        p.setPen(colour);
        // Unclipped: a fallback font's glyphs may reach past the line box.
        p.drawText(text.rect, int(text.align) | Qt::TextSingleLine | Qt::TextDontClip, text.text);
    }
}

void paintPicture(QPainter &p, const Layout &picture, const QPalette &palette, const QFont &font, int hovered)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Containers and volumes over the wires that end at their edges.
    for (const Layout::Box &box : picture.boxes()) {
        if (box.shape == Layout::Shape::Node || box.shape == Layout::Shape::Pod)
            paintBox(p, box, palette);
    }
    paintWires(p, picture, palette, hovered);
    for (const Layout::Box &box : picture.boxes()) {
        if (box.shape != Layout::Shape::Node && box.shape != Layout::Shape::Pod)
            paintBox(p, box, palette);
    }
    paintTexts(p, picture, palette, font);
}

} // namespace

PodAnatomyView::PodAnatomyView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("podAnatomy"));
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFrameShape(QFrame::NoFrame);
}

void PodAnatomyView::setPod(const nlohmann::json &pod)
{
    const Models::PodAnatomy anatomy = Models::PodAnatomy::fromJson(pod);
    const bool samePod = m_hasPod && anatomy.namespaceName == m_anatomy.namespaceName && anatomy.name == m_anatomy.name;
    m_anatomy = anatomy;
    m_hasPod = true;
    if (!samePod) {
        horizontalScrollBar()->setValue(0);
        verticalScrollBar()->setValue(0);
        m_hoveredVolume = -1;
    }
    relayout();
}

void PodAnatomyView::clear()
{
    m_anatomy = {};
    m_hasPod = false;
    m_hoveredVolume = -1;
    relayout();
}

// The scroll bar's width is always set aside, so that its showing never
// changes the width the picture is laid out for (which could flip it back).
void PodAnatomyView::relayout()
{
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int width = viewport()->width() + (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0) - bar;
    m_picture = m_hasPod ? PodAnatomyLayout::build(m_anatomy, font(), width) : PodAnatomyLayout();
    const QSize size = m_picture.size().toSize();
    horizontalScrollBar()->setRange(0, std::max(0, size.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, size.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(fontMetrics().height() * 2);
    viewport()->update();
}

QPointF PodAnatomyView::origin() const
{
    // Centred when the view is wider than the picture can use.
    const qreal spare = viewport()->width() - m_picture.size().width();
    return QPointF(spare > 0 ? spare / 2 : -horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

const PodAnatomyLayout::Hotspot *PodAnatomyView::hotspotAt(const QPoint &viewportPos) const
{
    return m_picture.hotspotAt(QPointF(viewportPos) - origin());
}

QRect PodAnatomyView::placeOf(const QString &hotspotId)
{
    const PodAnatomyLayout::Hotspot *hotspot = m_picture.hotspot(hotspotId);
    if (!hotspot)
        return {};
    const QRectF rect = hotspot->rect;
    const QPointF at = rect.topLeft() + origin();
    if (at.y() < 0 || at.y() + rect.height() > viewport()->height())
        verticalScrollBar()->setValue(int(rect.top() - viewport()->height() / 3));
    if (at.x() < 0 || at.x() + rect.width() > viewport()->width())
        horizontalScrollBar()->setValue(int(rect.left() - 8));
    return rect.translated(origin()).toAlignedRect();
}

QImage PodAnatomyView::render(qreal devicePixelRatio) const
{
    QImage image((m_picture.size() * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    paintPicture(p, m_picture, palette(), font(), -1);
    return image;
}

void PodAnatomyView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.translate(origin());
    paintPicture(p, m_picture, palette(), font(), m_hoveredVolume);
}

void PodAnatomyView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PodAnatomyView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool PodAnatomyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const PodAnatomyLayout::Hotspot *hotspot = hotspotAt(help->pos());
        if (hotspot && !hotspot->tooltip.isEmpty())
            QToolTip::showText(help->globalPos(), hotspot->tooltip, viewport(), hotspot->rect.translated(origin()).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave)
        setHoveredVolume(-1);
    return QAbstractScrollArea::viewportEvent(event);
}

void PodAnatomyView::setHoveredVolume(int volume)
{
    if (volume == m_hoveredVolume)
        return;
    m_hoveredVolume = volume;
    viewport()->update();
}

void PodAnatomyView::mouseMoveEvent(QMouseEvent *event)
{
    const PodAnatomyLayout::Hotspot *hotspot = hotspotAt(event->position().toPoint());
    setHoveredVolume(hotspot ? hotspot->volume : -1);
    viewport()->setCursor(hotspot && hotspot->link ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void PodAnatomyView::mousePressEvent(QMouseEvent *event)
{
    const PodAnatomyLayout::Hotspot *hotspot = hotspotAt(event->position().toPoint());
    m_pressedLink = event->button() == Qt::LeftButton && hotspot && hotspot->link ? hotspot->id : QString();
    QAbstractScrollArea::mousePressEvent(event);
}

void PodAnatomyView::mouseReleaseEvent(QMouseEvent *event)
{
    const PodAnatomyLayout::Hotspot *hotspot = hotspotAt(event->position().toPoint());
    const QString pressed = std::exchange(m_pressedLink, {});
    if (event->button() == Qt::LeftButton && hotspot && hotspot->link && hotspot->id == pressed) {
        Q_EMIT objectActivated(*hotspot->link);
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void PodAnatomyView::changeEvent(QEvent *event)
{
    // New words or a new font change every size; a new palette only colours.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace Kaji::Ui
