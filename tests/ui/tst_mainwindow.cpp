// GUI smoke test on the offscreen platform: the shell shows the kubeconfig's
// contexts, follows clicks and file edits, switches to Japanese at run time,
// and leaves screenshots to look at.

#include "application.h"
#include "licencesdialog.h"
#include "mainwindow.h"
#include "podspane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(KAJI_TEST_DATA_DIR "/kubeconfig")).absoluteFilePath(name);
}

template<typename T>
T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child named %s", name);
    return widget;
}

void clickRow(QListView *list, const QString &text)
{
    const QModelIndexList matches = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, text, 1,
                                                         Qt::MatchExactly);
    QVERIFY2(!matches.isEmpty(), qPrintable(text));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(matches.first()).center());
}

QAction *findAction(QMenuBar *bar, const QString &text)
{
    for (QAction *action : bar->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void saveScreenshot(QWidget *window, const QString &name)
{
    QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    // Layouts and menu bars settle through posted events: let them run so the
    // picture shows what a user would see.
    QTest::qWait(200);
    QVERIFY2(window->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Kaji"));
        QCoreApplication::setApplicationName(QStringLiteral("Kaji"));
    }

    void init()
    {
        QSettings().clear();
        qputenv("KUBECONFIG", (fixture(QStringLiteral("merge/first.yaml")) + QDir::listSeparator()
                               + fixture(QStringLiteral("merge/second.yaml")))
                                  .toLocal8Bit());
    }

    void showsContextsAndStatus()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *list = child<QListView>(window, "contextList");
        QCOMPARE(list->model()->rowCount(), 3);
        // The kubeconfig's current-context is selected on first start.
        QCOMPARE(window->currentContext(), QStringLiteral("zeta"));
        // The fixture's servers do not exist: Kaji keeps trying and says so.
        QTRY_COMPARE(child<QLabel>(window, "connectionStatus")->text(), QStringLiteral("zeta: reconnecting"));
        // The context opens on its Overview; the banner is the Pods tab's.
        QCOMPARE(window->contextTabs()->currentIndex(), 0);
        window->contextTabs()->setCurrentIndex(1);
        QVERIFY(child<QLabel>(window->podsPane(), "tableBanner")->isVisible());
        QVERIFY(child<QLabel>(window->podsPane(), "tableBanner")->text().startsWith(QStringLiteral("Connection lost")));
        // Problems cannot be known either, and the dock does not claim there are none.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window, "problemsSummary")->text().startsWith(QStringLiteral("Diagnosis failed")), 20000);
        QCOMPARE(child<QLabel>(window, "kubeconfigStatus")->text(), QStringLiteral("3 contexts from 2 kubeconfig files"));
        QCOMPARE(child<QLabel>(window, "overviewHeading")->text(), QStringLiteral("zeta"));
        QVERIFY(!child<QLabel>(window, "tlsWarning")->isHidden());

        clickRow(list, QStringLiteral("alpha"));
        QCOMPARE(window->currentContext(), QStringLiteral("alpha"));
        QCOMPARE(child<QLabel>(window, "overviewHeading")->text(), QStringLiteral("alpha"));
        QVERIFY(child<QLabel>(window, "tlsWarning")->isHidden());
        QCOMPARE(QSettings().value(QStringLiteral("session/lastContext")).toString(), QStringLiteral("alpha"));
        auto *tabs = child<QTabWidget>(window, "contextTabs");
        tabs->setCurrentWidget(child<QWidget>(window, "contextPage"));
        saveScreenshot(window, QStringLiteral("main-window-en.png"));
    }

    void switchesToJapaneseAtRunTime()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(child<QLabel>(window, "sidebarTitle")->text(), QStringLiteral("Clusters"));
        QAction *japanese = findAction(window->menuBar(), QStringLiteral("日本語"));
        QVERIFY(japanese);
        japanese->trigger();
        // Qt delivers LanguageChange to widgets through the event queue.
        QTRY_COMPARE(child<QLabel>(window, "sidebarTitle")->text(), QStringLiteral("クラスタ"));
        QTRY_COMPARE(child<QLabel>(window, "connectionStatus")->text(), QStringLiteral("zeta: 再接続中"));
        QVERIFY(findAction(window->menuBar(), QStringLiteral("kubeconfig を再読み込み(&R)")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        child<QTabWidget>(window, "contextTabs")->setCurrentWidget(child<QWidget>(window, "contextPage"));
        saveScreenshot(window, QStringLiteral("main-window-ja.png"));

        findAction(window->menuBar(), QStringLiteral("English"))->trigger();
        QTRY_COMPARE(child<QLabel>(window, "sidebarTitle")->text(), QStringLiteral("Clusters"));
    }

    void languageIsRestoredOnNextStart()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
        App::Application app;
        QCOMPARE(child<QLabel>(app.mainWindow(), "sidebarTitle")->text(), QStringLiteral("クラスタ"));
        app.setLanguage(QStringLiteral("en"));
    }

    void followsKubeconfigEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("merge/second.yaml")), path));
        qputenv("KUBECONFIG", path.toLocal8Bit());
        App::Application app;
        app.show();
        auto *list = child<QListView>(app.mainWindow(), "contextList");
        QCOMPARE(list->model()->rowCount(), 2);
        clickRow(list, QStringLiteral("shared"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("- name: added-later\n  context: {cluster: proxied, user: token-user}\n");
        file.close();
        QTRY_COMPARE(list->model()->rowCount(), 3);
        // The user stays on the context they were looking at.
        QCOMPARE(app.mainWindow()->currentContext(), QStringLiteral("shared"));
    }

    // Help → Licences… shows Kaji's licence and every third-party notice from
    // the compiled-in texts.
    void licencesAreShownFromHelpMenu()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        auto *action = window->findChild<QAction *>(QStringLiteral("licencesAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window->findChild<Ui::LicencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString licence = child<QPlainTextEdit>(dialog, "kajiLicence")->toPlainText();
        QVERIFY(licence.contains(QStringLiteral("Apache License")));
        QVERIFY(licence.contains(QStringLiteral("Version 2.0, January 2004")));
        const QString notices = child<QPlainTextEdit>(dialog, "thirdPartyNotices")->toPlainText();
        for (const char *name : {"Qt 6", "KSyntaxHighlighting", "Graphviz", "simdjson", "libcurl", "yaml-cpp",
                                 "nlohmann/json", "dtl", "zlib"})
            QVERIFY2(notices.contains(QString::fromLatin1(name)), name);
        // A second trigger raises the same dialog instead of stacking another.
        action->trigger();
        QCOMPARE(window->findChildren<Ui::LicencesDialog *>().size(), 1);
        saveScreenshot(dialog, QStringLiteral("licences-en.png"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
