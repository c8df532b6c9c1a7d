#pragma once

#include <QString>
#include <QStringView>

// Any thread; pure functions.
namespace Kaji::Models {

// Seconds of a duration as kubectl prints it ("45s", "5m12s", "10m",
// "3h4m", "2d3h", "3y20d"); -1 when the text is not one ("<unknown>", "").
// The server rounds down, so this is the lower bound of what it meant.
qint64 parseHumanDuration(QStringView text);

// Whether a server column prints the time since something ("Last Seen" of
// Events, "Last Schedule" of CronJobs): such a cell grows while the object
// stays unchanged, so a table that shows it for long must move it on.
bool isTimeSinceColumn(const QString &columnName);

} // namespace Kaji::Models
