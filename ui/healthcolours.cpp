#include "healthcolours.h"

namespace Kaji::Ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor healthColour(Models::Health health, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (health) {
    case Models::Health::Healthy: return dark ? QColor(0x6c, 0xd4, 0x7e) : QColor(0x1a, 0x7f, 0x37);
    case Models::Health::Progressing: return dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xb8);
    case Models::Health::Failing: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x22, 0x1b);
    case Models::Health::Finished: return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QColor severityColour(Models::Severity severity, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (severity) {
    case Models::Severity::Critical: return dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xa4, 0x0e, 0x0e);
    case Models::Severity::Error: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xd1, 0x24, 0x2f);
    case Models::Severity::Warning: return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xbf, 0x87, 0x00);
    case Models::Severity::Info: return dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xb8);
    }
    return palette.color(QPalette::Text);
}

} // namespace Kaji::Ui
