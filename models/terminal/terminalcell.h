#pragma once

#include <QString>

// Any thread (a value).
namespace Kaji::Models {

// One cell of the terminal grid as the painter needs it: the characters,
// resolved colours (RGB; "default" flags so the view can use its theme's
// colours), attributes and width. Compact because scrollback keeps
// thousands of lines of them.
struct TerminalCell {
    // 0xRRGGBB, the layout of QRgb without alpha (models/ links no Qt Gui).
    static constexpr quint32 rgb(int r, int g, int b) { return quint32(r) << 16 | quint32(g) << 8 | quint32(b); }

    enum Attribute : quint8 {
        Bold = 0x01,
        Italic = 0x02,
        Underline = 0x04,
        Reverse = 0x08,
        Strike = 0x10,
        DefaultForeground = 0x20,
        DefaultBackground = 0x40,
    };

    // A base character and up to two combining marks; 0 ends them.
    char32_t chars[3] = {0, 0, 0};
    quint32 foreground = 0;
    quint32 background = 0;
    quint8 attributes = DefaultForeground | DefaultBackground;
    // 1: narrow, 2: the left half of a wide character (日), 0: its right half.
    quint8 width = 1;

    bool has(Attribute a) const { return attributes & a; }
    bool isBlank() const { return chars[0] == 0 || chars[0] == U' '; }
    QString text() const
    {
        QString s;
        for (char32_t c : chars) {
            if (!c)
                break;
            const char32_t one[1] = {c};
            s += QString::fromUcs4(one, 1);
        }
        return s;
    }
};

} // namespace Kaji::Models
