// The first run without any context: the welcome page says which files Kaji
// read and what was wrong with them, offers the ways in, and gives way to the
// tabs as soon as a kubeconfig names a context.

#include "application.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "welcomepage.h"

#include <QPushButton>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji;

namespace {

QStringList sourceLines(Ui::WelcomePage *page)
{
    return page->sourceLines();
}

bool linesAreShown(Ui::WelcomePage *page)
{
    const QString shown = page->findChild<QLabel *>(QStringLiteral("welcomeSources"))->text();
    for (const QString &line : page->sourceLines()) {
        if (!shown.contains(line.toHtmlEscaped()))
            return false;
    }
    return true;
}

} // namespace

class TestWelcomePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
        QCoreApplication::setApplicationName(QStringLiteral("KajiWelcomeTest"));
        QSettings().clear();
    }

    void saysWhatItReadAndGivesWayToAContext()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("config"));
        const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig/malformed.yaml"), broken));
        qputenv("KUBECONFIG", (missing + QDir::listSeparator() + broken).toLocal8Bit());

        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        Ui::WelcomePage *page = window->welcomePage();
        QVERIFY(page->isVisible());
        const QStringList lines = sourceLines(page);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QDir::toNativeSeparators(missing)) && lines.at(0).endsWith(QStringLiteral("does not exist")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("cannot be used")), qPrintable(lines.at(1)));
        QVERIFY(linesAreShown(page));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("welcomeDemo"))->text().contains(QStringLiteral("--demo")));
        for (const char *button : {"welcomeAddFile", "welcomePaste", "welcomeAddEks"})
            QVERIFY(page->findChild<QPushButton *>(QLatin1String(button))->isVisible());
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text(), QStringLiteral("No context selected"));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("welcome-en.png")));

        app.setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("welcomeTitle"))->text(), QStringLiteral("Kaji へようこそ"));
        QVERIFY2(sourceLines(page).at(0).endsWith(QStringLiteral("存在しません")), qPrintable(sourceLines(page).at(0)));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("welcome-ja.png")));
        app.setLanguage(QStringLiteral("en"));

        // A kubeconfig appears (written by another tool): the tabs take over.
        QFile file(missing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: Config\ncurrent-context: late\n"
                   "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                   "users: [{name: u, user: {token: t}}]\n"
                   "contexts: [{name: late, context: {cluster: c, user: u}}]\n");
        file.close();
        QTRY_VERIFY(!page->isVisible());
        QVERIFY(window->findChild<QTabWidget *>(QStringLiteral("contextTabs"))->isVisible());
        QSettings().clear();
    }
};

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
