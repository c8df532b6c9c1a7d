// Shell, Run command and Restart from the details panel against the real
// local cluster, where kwok runs exec as a host command in a directory of
// the pod's own: the pod's Shell button opens a tab in the Terminal dock,
// what is typed reaches the shell and its answer is drawn; `exit` ends the
// tab with the shell's exit code; a command runs in a tab of its own.

#include "application.h"
#include "actionbar.h"
#include "detailspanel.h"
#include "docks.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "podspane.h"
#include "terminal/terminaldock.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminalwidget.h"
#include "terminalcontroller.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Kaji;

namespace {

// Everything on the screen and in the scrollback, one line per row.
QString screenText(const Ui::TerminalWidget *terminal)
{
    const Models::TerminalScreen *screen = terminal->screen();
    QStringList lines;
    for (int line = -screen->scrollbackCount(); line < screen->rows(); ++line)
        lines << screen->lineText(line);
    return lines.join(u'\n');
}

} // namespace

class TestTerminalShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!KajiGuiTest::prepareApp())
            QSKIP("KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
    }

    void shellFromTheDetailsPanel()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1500, 950);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString key = KajiGuiTest::firstPodKey(window, QStringLiteral("infra/fluent-bit-"));
        QVERIFY(!key.isEmpty());
        QVERIFY(KajiGuiTest::clickRow(window->podsPane()->view(), key));
        QVERIFY(QTest::qWaitFor([&] { return KajiGuiTest::detailsHeader(window) == QStringLiteral("Pod ") + key; }, 10000));
        auto *shell = window->detailsPanel()->actionBar()->findChild<QPushButton *>(QStringLiteral("openShell"));
        QVERIFY(shell && shell->isVisible());
        // Only pods offer terminals.
        QVERIFY(window->detailsPanel()->actionBar()->offeredButtons().contains(shell));
        shell->click();

        Ui::TerminalDock *dock = app.docks()->terminals();
        QVERIFY(QTest::qWaitFor([&] { return dock->count() == 1; }, 10000));
        const QString pod = key.section(u'/', 1);
        QCOMPARE(dock->tabs()->tabText(0), pod + QStringLiteral("/fluent-bit"));
        Ui::TerminalWidget *terminal = dock->terminal(0);
        QVERIFY(QTest::qWaitFor([&] { return dock->isRunning(0) && !screenText(terminal).trimmed().isEmpty(); }, 20000));
        terminal->setFocus();
        // The sum is worked out by the shell: the answer cannot be the echo of the keys.
        QTest::keyClicks(terminal, QStringLiteral("echo kaji-$((6*7))"));
        QTest::keyClick(terminal, Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([&] { return screenText(terminal).contains(QStringLiteral("kaji-42")); }, 20000),
                 qPrintable(screenText(terminal)));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("terminal-shell.png")));
        // The session outlives a change of language; the buttons and the dock follow it.
        app.setLanguage(QStringLiteral("ja"));
        QVERIFY(QTest::qWaitFor([&] { return shell->text() == QStringLiteral("シェル"); }, 5000));
        QVERIFY(dock->isRunning(0));
        QVERIFY(KajiGuiTest::screenshot(window, QStringLiteral("terminal-shell-ja.png")));
        app.setLanguage(QStringLiteral("en"));
        QTest::keyClicks(terminal, QStringLiteral("exit"));
        QTest::keyClick(terminal, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return terminal->isFinished(); }, 20000));
        QVERIFY(!dock->isRunning(0));

        // Run command: one program, its output, its own tab. It lingers a
        // moment: kwok v0.8.0 closes the pseudo-terminal as soon as the
        // process exits (execInContainerWithTTY's deferred Close), which
        // lost a bare printf's output in about one run in three.
        app.terminals()->open(App::ExecSpec::Mode::Command, key.section(u'/', 0, 0), pod, {},
                              {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf 'kaji-%s\\n' run; sleep 1")});
        QVERIFY(QTest::qWaitFor([&] { return dock->count() == 2; }, 10000));
        Ui::TerminalWidget *command = dock->terminal(1);
        QVERIFY(QTest::qWaitFor([&] { return command->isFinished(); }, 20000));
        QVERIFY2(screenText(command).contains(QStringLiteral("kaji-run")),
                 qPrintable(screenText(command) + QStringLiteral(" (%1x%2)").arg(command->columns()).arg(command->rows())));

        // A pod that does not exist: a clear message, no tab.
        QSignalSpy failed(app.terminals(), &App::TerminalController::failed);
        app.terminals()->open(App::ExecSpec::Mode::Shell, QStringLiteral("infra"), QStringLiteral("kaji-no-such-pod"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("kaji-no-such-pod")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(dock->count(), 2);
    }

    // The scenario's orders-api crash-loops: Shell opens a tab that says
    // which container is not running and why, and Restart asks again.
    void containerNotRunningSaysWhy()
    {
        App::Application app;
        app.show();
        Ui::MainWindow *window = app.mainWindow();
        window->resize(1300, 800);
        window->selectContext(QStringLiteral("kaji-admin"));
        const QString key = KajiGuiTest::firstPodKey(window, QStringLiteral("shop/orders-api-"));
        QVERIFY(!key.isEmpty());
        Ui::TerminalDock *dock = app.docks()->terminals();
        QString why;
        // Its container runs for a few seconds between back-offs: try again then.
        for (int attempt = 0; attempt < 10 && !why.contains(QStringLiteral("not running")); ++attempt) {
            const int tabs = dock->count();
            app.terminals()->open(App::ExecSpec::Mode::Shell, QStringLiteral("shop"), key.section(u'/', 1));
            QVERIFY(QTest::qWaitFor([&] { return dock->count() == tabs + 1; }, 10000));
            Ui::TerminalWidget *terminal = dock->terminal(tabs);
            QVERIFY(QTest::qWaitFor([&] { return terminal->isFinished(); }, 20000));
            why = terminal->findChild<QLabel *>(QStringLiteral("terminalFinished"))->text();
            if (!why.contains(QStringLiteral("not running")))
                QTest::qWait(3000);
        }
        QVERIFY2(why.contains(QStringLiteral("Container orders-api in pod ") + key + QStringLiteral(" is not running"))
                     && (why.contains(QStringLiteral("CrashLoopBackOff")) || why.contains(QStringLiteral("Error"))),
                 qPrintable(why));
        QVERIFY(!dock->isRunning(dock->count() - 1));
    }
};

QTEST_MAIN(TestTerminalShell)
#include "tst_terminalshell.moc"
