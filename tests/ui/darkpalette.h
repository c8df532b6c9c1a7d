#pragma once

// A dark palette like the app's dark theme, for GUI tests that look at how
// a widget draws in it (screenshots, contrast).

#include <QColor>
#include <QPalette>

namespace KajiGuiTest {

inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x1f, 0x20, 0x23), base(0x17, 0x18, 0x1b), text(0xe1, 0xe3, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x12));
    return palette;
}

} // namespace KajiGuiTest
