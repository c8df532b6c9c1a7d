#pragma once

#include <QAbstractAxis>
#include <QChart>

// GUI thread.
namespace Kaji::Ui {

// Removes every series and axis of `chart` and frees them, before a chart
// is drawn again. QChart deletes the series it removes, but an axis it
// removes becomes the caller's: one left behind per redraw made the app
// grow for as long as it ran (LeakSanitizer found them, issue 19).
inline void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace Kaji::Ui
