#pragma once

#include <QColor>
#include <QPalette>

// Pure functions; GUI thread (palettes).
namespace Kaji::Ui {

// The one place status colours are defined, for light and dark palettes:
// the tables' health cells, the details, the diagrams, the overview's
// charts, banners and badges all ask here, so "failing" is the same red
// everywhere. Each colour reaches a WCAG contrast of at least 3:1 against
// the palette's Base (tests/ui/tst_theme checks it for Kaji's themes).
enum class Status {
    Ok, // running, ready, healthy
    Warning, // pending attention, degraded
    Error, // failed, broken
    Neutral, // unknown, finished, not observable
    Info, // progressing, informational
};
inline constexpr int StatusCount = 5;

bool isDarkPalette(const QPalette &palette);
// For text, lines, dots and bars on the palette's Base or Window.
QColor statusColour(Status status, const QPalette &palette);
// A background for a banner or a highlighted row: the status faintly over
// Base, under which the palette's Text stays readable.
QColor statusTint(Status status, const QPalette &palette);
// A framed note in a status (an error above a table, a warning in a
// page): the tint as background, the status as border, the palette's text.
// Widgets that set it re-set it on QEvent::PaletteChange.
QString statusBoxStyleSheet(Status status, const QPalette &palette);
// What a line of monochrome icons is drawn in: the text colour, a little
// quieter, so icons lead the eye less than the names beside them.
QColor iconColour(const QPalette &palette);

// `amountOfB` of b over a (0: a, 1: b).
QColor mixColours(const QColor &a, const QColor &b, double amountOfB);
// WCAG 2 relative luminance and contrast ratio (1 to 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Kaji::Ui
