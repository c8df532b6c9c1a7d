// `kaji --screenshot FILE`: the installed-package check relies on it, so it
// must open the real window, save it and exit by itself; bad use is refused.
// Also: a manifest path given by the desktop opens the window.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run kaji(const QStringList &arguments, const QString &settingsDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig/merge/second.yaml"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDir);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KAJI_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestScreenshotOption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesTheWindowAndExits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("window.png"));
        const Run run = kaji({QStringLiteral("--screenshot"), path, QStringLiteral("--screenshot-delay=300")},
                             dir.filePath(QStringLiteral("config")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(path);
        QVERIFY(!image.isNull());
        // The main window, not an empty placeholder.
        QVERIFY(image.width() >= 600);
        QVERIFY(image.height() >= 400);
    }

    // The installers' "Open with Kaji" passes a manifest's path: the window
    // opens (here: saves its picture) instead of "unknown command".
    void manifestPathOpensTheWindow()
    {
        QTemporaryDir dir;
        const QString manifest = dir.filePath(QStringLiteral("deploy.yaml"));
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        file.close();
        const QString path = dir.filePath(QStringLiteral("window.png"));
        const Run run = kaji({manifest, QStringLiteral("--screenshot"), path, QStringLiteral("--screenshot-delay=0")},
                             dir.filePath(QStringLiteral("config")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QImage(path).isNull());
        // A path that is no file stays a command, and an unknown one.
        QCOMPARE(kaji({dir.filePath(QStringLiteral("missing.yaml"))}, dir.path()).exitCode, 2);
    }

    void unwritableFileFails()
    {
        QTemporaryDir dir;
        const Run run = kaji({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("missing/dir/w.png")),
                              QStringLiteral("--screenshot-delay"), QStringLiteral("0")},
                             dir.filePath(QStringLiteral("config")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot write the screenshot")));
    }

    void missingFileOrBadDelayIsAUsageError()
    {
        QTemporaryDir dir;
        QCOMPARE(kaji({QStringLiteral("--screenshot")}, dir.path()).exitCode, 2);
        QCOMPARE(kaji({QStringLiteral("--screenshot=x.png"), QStringLiteral("--screenshot-delay=soon")}, dir.path())
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestScreenshotOption)
#include "tst_screenshotoption.moc"
