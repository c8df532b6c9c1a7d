#include "healthcolours.h"

namespace Kaji::Ui {

QColor healthColour(Models::Health health, const QPalette &palette)
{
    switch (health) {
    case Models::Health::Healthy: return statusColour(Status::Ok, palette);
    case Models::Health::Progressing: return statusColour(Status::Info, palette);
    case Models::Health::Failing: return statusColour(Status::Error, palette);
    case Models::Health::Finished: return statusColour(Status::Neutral, palette);
    }
    return palette.color(QPalette::Text);
}

QColor severityColour(Models::Severity severity, const QPalette &palette)
{
    switch (severity) {
    // Critical outranks Error: the same red, pushed toward the text colour
    // (darker on light, lighter on dark) so a badge still tells them apart.
    case Models::Severity::Critical:
        return mixColours(statusColour(Status::Error, palette), palette.color(QPalette::Text), 0.3);
    case Models::Severity::Error: return statusColour(Status::Error, palette);
    case Models::Severity::Warning: return statusColour(Status::Warning, palette);
    case Models::Severity::Info: return statusColour(Status::Info, palette);
    }
    return palette.color(QPalette::Text);
}

} // namespace Kaji::Ui
