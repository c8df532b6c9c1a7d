#pragma once

#include <QPalette>
#include <QString>

// GUI thread.
namespace Kaji::App {

// Applies "system", "light" or "dark" to the whole application at once;
// widgets, icons (style/kindicons.h) and status colours
// (style/statuscolours.h) follow the palette, so a switch at run time needs
// no restart.
//
// "light" and "dark" are Kaji's own: the Fusion style, a designed palette
// (themePalette) and a small style sheet for what the palette cannot reach
// (splitter handles, header sections, tabs, tool tips, focus).
// "system" keeps the platform's style and palette. With Qt 6.5 and later it
// also follows the platform's colour scheme: when the platform says dark
// but its palette is light (Fusion on a bare desktop), Kaji's dark palette
// is used, and a scheme change while running is followed. Qt 6.4 cannot ask
// the platform for its scheme, so there "system" is the platform palette.
void applyTheme(const QString &theme);

// Kaji's palette for "light" or "dark" (light for anything else).
QPalette themePalette(const QString &theme);

} // namespace Kaji::App
