#pragma once

// Where a piece of text stands, for tests that check what is placed at a line.

#include <QString>
#include <QStringList>

namespace KajiTest {

// The 1-based line of the first line containing `needle`; 0 when none does.
inline int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

} // namespace KajiTest
