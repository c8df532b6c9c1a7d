#include "contextavatar.h"

#include <QPainter>
#include <QPainterPath>

#include <array>

namespace Kaji::Ui {
namespace {

// Mid-tone hues with white initials above 4.5:1 contrast.
constexpr std::array<QRgb, 12> Swatches = {0x1f6fb2, 0x2e7d32, 0xad1457, 0x6a1b9a, 0xc2410c, 0x00796b,
                                           0x4527a0, 0x8d6e00, 0x0277bd, 0xb71c1c, 0x37474f, 0x5d4037};

} // namespace

ContextAvatar::Connection ContextAvatar::connectionFor(int reflectorState)
{
    // Kube::Reflector::State: Connecting, Synced, Reconnecting, Forbidden, Error.
    switch (reflectorState) {
    case 0:
    case 2: return Connection::Connecting;
    case 1: return Connection::Connected;
    case 3:
    case 4: return Connection::Failed;
    default: return Connection::NotConnected;
    }
}

QColor ContextAvatar::defaultColour(const QString &name)
{
    // FNV-1a over the UTF-16 code units.
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromRgb(Swatches[hash % Swatches.size()]);
}

QList<QColor> ContextAvatar::swatches()
{
    QList<QColor> colours;
    for (const QRgb rgb : Swatches)
        colours.append(QColor::fromRgb(rgb));
    return colours;
}

QColor ContextAvatar::colourFor(const QString &name, const QString &chosen)
{
    const QColor colour = QColor::fromString(chosen);
    return colour.isValid() ? colour : defaultColour(name);
}

QColor ContextAvatar::stateColour(Connection connection)
{
    switch (connection) {
    case Connection::Connected: return QColor(0x2e, 0x9d, 0x4f);
    case Connection::Connecting: return QColor(0xe0, 0xa8, 0x00);
    case Connection::Failed: return QColor(0xd3, 0x2f, 0x2f);
    case Connection::NotConnected: break;
    }
    return {};
}

void ContextAvatar::paint(QPainter *painter, const QRect &rect, const QString &initials, const QColor &colour,
                          Connection connection, const QColor &background, const QColor &ring)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF square = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5);
    const qreal radius = square.width() * 0.22;
    if (ring.isValid()) {
        painter->setPen(QPen(ring, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius + 1, radius + 1);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(square.adjusted(2, 2, -2, -2), radius, radius);

    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(square.height() * 0.38)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(square, Qt::AlignCenter, initials);

    // The dot sits on the lower right corner with a ring of the background
    // around it, so it reads on any avatar colour; not connected, it is
    // hollow.
    const qreal size = std::max(7.0, square.width() * 0.34);
    const QRectF dot(square.right() - size + 2, square.bottom() - size + 2, size, size);
    painter->setPen(QPen(background, 1.5));
    painter->setBrush(connection == Connection::NotConnected ? background : stateColour(connection));
    painter->drawEllipse(dot);
    if (connection == Connection::NotConnected) {
        QColor grey = background.lightnessF() > 0.5 ? QColor(0x80, 0x80, 0x80) : QColor(0xa0, 0xa0, 0xa0);
        painter->setPen(QPen(grey, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(dot.adjusted(2, 2, -2, -2));
    }
    painter->restore();
}

QPixmap ContextAvatar::pixmap(int size, qreal devicePixelRatio, const QString &initials, const QColor &colour)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size * 0.22, size * 0.22);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(7, int(size * 0.42)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace Kaji::Ui
