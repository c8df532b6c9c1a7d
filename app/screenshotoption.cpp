#include "screenshotoption.h"

#include "clioptions.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Kaji::App {

std::optional<ScreenshotRequest> screenshotRequest(const QStringList &arguments)
{
    std::optional<ScreenshotRequest> request;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        // An option last on the line has no value: a usage error, not a
        // window that never closes.
        if ((arguments[i] == QLatin1String("--screenshot") || arguments[i] == QLatin1String("--screenshot-delay"))
            && i + 1 == arguments.size())
            return ScreenshotRequest{QString(), 0};
        if (auto path = CliOptions::value(arguments, i, QStringLiteral("--screenshot"))) {
            if (!request)
                request.emplace();
            request->path = *path;
        } else if (auto delay = CliOptions::value(arguments, i, QStringLiteral("--screenshot-delay"))) {
            if (!request)
                request.emplace();
            bool ok = false;
            request->delayMs = delay->toInt(&ok);
            if (!ok || request->delayMs < 0)
                return ScreenshotRequest{QString(), 0};
        }
    }
    return request;
}

void takeScreenshotLater(QWidget *window, const ScreenshotRequest &request)
{
    QPointer<QWidget> target(window);
    QTimer::singleShot(request.delayMs, window, [target, path = request.path] {
        const bool saved = target && target->grab().save(path);
        if (!saved) {
            const QString message = QCoreApplication::translate("Kaji::App::ScreenshotOption",
                                                                "kaji: cannot write the screenshot to %1")
                                        .arg(path);
            std::fprintf(stderr, "%s\n", qPrintable(message));
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace Kaji::App
