#include "podanatomylayout.h"

#include "podanatomytext.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMap>
#include <QTextLayout>

#include <cmath>

namespace Kaji::Ui {
namespace {

using Anatomy = Models::PodAnatomy;

constexpr qreal Margin = 8;
constexpr qreal NodePad = 10;
constexpr qreal PodPad = 10;
constexpr qreal BoxPad = 8;
constexpr qreal BoxGap = 10;
constexpr qreal BusGap = 9;
constexpr qreal MaxWidth = 760; // wider boxes only stretch short lines
constexpr qreal MinBoxWidth = 220; // narrower: the view scrolls sideways

} // namespace

// Stacks rows from the top; each add* takes the y it starts at and returns
// the y below what it placed.
class PodAnatomyLayout::Builder {
public:
    Builder(const Anatomy &pod, const QFont &base, qreal width) : m_pod(pod), m_base(base)
    {
        for (const Font role : {Font::Normal, Font::Bold, Font::Small, Font::SmallBold}) {
            const QFont font = PodAnatomyLayout::font(role, base);
            m_metrics.append(QFontMetricsF(font));
            // Japanese comes from a fallback font that is often taller than
            // the Latin one: every line leaves room for it, in every language.
            QTextLayout sample(QStringLiteral("Ag漢字"), font);
            sample.beginLayout();
            const QTextLine line = sample.createLine();
            sample.endLayout();
            m_heights.append(std::ceil(std::max(m_metrics.last().height(), line.height())));
        }
        // One bus per mounted volume, left to right in volume order, so a
        // bus turning into its volume crosses no bus still going down.
        for (int i = 0; i < pod.volumes.size(); ++i) {
            if (!pod.volumes.at(i).uses.isEmpty())
                m_busRank.insert(i, int(m_busRank.size()));
        }
        const qreal frames = 2 * (Margin + NodePad + PodPad);
        m_width = std::clamp(width, frames + gutterWidth() + MinBoxWidth, MaxWidth);
    }

    PodAnatomyLayout run()
    {
        const QRectF node(Margin, Margin, m_width - 2 * Margin, 0);
        qreal y = addLinkLine(PodAnatomyText::nodeLine(m_pod), node.left() + NodePad, node.top() + 6, node.width() - 2 * NodePad,
                              Font::SmallBold, QStringLiteral("node"), {}, -1);
        const QRectF pod(node.left() + NodePad, y + 6, node.width() - 2 * NodePad, 0);
        m_left = pod.left() + PodPad;
        m_boxWidth = pod.width() - 2 * PodPad - gutterWidth();
        y = addPodHeader(pod.top() + PodPad, pod);
        for (const Anatomy::Role role : {Anatomy::Role::Init, Anatomy::Role::Sidecar, Anatomy::Role::App}) {
            const QList<Anatomy::Container> containers = m_pod.containersOf(role);
            if (containers.isEmpty())
                continue;
            y = addSectionTitle(PodAnatomyText::sectionTitle(role, int(containers.size())), y + 6);
            for (int i = 0; i < containers.size(); ++i) {
                if (role == Anatomy::Role::Init)
                    y = addInitContainer(containers.at(i), i + 1, y, i + 1 < containers.size());
                else
                    y = addContainer(containers.at(i), y);
            }
        }
        if (!m_pod.volumes.isEmpty())
            y = addSectionTitle(PodAnatomyText::volumesTitle(int(m_pod.volumes.size())), y + 6);
        for (int i = 0; i < m_pod.volumes.size(); ++i)
            y = addVolume(i, y);
        addBuses();
        const QRectF podBox(pod.left(), pod.top(), pod.width(), y + PodPad - pod.top());
        const QRectF nodeBox(node.left(), node.top(), node.width(), podBox.bottom() + NodePad - node.top());
        m_out.m_boxes.prepend({podBox, Shape::Pod});
        m_out.m_boxes.prepend({nodeBox, Shape::Node, {}, false, m_pod.nodeName.isEmpty()});
        m_out.m_hotspots.append({podBox, QStringLiteral("pod"), PodAnatomyText::podTooltip(m_pod), {}, -1});
        m_out.m_size = QSizeF(m_width, nodeBox.bottom() + Margin);
        return m_out;
    }

private:
    qreal lineHeight(Font role) const { return m_heights.at(int(role)); }
    qreal textWidth(Font role, const QString &text) const { return m_metrics.at(int(role)).horizontalAdvance(text); }
    QString elided(Font role, const QString &text, qreal width, Qt::TextElideMode mode = Qt::ElideRight) const
    {
        return m_metrics.at(int(role)).elidedText(text, mode, std::max<qreal>(width, 0));
    }

    // One line of text at (x, y) within `width`; returns its rect.
    QRectF addText(const QString &text, qreal x, qreal y, qreal width, Font role, Ink ink, Models::Health health = {},
                   Qt::TextElideMode mode = Qt::ElideRight)
    {
        const QString shown = elided(role, text, width, mode);
        const QRectF rect(x, y, std::min(width, textWidth(role, shown) + 1), lineHeight(role));
        m_out.m_texts.append({rect, shown, role, ink, health, Qt::AlignLeft | Qt::AlignVCenter});
        return rect;
    }

    // "prefix name suffix", the name a link when the line names an object;
    // the name is elided last.
    qreal addLinkLine(const PodAnatomyText::Line &line, qreal x, qreal y, qreal width, Font role, const QString &id, const QString &tooltip,
                      int volume)
    {
        const bool link = !line.linkKind.isEmpty() && !line.name.isEmpty();
        // Marks like "(optional)" are short; the name, when there is one,
        // keeps at least half of what they leave.
        const qreal suffixWidth = std::min(textWidth(role, line.suffix) + 1, width / 3);
        const qreal rest = width - suffixWidth;
        const qreal prefixWidth = std::min(textWidth(role, line.prefix) + 1,
                                           line.name.isEmpty() ? rest : rest - std::min(textWidth(role, line.name) + 1, rest / 2));
        qreal at = x;
        if (!line.prefix.isEmpty())
            at = addText(line.prefix, at, y, prefixWidth, role, Ink::Muted).right();
        if (!line.name.isEmpty()) {
            const QRectF rect = addText(line.name, at, y, x + width - suffixWidth - at, role, link ? Ink::Link : Ink::Text, {},
                                        Qt::ElideMiddle);
            at = rect.right();
            if (link) {
                const bool node = line.linkKind == QLatin1String("Node");
                const Models::ObjectLink object{line.linkKind, {}, node ? QString() : m_pod.namespaceName, line.name,
                                                node ? QStringLiteral("node") : QStringLiteral("volume")};
                m_out.m_hotspots.append({rect, id, tooltip.isEmpty() ? PodAnatomyText::linkTooltip(line.linkKind, line.name) : tooltip,
                                         object, volume});
            }
        }
        if (!line.suffix.isEmpty())
            addText(line.suffix, at, y, x + width - at, role, Ink::Muted);
        return y + lineHeight(role);
    }

    void addBadge(const QString &text, const QRectF &rect)
    {
        m_out.m_boxes.append({rect, Shape::Badge});
        m_out.m_texts.append({rect, text, Font::SmallBold, Ink::Badge, {}, Qt::AlignCenter});
    }

    qreal addPodHeader(qreal y, const QRectF &pod)
    {
        const qreal width = pod.width() - 2 * PodPad;
        const qreal badge = textWidth(Font::SmallBold, QStringLiteral("Pod")) + 10;
        const qreal height = lineHeight(Font::Bold);
        addBadge(QStringLiteral("Pod"), QRectF(m_left, y + 1, badge, height - 2));
        addText(m_pod.name, m_left + badge + 6, y, width - badge - 6, Font::Bold, Ink::Text, {}, Qt::ElideMiddle);
        y += height;
        addText(PodAnatomyText::ipLine(m_pod), m_left, y, width, Font::Small, Ink::Text);
        y += lineHeight(Font::Small);
        addText(PodAnatomyText::statusLine(m_pod), m_left, y, width, Font::Small, Ink::Muted);
        return y + lineHeight(Font::Small);
    }

    qreal addSectionTitle(const QString &title, qreal y)
    {
        addText(title, m_left, y, m_boxWidth, Font::SmallBold, Ink::Muted);
        return y + lineHeight(Font::SmallBold) + 3;
    }

    // A row per mount at the box's foot, each wired to its volume's bus.
    qreal addMounts(const Anatomy::Container &c, qreal y)
    {
        const qreal width = m_boxWidth - 2 * BoxPad;
        for (int i = 0; i < c.mounts.size(); ++i) {
            const Anatomy::Mount &mount = c.mounts.at(i);
            // The read-only mark always shows; path and volume share the rest.
            const QString flags = PodAnatomyText::mountFlags(mount);
            const QString source = PodAnatomyText::mountSource(mount);
            const qreal room = width - textWidth(Font::Small, flags) - 1;
            const qreal pathWidth = std::min(textWidth(Font::Small, mount.path) + 1,
                                             std::max(room * 0.55, room - textWidth(Font::Small, source) - 1));
            const QRectF path = addText(mount.path, m_left + BoxPad, y, pathWidth, Font::Small, Ink::Text, {}, Qt::ElideMiddle);
            const QRectF from = addText(source, path.right(), y, m_left + BoxPad + room - path.right(), Font::Small, Ink::Muted, {},
                                        Qt::ElideMiddle);
            if (!flags.isEmpty())
                addText(flags, from.right(), y, m_left + BoxPad + width - from.right(), Font::Small, Ink::Muted);
            const int volume = volumeIndex(mount.volume);
            const QRectF row(m_left, y, m_boxWidth, lineHeight(Font::Small));
            m_out.m_hotspots.append({row, QStringLiteral("mount:%1:%2").arg(c.name).arg(i),
                                     PodAnatomyText::mountTooltip(c, mount, volume >= 0 ? &m_pod.volumes.at(volume) : nullptr), {}, volume});
            if (volume >= 0 && m_busRank.contains(volume)) {
                QPainterPath wire(QPointF(row.right(), row.center().y()));
                wire.lineTo(busX(volume), row.center().y());
                m_out.m_wires.append({wire, volume, false, mount.readOnly});
                m_out.m_dots.append({QPointF(busX(volume), row.center().y()), volume});
                m_busTop[volume] = std::min(m_busTop.value(volume, row.center().y()), row.center().y());
            }
            y += lineHeight(Font::Small);
        }
        return y;
    }

    // Small and numbered, with an arrow to the next: they run one by one.
    qreal addInitContainer(const Anatomy::Container &c, int number, qreal y, bool arrowToNext)
    {
        const qreal top = y;
        const qreal height = lineHeight(Font::Normal);
        const qreal inner = m_boxWidth - 2 * BoxPad;
        const int firstBox = int(m_out.m_boxes.size());
        y += BoxPad / 2;
        const qreal circle = lineHeight(Font::Small);
        m_out.m_boxes.append({QRectF(m_left + BoxPad, y + (height - circle) / 2, circle, circle), Shape::Number, c.health, true});
        m_out.m_texts.append({QRectF(m_left + BoxPad, y + (height - circle) / 2, circle, circle), QString::number(number), Font::SmallBold,
                              Ink::Badge, {}, Qt::AlignCenter});
        const QString state = PodAnatomyText::stateLine(c);
        const qreal nameX = m_left + BoxPad + circle + 6;
        const qreal nameWidth = textWidth(Font::Normal, c.name);
        // The state beside the name when both fit, below it otherwise.
        if (nameWidth + 12 + textWidth(Font::Small, state) <= inner - circle - 6) {
            addText(c.name, nameX, y, nameWidth + 1, Font::Normal, Ink::Text);
            const qreal stateWidth = textWidth(Font::Small, state) + 1;
            addText(state, m_left + m_boxWidth - BoxPad - stateWidth, y + (height - lineHeight(Font::Small)) / 2, stateWidth, Font::Small,
                    Ink::Health, c.health);
            y += height;
        } else {
            addText(c.name, nameX, y, inner - circle - 6, Font::Normal, Ink::Text, {}, Qt::ElideMiddle);
            y += height;
            addText(state, nameX, y, inner - circle - 6, Font::Small, Ink::Health, c.health);
            y += lineHeight(Font::Small);
        }
        y = addMounts(c, y) + BoxPad / 2;
        const QRectF box(m_left, top, m_boxWidth, y - top);
        m_out.m_boxes.insert(firstBox, {box, Shape::Container, c.health, true, c.state == Anatomy::State::Unknown});
        m_out.m_hotspots.append({box, QStringLiteral("container:") + c.name, PodAnatomyText::containerTooltip(m_pod, c), {}, -1});
        if (!arrowToNext)
            return y + BoxGap;
        const qreal x = m_left + BoxPad + circle / 2;
        QPainterPath arrow(QPointF(x, y));
        arrow.lineTo(x, y + BoxGap + 2);
        arrow.moveTo(x - 4, y + BoxGap - 3);
        arrow.lineTo(x, y + BoxGap + 2);
        arrow.lineTo(x + 4, y + BoxGap - 3);
        m_out.m_wires.append({arrow, -1, false, false});
        return y + BoxGap + 2;
    }

    // Ports sit on the top edge, right-aligned in their order; those that
    // do not fit are counted in a last chip and listed in the tooltips.
    void addPorts(const Anatomy::Container &c, qreal edge)
    {
        const qreal room = m_boxWidth - 2 * BoxPad;
        QList<std::pair<QString, int>> chips; // text, port index (-1: the rest)
        qreal used = 0;
        for (int i = 0; i < c.ports.size(); ++i) {
            const QString text = PodAnatomyText::portText(c.ports.at(i));
            const bool last = i + 1 == c.ports.size();
            if (used + chipWidth(text) + (last ? 0 : chipWidth(QStringLiteral("+%1").arg(c.ports.size() - i - 1)) + 4) > room) {
                chips.append({QStringLiteral("+%1").arg(c.ports.size() - i), -1});
                break;
            }
            chips.append({text, i});
            used += chipWidth(text) + 4;
        }
        const qreal height = lineHeight(Font::Small) + 2;
        qreal x = m_left + m_boxWidth - BoxPad - used + 4;
        if (!chips.isEmpty() && chips.last().second < 0)
            x -= chipWidth(chips.last().first) + 4;
        for (const auto &[text, port] : std::as_const(chips)) {
            const QRectF chip(x, edge - height / 2, chipWidth(text), height);
            m_out.m_boxes.append({chip, Shape::Port});
            m_out.m_texts.append({chip, text, Font::Small, Ink::Text, {}, Qt::AlignCenter});
            m_out.m_hotspots.append({chip, port < 0 ? QStringLiteral("port:%1:more").arg(c.name) : QStringLiteral("port:%1:%2").arg(c.name).arg(port),
                                     port < 0 ? PodAnatomyText::containerTooltip(m_pod, c) : PodAnatomyText::portTooltip(c, c.ports.at(port)),
                                     {}, -1});
            x += chip.width() + 4;
        }
    }
    qreal chipWidth(const QString &text) const { return textWidth(Font::Small, text) + 10; }

    qreal addContainer(const Anatomy::Container &c, qreal y)
    {
        const qreal inner = m_boxWidth - 2 * BoxPad;
        const qreal chipHalf = c.ports.isEmpty() ? 0 : (lineHeight(Font::Small) + 2) / 2;
        const qreal top = y + chipHalf;
        const int firstBox = int(m_out.m_boxes.size());
        // Below the port chips that straddle the edge.
        y = top + std::max(BoxPad, chipHalf + 3);
        addText(c.name, m_left + BoxPad, y, inner, Font::Bold, Ink::Text, {}, Qt::ElideMiddle);
        y += lineHeight(Font::Bold);
        addText(c.image, m_left + BoxPad, y, inner, Font::Small, Ink::Muted, {}, Qt::ElideMiddle);
        y += lineHeight(Font::Small);
        addText(PodAnatomyText::stateLine(c), m_left + BoxPad, y, inner, Font::Small, Ink::Health, c.health);
        y += lineHeight(Font::Small);
        if (const QString last = PodAnatomyText::lastRunLine(c); !last.isEmpty()) {
            addText(last, m_left + BoxPad, y, inner, Font::Small, Ink::Muted);
            y += lineHeight(Font::Small);
        }
        if (!c.mounts.isEmpty())
            y = addMounts(c, y + 4);
        y += BoxPad;
        const QRectF box(m_left, top, m_boxWidth, y - top);
        // The box goes under its port chips.
        m_out.m_boxes.insert(firstBox, {box, Shape::Container, c.health, true, c.state == Anatomy::State::Unknown});
        if (!c.ports.isEmpty())
            addPorts(c, top);
        m_out.m_hotspots.append({box, QStringLiteral("container:") + c.name, PodAnatomyText::containerTooltip(m_pod, c), {}, -1});
        return y + BoxGap;
    }

    qreal addVolume(int index, qreal y)
    {
        const Anatomy::Volume &v = m_pod.volumes.at(index);
        const qreal inner = m_boxWidth - 2 * BoxPad;
        const qreal top = y;
        const int firstBox = int(m_out.m_boxes.size());
        y += BoxPad * 0.75;
        const QString type = PodAnatomyText::volumeType(v);
        const qreal badge = std::min(textWidth(Font::SmallBold, type) + 10, inner / 2);
        const qreal height = lineHeight(Font::Bold);
        addBadge(elided(Font::SmallBold, type, badge - 6), QRectF(m_left + BoxPad, y + 1, badge, height - 2));
        addText(v.name, m_left + BoxPad + badge + 6, y, inner - badge - 6, Font::Bold, Ink::Text, {}, Qt::ElideMiddle);
        m_volumeEntry.insert(index, y + height / 2);
        y += height;
        const QList<PodAnatomyText::Line> lines = PodAnatomyText::volumeLines(v);
        for (int i = 0; i < lines.size(); ++i)
            y = addLinkLine(lines.at(i), m_left + BoxPad, y, inner, Font::Small, QStringLiteral("link:%1:%2").arg(v.name).arg(i), {}, index);
        y += BoxPad * 0.75;
        const QRectF box(m_left, top, m_boxWidth, y - top);
        m_out.m_boxes.insert(firstBox, {box, Shape::Volume, {}, false, v.type == Anatomy::VolumeType::Missing});
        m_out.m_hotspots.append({box, QStringLiteral("volume:") + v.name, PodAnatomyText::volumeTooltip(v), {}, index});
        return y + BoxGap * 0.6;
    }

    // Down the gutter from the first mount to the volume, then into it.
    void addBuses()
    {
        const qreal boxRight = m_left + m_boxWidth;
        for (auto it = m_busRank.cbegin(); it != m_busRank.cend(); ++it) {
            const int volume = it.key();
            const qreal x = busX(volume);
            const qreal entry = m_volumeEntry.value(volume);
            QPainterPath bus(QPointF(x, m_busTop.value(volume, entry)));
            bus.lineTo(x, entry);
            bus.lineTo(boxRight + 1, entry);
            bus.moveTo(boxRight + 6, entry - 4);
            bus.lineTo(boxRight + 1, entry);
            bus.lineTo(boxRight + 6, entry + 4);
            m_out.m_wires.append({bus, volume, true, false});
        }
    }

    int volumeIndex(const QString &name) const
    {
        for (int i = 0; i < m_pod.volumes.size(); ++i) {
            if (m_pod.volumes.at(i).name == name)
                return i;
        }
        return -1;
    }
    qreal gutterWidth() const { return m_busRank.isEmpty() ? 0 : 12 + m_busRank.size() * BusGap; }
    qreal busX(int volume) const { return m_left + m_boxWidth + 12 + m_busRank.value(volume) * BusGap; }

    const Anatomy &m_pod;
    QFont m_base;
    QList<QFontMetricsF> m_metrics;
    QList<qreal> m_heights;
    qreal m_width = 0;
    qreal m_left = 0;
    qreal m_boxWidth = 0;
    QMap<int, int> m_busRank; // volume index → position in the gutter
    QHash<int, qreal> m_busTop;
    QHash<int, qreal> m_volumeEntry;
    PodAnatomyLayout m_out;
};

PodAnatomyLayout PodAnatomyLayout::build(const Models::PodAnatomy &pod, const QFont &font, qreal width)
{
    return Builder(pod, font, width).run();
}

QFont PodAnatomyLayout::font(Font role, const QFont &base)
{
    QFont f = base;
    if (role == Font::Small || role == Font::SmallBold) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 0.9);
        else
            f.setPixelSize(std::max(8, int(f.pixelSize() * 0.9)));
    }
    f.setBold(role == Font::Bold || role == Font::SmallBold);
    return f;
}

const PodAnatomyLayout::Hotspot *PodAnatomyLayout::hotspotAt(const QPointF &point) const
{
    const Hotspot *best = nullptr;
    for (const Hotspot &h : m_hotspots) {
        if (h.rect.contains(point) && (!best || h.rect.width() * h.rect.height() < best->rect.width() * best->rect.height()))
            best = &h;
    }
    return best;
}

const PodAnatomyLayout::Hotspot *PodAnatomyLayout::hotspot(const QString &id) const
{
    for (const Hotspot &h : m_hotspots) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

} // namespace Kaji::Ui
