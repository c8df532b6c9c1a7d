#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// GUI thread.
namespace Kaji::App {

// `kaji --screenshot FILE [--screenshot-delay MS]`: open the window as usual,
// wait MS milliseconds (default 3000, time to connect and list), save a
// picture of the window to FILE and quit. For checking an installed package
// without a display (QT_QPA_PLATFORM=offscreen) and for documentation.
struct ScreenshotRequest {
    QString path;
    int delayMs = 3000;
};

// nullopt when the option is absent; an empty path when it is given
// without a file or with a bad delay (the caller reports that).
std::optional<ScreenshotRequest> screenshotRequest(const QStringList &arguments);

// Schedules the picture; the application exits with 0 once it is saved, 1
// when it cannot be written.
void takeScreenshotLater(QWidget *window, const ScreenshotRequest &request);

} // namespace Kaji::App
