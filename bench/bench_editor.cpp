// Benchmark for the manifest editor (not a test; the figures go into notes):
//  1. open: a 5,000-line ConfigMap into a ManifestEditor, highlighted, up to
//     its first paint,
//  2. typing: ~200 characters typed into the middle of it at a steady rate
//     while validation runs on the pool (a short debounce, so runs overlap
//     the typing), each measured from the key event to the end of the
//     repaint it causes,
//  3. validation on a worker: the 5,000-line text and a 1 MB one.
// Run: `QT_QPA_PLATFORM=offscreen kaji_bench_editor [--runs R] [--keys K]
// [--interval MS]`. Prints medians (no pass/fail).

#include "benchstats.h"
#include "editor/manifesteditor.h"
#include "editor/manifestvalidation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextBlock>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

using Kaji::Ui::CompletionItem;
using Kaji::Ui::ManifestEditor;
using Kaji::Ui::ManifestValidation;
using Kaji::Ui::YamlCursorContext;

namespace {

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

// A ConfigMap of `lines` lines: keys with short values and with block
// scalars (config files), ~60 bytes a line.
QString configMap(int lines)
{
    QString text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big-config\n  namespace: shop\n"
                                  "  resourceVersion: \"48213\"\ndata:\n");
    int written = 7;
    for (int i = 0; written < lines; ++i) {
        if (i % 4 == 0) {
            text += QStringLiteral("  service-%1.properties: |\n").arg(i);
            for (int k = 0; k < 5 && written + 1 < lines; ++k, ++written)
                text += QStringLiteral("    orders.endpoint.%1=http://orders-%2.shop.svc:8080/api/v%1\n").arg(k).arg(i);
        } else {
            text += QStringLiteral("  feature-flag-%1: \"enabled for tenant %1 in region eu-west-%2\"\n").arg(i).arg(i % 3);
        }
        ++written;
    }
    return text;
}

QString ofSize(qsizetype bytes)
{
    QString text = configMap(100);
    const QString more = configMap(5000).section(QStringLiteral("data:\n"), 1);
    for (int n = 0; text.size() < bytes; ++n)
        text += QString(more).replace(QStringLiteral("  service-"), QStringLiteral("  s%1-").arg(n))
                    .replace(QStringLiteral("  feature-flag-"), QStringLiteral("  f%1-").arg(n));
    return text;
}

// Remembers when a paint of the text ended.
class TimedEditor : public ManifestEditor {
public:
    QElapsedTimer clock;
    qint64 lastPaintNs = -1;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        ManifestEditor::paintEvent(event);
        lastPaintNs = clock.nsecsElapsed();
    }
};

// Processes events until the editor has painted after `sinceNs`.
double untilPainted(TimedEditor &editor, qint64 sinceNs)
{
    while (editor.lastPaintNs < sinceNs && editor.clock.nsecsElapsed() - sinceNs < 2'000'000'000)
        QCoreApplication::processEvents();
    return double(editor.lastPaintNs - sinceNs) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

double validationMs(const QByteArray &text)
{
    QElapsedTimer timer;
    timer.start();
    auto future = QtConcurrent::run([text] { return ManifestValidation::check(text).size(); });
    future.waitForFinished();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argument(args, QStringLiteral("--runs"), 5);
    const int keys = argument(args, QStringLiteral("--keys"), 200);
    const int interval = argument(args, QStringLiteral("--interval"), 50);
    const QString text = configMap(5000);
    std::printf("manifest: %lld lines, %lld bytes\n", qlonglong(text.count(u'\n')), qlonglong(text.toUtf8().size()));

    std::vector<double> open;
    for (int run = 0; run < runs; ++run) {
        TimedEditor editor;
        editor.resize(900, 700);
        editor.show();
        QTest::qWait(50);
        editor.clock.start();
        const qint64 start = editor.clock.nsecsElapsed();
        editor.setManifest(text);
        open.push_back(untilPainted(editor, start));
    }
    std::printf("open with highlighting (median of %d): %.1f ms\n", runs, BenchStats::median(open));

    // Typing with validation overlapping it, then (for comparison) with
    // validation held off until the typing stops.
    for (const bool validating : {true, false}) {
        TimedEditor editor;
        editor.resize(900, 700);
        editor.setValidationDelay(validating ? 30 : 3'600'000);
        // A completion hook that answers at once, as a cached schema would:
        // its position lookup runs on keys typed where a key could be.
        editor.setCompletionProvider([](const YamlCursorContext &) { return QList<CompletionItem>{}; });
        editor.show();
        editor.setManifest(text);
        QTest::qWait(500);
        QTextCursor cursor(editor.document()->findBlockByNumber(2500));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        editor.centerCursor();
        editor.clock.start();
        std::vector<double> keyToPaint;
        const QString typed = QStringLiteral("the quick brown fox jumps over the lazy dog ");
        for (int i = 0; i < keys; ++i) {
            const qint64 before = editor.clock.nsecsElapsed();
            QTest::keyClick(&editor, typed[i % typed.size()].toLatin1());
            keyToPaint.push_back(untilPainted(editor, before));
            const int rest = interval - int((editor.clock.nsecsElapsed() - before) / 1'000'000);
            if (rest > 0)
                QTest::qWait(rest);
        }
        std::printf("keystroke to repaint over %d keys every %d ms, %s: median %.2f ms, p99 %.2f ms, max %.2f ms\n", keys,
                    interval, validating ? "validation running (30 ms debounce)" : "no validation",
                    BenchStats::median(keyToPaint), percentile(keyToPaint, 0.99), BenchStats::maximum(keyToPaint));
    }

    std::vector<double> small, large;
    const QByteArray big = ofSize(1024 * 1024).toUtf8();
    for (int run = 0; run < runs; ++run) {
        small.push_back(validationMs(text.toUtf8()));
        large.push_back(validationMs(big));
    }
    std::printf("validation on a worker (median of %d): 5,000 lines %.1f ms; %lld bytes (%lld lines) %.1f ms\n", runs,
                BenchStats::median(small), qlonglong(big.size()), qlonglong(big.count('\n')), BenchStats::median(large));
    return 0;
}
