#include "executablelookup.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Kaji::Kube {
namespace {

QStringList askLoginShell()
{
#ifdef Q_OS_UNIX
    const QString shell = qEnvironmentVariable("SHELL", QStringLiteral("/bin/sh"));
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    // A login shell reads the profile files that set PATH; a marker guards
    // against profiles that print banners.
    process.start(shell, {QStringLiteral("-l"), QStringLiteral("-c"),
                          QStringLiteral("printf '\\n@@KAJI_PATH@@%s\\n' \"$PATH\"")});
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const qsizetype at = output.lastIndexOf(QLatin1String("@@KAJI_PATH@@"));
    if (at < 0)
        return {};
    const QString path = output.mid(at + 13).section(u'\n', 0, 0);
    return path.split(QDir::listSeparator(), Qt::SkipEmptyParts);
#else
    return {};
#endif
}

} // namespace

QStringList ExecutableLookup::loginShellPath()
{
    static const QStringList paths = askLoginShell();
    return paths;
}

QString ExecutableLookup::find(const QString &command)
{
    if (command.isEmpty())
        return {};
    if (command.contains(u'/') || command.contains(u'\\')) {
        const QFileInfo info(command);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QString found = QStandardPaths::findExecutable(command);
    if (!found.isEmpty())
        return found;
    const QStringList shellPath = loginShellPath();
    return shellPath.isEmpty() ? QString() : QStandardPaths::findExecutable(command, shellPath);
}

QString ExecutableLookup::mergedPath()
{
    QStringList entries = qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &entry : loginShellPath()) {
        if (!entries.contains(entry))
            entries << entry;
    }
    return entries.join(QDir::listSeparator());
}

} // namespace Kaji::Kube
