#pragma once

// Shared by the GUI tests that run against the local cluster: its
// kubeconfig, kubectl as the admin, and screenshots for people to look at.

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QWidget>

namespace KajiGuiTest {

inline QString kubeconfig()
{
    return qEnvironmentVariable("KAJI_TEST_KUBECONFIG");
}

// kubectl as kaji-admin; returns its standard output.
inline QByteArray kubectl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), kubeconfig(),
                                                         QStringLiteral("--context"), QStringLiteral("kaji-admin")}
                                                 + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

// Saves a grab under KAJI_SCREENSHOT_DIR (the build tree's screenshots/).
inline bool screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(dir);
    QTest::qWait(300);
    return window->grab().save(QDir(dir).filePath(name));
}

} // namespace KajiGuiTest
