// Kaji: one binary, two faces. With a command it runs headless over the same
// layers; without one it opens the window.

#include "allocatortuning.h"
#include "application.h"
#include "commandline.h"
#include "diagramcommand.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "screenshotoption.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
    QCoreApplication::setApplicationName(QStringLiteral("Kaji"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAJI_VERSION));
}

int runCommand(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // kaji.exe is a GUI-subsystem program; to print in the terminal that
    // started it, attach to that terminal's console.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    // Pictures are drawn by the window's scene, hence a widgets application;
    // without a display it draws offscreen, as over SSH or in CI.
    std::unique_ptr<QCoreApplication> app;
    Kaji::App::tuneAllocator();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Kaji::App::DiagramCommand::wanted(arguments)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationInfo();
    Kaji::App::LanguageManager languages;
    languages.apply(QStringLiteral("system"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Kaji::App::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Kaji::App::CommandLine::wantsCommand(arguments))
        return runCommand(argc, argv);

    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Kaji"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.kaji.Kaji"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kaji.svg")));
    const auto screenshot = Kaji::App::screenshotRequest(QCoreApplication::arguments());
    if (screenshot && screenshot->path.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("Kaji::App::ScreenshotOption",
                                                           "kaji: usage: --screenshot FILE [--screenshot-delay MS]")
                            << '\n';
        return 2;
    }
    Kaji::App::Application kaji;
    kaji.show();
    if (screenshot)
        Kaji::App::takeScreenshotLater(kaji.mainWindow(), *screenshot);
    return app.exec();
}
