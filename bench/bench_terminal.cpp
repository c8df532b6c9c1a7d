// Benchmark for the terminal widget (issue 17; not a test, the figures go
// into notes): 50 MB (the figure) of mixed text and colour escapes (log-like lines,
// SGR 16/256/true colour, some Japanese) fed to a shown TerminalWidget in
// 64 KiB chunks as a channel would deliver them, while a 5 ms timer on the
// GUI thread measures how late it fires (the stalls a user would feel).
// Also the screen model alone (parse only, no widget).
// Run: `QT_QPA_PLATFORM=offscreen kaji_bench_terminal [--mb N] [--runs R]`.
// Prints medians over R runs.

#include "benchstats.h"
#include "stallprobe.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminalwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Kaji;

namespace {

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

QByteArray output(qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + 256);
    const QByteArray japanese = QStringLiteral("ポッドは実行中です").toUtf8();
    for (int i = 0; out.size() < bytes; ++i) {
        out += "\x1b[38;5;" + QByteArray::number(i % 256) + "m2026-12-03T07:00:00Z\x1b[0m ";
        out += i % 7 == 0 ? "\x1b[1;31mERROR\x1b[0m " : "\x1b[32mINFO\x1b[0m  ";
        out += "\x1b[38;2;" + QByteArray::number(i % 256) + ";128;" + QByteArray::number(255 - i % 256) + "mpod/web-"
            + QByteArray::number(i % 50) + "\x1b[0m request " + QByteArray::number(i * 7919 % 1000003) + " handled in "
            + QByteArray::number(i % 97) + " ms";
        if (i % 10 == 0)
            out += ' ' + japanese;
        out += "\r\n";
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int megabytes = argument(args, QStringLiteral("--mb"), 50);
    const int runs = argument(args, QStringLiteral("--runs"), 5);
    const QByteArray data = output(qsizetype(megabytes) * 1000 * 1000);
    constexpr qsizetype Chunk = 64 * 1024;

    std::vector<double> parseMBps, widgetMBps, stallMax, stallP99;
    for (int run = 0; run < runs; ++run) {
        {
            Models::TerminalScreen screen(120, 40);
            QElapsedTimer clock;
            clock.start();
            for (qsizetype at = 0; at < data.size(); at += Chunk)
                screen.write(data.constData() + at, std::min(Chunk, data.size() - at));
            parseMBps.push_back(double(data.size()) / 1e6 / (double(clock.nsecsElapsed()) / 1e9));
        }
        Ui::TerminalWidget terminal;
        terminal.resize(1200, 700);
        terminal.show();
        QApplication::processEvents();
        StallProbe probe(5);
        probe.start();
        QElapsedTimer clock;
        clock.start();
        // A channel delivers chunks as the socket reads them, each its own
        // event: one chunk per event-loop turn.
        qsizetype at = 0;
        QTimer deliver;
        deliver.setInterval(0);
        QObject::connect(&deliver, &QTimer::timeout, [&] {
            terminal.feed(data.mid(at, Chunk));
            at += Chunk;
            if (at >= data.size())
                deliver.stop();
        });
        deliver.start();
        const QByteArray last = data.right(200);
        while (deliver.isActive())
            QApplication::processEvents();
        // Until everything queued is parsed and painted.
        QElapsedTimer settle;
        for (settle.start(); settle.elapsed() < 120000;) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            const QString cursorLine = terminal.screen()->lineText(terminal.screen()->cursor().y() - 1);
            if (cursorLine.endsWith(QStringLiteral(" ms")) || cursorLine.endsWith(QStringLiteral("です"))) {
                terminal.flushPending(); // nothing left: returns at once
                break;
            }
        }
        widgetMBps.push_back(double(data.size()) / 1e6 / (double(clock.nsecsElapsed()) / 1e9));
        probe.stop();
        const StallProbe::Summary stalls = probe.summary();
        stallMax.push_back(stalls.maxMs);
        stallP99.push_back(stalls.p99Ms);
    }
    std::printf("terminal: %.1f MB of coloured output, %d runs (medians)\n", double(data.size()) / 1e6, runs);
    std::printf("  screen model alone (libvterm + scrollback): %.1f MB/s\n", BenchStats::median(parseMBps));
    std::printf("  widget, shown, 64 KiB chunks:               %.1f MB/s\n", BenchStats::median(widgetMBps));
    std::printf("  GUI-thread stall (5 ms probe lateness):     p99 %.1f ms, max %.1f ms\n", BenchStats::median(stallP99),
        BenchStats::median(stallMax));
    return 0;
}
