#pragma once

#include "objectsummary.h"
#include "podanatomy.h"

#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <optional>

// GUI thread (measures text with the widget's font); plain values.
namespace Kaji::Ui {

// Where everything of the pod anatomy picture goes for one width: the node
// around the pod, containers stacked (init containers small and numbered,
// then sidecars, then app containers), volumes along the bottom. Each mount
// is a row in its container's box, wired to the bus of its volume in a
// gutter on the right, so mount paths never overlap however many there are;
// the picture grows downwards and the view scrolls. The view paints this
// list; tests ask it where things are.
class PodAnatomyLayout {
public:
    enum class Shape { Node, Pod, Container, Port, Badge, Number, Volume };
    enum class Font { Normal, Bold, Small, SmallBold };
    enum class Ink { Text, Muted, Link, Health, Badge };

    struct Box {
        QRectF rect;
        Shape shape = Shape::Container;
        Models::Health health = Models::Health::Healthy; // containers
        bool coloured = false; // filled and outlined in the health colour
        bool dashed = false; // not scheduled, no status yet, a missing volume
    };
    struct Text {
        QRectF rect;
        QString text; // already elided to fit
        Font font = Font::Normal;
        Ink ink = Ink::Text;
        Models::Health health = Models::Health::Healthy;
        Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    };
    // A mount's wire to its volume's bus, or the bus itself; `volume`
    // indexes the anatomy's volumes, so a hovered volume lights its wires.
    struct Wire {
        QPainterPath path;
        int volume = -1;
        bool bus = false;
        bool readOnly = false;
    };
    struct Dot {
        QPointF at;
        int volume = -1;
    };
    // A place that answers the mouse: a tooltip, and a link for sources
    // that are API objects.
    struct Hotspot {
        QRectF rect;
        QString id; // "container:api", "mount:api:0", "volume:tls", "link:tls:0", "node", ...
        QString tooltip;
        std::optional<Models::ObjectLink> link;
        int volume = -1;
    };

    static PodAnatomyLayout build(const Models::PodAnatomy &pod, const QFont &font, qreal width);
    static QFont font(Font role, const QFont &base);

    QSizeF size() const { return m_size; }
    const QList<Box> &boxes() const { return m_boxes; }
    const QList<Text> &texts() const { return m_texts; }
    const QList<Wire> &wires() const { return m_wires; }
    const QList<Dot> &dots() const { return m_dots; }
    const QList<Hotspot> &hotspots() const { return m_hotspots; }
    // The most specific place under `point` (a mount row before its box).
    const Hotspot *hotspotAt(const QPointF &point) const;
    const Hotspot *hotspot(const QString &id) const;

private:
    class Builder;
    QSizeF m_size;
    QList<Box> m_boxes;
    QList<Text> m_texts;
    QList<Wire> m_wires;
    QList<Dot> m_dots;
    QList<Hotspot> m_hotspots;
};

} // namespace Kaji::Ui
