// The Terminal dock (issue 17): sessions in tabs wired to their channels,
// ended sessions read-only, closing a running one asks first.
#include "terminal/terminalchannel.h"
#include "terminal/terminaldock.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminalwidget.h"

#include <QAbstractButton>
#include <QDir>
#include <QApplication>
#include <QElapsedTimer>
#include <QFontDialog>
#include <QTimer>
#include <QToolButton>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Kaji;

namespace {

// Records what the terminal sends; the test plays the program.
class RecordingChannel : public Models::TerminalChannel {
public:
    void write(const QByteArray &bytes) override { written += bytes; }
    void resize(int cols, int rows) override { sizes.append({cols, rows}); }
    void close() override { ++closed; }
    void setPaused(bool paused) override { pauses.append(paused); }

    QByteArray written;
    QList<bool> pauses;
    QList<QSize> sizes;
    int closed = 0;
};

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    return nullptr;
}

} // namespace

class TstTerminalDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionsLiveInTabs()
    {
        Ui::TerminalDock dock;
        dock.resize(900, 400);
        dock.show();
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("noTerminals"))->isVisible());
        auto *web = new RecordingChannel;
        auto *db = new RecordingChannel;
        Ui::TerminalWidget *first = dock.openSession(QStringLiteral("web-1/nginx"), web);
        Ui::TerminalWidget *second = dock.openSession(QStringLiteral("db-0/postgres"), db);
        QCOMPARE(dock.count(), 2);
        QCOMPARE(dock.tabs()->tabText(0), QStringLiteral("web-1/nginx"));
        QCOMPARE(dock.tabs()->currentWidget(), second);
        // The channel heard the terminal's size when the tab opened.
        QVERIFY(!web->sizes.isEmpty());
        QCOMPARE(web->sizes.last(), QSize(first->columns(), first->rows()));
        // Output reaches its own tab only; keys reach their own channel.
        Q_EMIT web->received("hello from web\r\n");
        QCOMPARE(first->screen()->lineText(0), QStringLiteral("hello from web"));
        QCOMPARE(second->screen()->lineText(0), QString());
        QTest::keyClicks(second, QStringLiteral("ls"));
        QCOMPARE(db->written, QByteArray("ls"));
        QCOMPARE(web->written, QByteArray());
        // Switching tabs keeps both sessions (and their screens).
        dock.tabs()->setCurrentIndex(0);
        QCOMPARE(second->screen()->lineText(0), QString());
        QVERIFY(dock.isRunning(0));
        // Resizing the dock resizes the visible terminal's program.
        dock.resize(700, 300);
        QTRY_COMPARE(web->sizes.last(), QSize(first->columns(), first->rows()));
    }

    // The corner button asks for a font; the one chosen reaches every tab,
    // open or opened later, and is announced for the settings. Cancel changes nothing.
    void fontFromThePicker()
    {
        Ui::TerminalDock dock;
        dock.resize(900, 400);
        dock.show();
        Ui::TerminalWidget *open = dock.openSession(QStringLiteral("web-1/nginx"), new RecordingChannel);
        auto *button = dock.findChild<QToolButton *>(QStringLiteral("terminalFontButton"));
        QVERIFY(button && button->isVisible());
        QSignalSpy chosen(&dock, &Ui::TerminalDock::fontChosen);
        const auto answerDialog = [](const QFont &font, bool accept) {
            // The dialog runs its own event loop: answer it from there.
            auto *poll = new QTimer;
            QObject::connect(poll, &QTimer::timeout, poll, [poll, font, accept] {
                auto *dialog = qobject_cast<QFontDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                poll->deleteLater();
                dialog->setCurrentFont(font);
                accept ? dialog->accept() : dialog->reject();
            });
            poll->start(10);
        };
        QFont wanted = open->terminalFont();
        wanted.setPointSize(wanted.pointSize() + 5);
        answerDialog(wanted, true);
        button->click();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<QFont>().pointSize(), wanted.pointSize());
        QCOMPARE(open->terminalFont().pointSize(), wanted.pointSize());
        Ui::TerminalWidget *later = dock.openSession(QStringLiteral("db-0/postgres"), new RecordingChannel);
        QCOMPARE(later->terminalFont().pointSize(), wanted.pointSize());

        QFont other = wanted;
        other.setPointSize(wanted.pointSize() + 3);
        answerDialog(other, false);
        button->click();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(open->terminalFont().pointSize(), wanted.pointSize());
    }

    // A program printing faster than the terminal parses: the channel is
    // told to stop reading while megabytes wait, and to read again once
    // they are parsed; the window keeps getting event-loop turns meanwhile.
    void backlogPausesTheChannel()
    {
        Ui::TerminalDock dock;
        dock.show();
        auto *channel = new RecordingChannel;
        Ui::TerminalWidget *terminal = dock.openSession(QStringLiteral("web-1/nginx"), channel);
        QByteArray chunk;
        for (int i = 0; chunk.size() < 1024 * 1024; ++i)
            chunk += "\x1b[3" + QByteArray::number(i % 8) + "mline " + QByteArray::number(i) + "\x1b[0m\r\n";
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 8; ++i)
            Q_EMIT channel->received(chunk);
        Q_EMIT channel->received("THE END");
        QVERIFY2(clock.elapsed() < 500, "feeding parses a slice, not everything");
        QCOMPARE(channel->pauses, QList<bool>{true});
        QVERIFY(terminal->pendingBytes() > 4 * 1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(channel->pauses, (QList<bool>{true, false}), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(terminal->screen()->lineText(terminal->screen()->cursor().y()), QStringLiteral("THE END"), 60000);
        // Ending while output waits: the message shows, the rest is still parsed.
        for (int i = 0; i < 6; ++i)
            Q_EMIT channel->received(chunk);
        Q_EMIT channel->received("LAST LINE");
        Q_EMIT channel->ended(QStringLiteral("The session ended (exit code 0)."));
        QVERIFY(terminal->isFinished());
        QTRY_COMPARE_WITH_TIMEOUT(terminal->screen()->lineText(terminal->screen()->cursor().y()), QStringLiteral("LAST LINE"), 60000);
        QCOMPARE(terminal->pendingBytes(), 0);
    }

    void endedSessionIsReadOnly()
    {
        Ui::TerminalDock dock;
        dock.show();
        auto *channel = new RecordingChannel;
        Ui::TerminalWidget *terminal = dock.openSession(QStringLiteral("web-1/nginx"), channel);
        Q_EMIT channel->received("$ exit 3\r\n");
        Q_EMIT channel->received(QStringLiteral("\x1b[1;32mweb-1\x1b[0m:/# echo 日本語\r\n日本語\r\n").toUtf8());
        Q_EMIT channel->ended(QStringLiteral("The container's command exited with code 3."));
        QVERIFY(!dock.isRunning(0));
        QVERIFY(terminal->isFinished());
        QCOMPARE(terminal->findChild<QLabel *>(QStringLiteral("terminalFinished"))->text(),
            QStringLiteral("The container's command exited with code 3."));
        dock.resize(760, 260);
        const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        QVERIFY(dock.grab().save(QDir(dir).filePath(QStringLiteral("terminal-dock-ended.png"))));
        QTest::keyClicks(terminal, QStringLiteral("ls"));
        QCOMPARE(channel->written, QByteArray());
        // Restart: a new channel, the old screen kept, keys flow again.
        QSignalSpy restart(&dock, &Ui::TerminalDock::restartRequested);
        Q_EMIT terminal->restartRequested();
        QCOMPARE(restart.count(), 1);
        QCOMPARE(restart.first().at(1).toString(), QStringLiteral("web-1/nginx"));
        auto *again = new RecordingChannel;
        dock.restartSession(terminal, again);
        QVERIFY(dock.isRunning(0));
        QVERIFY(!terminal->isFinished());
        QCOMPARE(channel->closed, 1);
        QTest::keyClicks(terminal, QStringLiteral("id"));
        QCOMPARE(again->written, QByteArray("id"));
        QCOMPARE(terminal->screen()->lineText(0), QStringLiteral("$ exit 3"));
        // Closing an ended tab does not ask.
        Q_EMIT again->ended(QString());
        dock.requestClose(0);
        QCOMPARE(dock.count(), 0);
        QVERIFY(!dock.findChild<QMessageBox *>());
    }

    void closingARunningSessionAsks()
    {
        Ui::TerminalDock dock;
        dock.show();
        auto *channel = new RecordingChannel;
        QPointer<RecordingChannel> guarded(channel);
        dock.openSession(QStringLiteral("web-1/nginx"), channel);
        // Cancel keeps it.
        dock.requestClose(0);
        auto *ask = dock.findChild<QMessageBox *>(QStringLiteral("closeRunningTerminal"));
        QVERIFY(ask);
        QVERIFY(ask->text().contains(QStringLiteral("web-1/nginx")));
        buttonWithRole(ask, QMessageBox::RejectRole)->click();
        QCOMPARE(dock.count(), 1);
        QCOMPARE(channel->closed, 0);
        // The tab's own close button, then End session.
        QTRY_VERIFY(!dock.findChild<QMessageBox *>(QStringLiteral("closeRunningTerminal")));
        Q_EMIT dock.tabs()->tabCloseRequested(0);
        ask = dock.findChild<QMessageBox *>(QStringLiteral("closeRunningTerminal"));
        QVERIFY(ask);
        buttonWithRole(ask, QMessageBox::AcceptRole)->click();
        QCOMPARE(dock.count(), 0);
        QCOMPARE(channel->closed, 1);
        QTRY_VERIFY(!guarded); // deleted with its tab
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("noTerminals"))->isVisible());
    }
};

QTEST_MAIN(TstTerminalDock)
#include "tst_terminaldock.moc"
