#include "timesincecells.h"

namespace Kaji::Models {

qint64 parseHumanDuration(QStringView text)
{
    if (text.isEmpty())
        return -1;
    qint64 total = 0;
    qint64 number = -1;
    for (const QChar c : text) {
        if (c.isDigit()) {
            number = (number < 0 ? 0 : number * 10) + c.digitValue();
            if (number > 1'000'000'000)
                return -1;
            continue;
        }
        if (number < 0)
            return -1; // a unit without its number
        switch (c.unicode()) {
        case 's': total += number; break;
        case 'm': total += number * 60; break;
        case 'h': total += number * 3600; break;
        case 'd': total += number * 86400; break;
        case 'y': total += number * 365 * 86400; break;
        default: return -1;
        }
        number = -1;
    }
    return number < 0 ? total : -1; // a trailing number has no unit
}

bool isTimeSinceColumn(const QString &columnName)
{
    return columnName == QLatin1String("Last Seen") || columnName == QLatin1String("First Seen")
        || columnName == QLatin1String("Last Schedule");
}

} // namespace Kaji::Models
