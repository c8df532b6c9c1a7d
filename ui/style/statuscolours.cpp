#include "statuscolours.h"

#include <QString>

#include <cmath>

namespace Kaji::Ui {
namespace {

struct Pair {
    QRgb light;
    QRgb dark;
};

// Chosen together with the themes' Base (white, #1b1c1f): saturated enough
// to tell apart at a glance, dark enough on white and light enough on the
// dark base to read as text. Index: Status.
constexpr Pair Colours[StatusCount] = {
    {0xff1a7f37, 0xff3fb950}, // Ok: green
    {0xff9a6700, 0xffd29922}, // Warning: amber
    {0xffcf222e, 0xfff85149}, // Error: red
    {0xff656d76, 0xff8b949e}, // Neutral: grey
    {0xff0969da, 0xff58a6ff}, // Info: blue
};

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor statusColour(Status status, const QPalette &palette)
{
    const Pair &pair = Colours[int(status)];
    return QColor::fromRgb(isDarkPalette(palette) ? pair.dark : pair.light);
}

QColor statusTint(Status status, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mixColours(base, statusColour(status, palette), isDarkPalette(palette) ? 0.22 : 0.12);
}

QString statusBoxStyleSheet(Status status, const QPalette &palette)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px; }")
        .arg(statusTint(status, palette).name(), palette.color(QPalette::Text).name(),
             mixColours(statusColour(status, palette), palette.color(QPalette::Base), 0.35).name());
}

QColor iconColour(const QPalette &palette)
{
    return mixColours(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.18);
}

QColor mixColours(const QColor &a, const QColor &b, double amountOfB)
{
    const double t = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t), float(a.alphaF() * (1 - t) + b.alphaF() * t));
}

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Kaji::Ui
