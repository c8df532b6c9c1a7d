// LogModel, LogMatcher, LogMerger and the line classifier: a million lines
// appended in batches, searches (plain, regex, case, stale generations,
// growing logs), filter-only rows, severities, highlights and the
// timestamp-ordered merge of several pods. Every model runs under
// QAbstractItemModelTester.

#include "logclassifier.h"
#include "logmerger.h"
#include "logmodel.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji::Models;

namespace {

constexpr qint64 Second = 1000000000;

// Lines "line N level ..." with an error every 1000th and a warning every 100th.
LogBatch syntheticBatch(qsizetype first, qsizetype count)
{
    LogBatch batch;
    batch.text.reserve(count * 60);
    for (qsizetype i = first; i < first + count; ++i) {
        const char *level = i % 1000 == 0 ? "ERROR" : i % 100 == 0 ? "WARN" : "INFO";
        batch.text += "2026-11-26 10:00:00 " + QByteArray(level) + " worker-" + QByteArray::number(i % 7)
            + " handled request " + QByteArray::number(i) + '\n';
        batch.timestamps.append(1700000000 * Second + i);
    }
    return batch;
}

bool waitForSearch(LogModel &model)
{
    return QTest::qWaitFor([&] { return !model.isSearching(); }, 20000);
}

} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void millionLinesInBatches()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        constexpr qsizetype total = 1000000, batch = 20000;
        for (qsizetype first = 0; first < total; first += batch)
            model.append(syntheticBatch(first, batch));
        QCOMPARE(model.rowCount(), int(total));
        QCOMPARE(inserted.size(), int(total / batch)); // one insertion per batch, never per line
        QCOMPARE(model.data(model.index(123456)).toString(),
                 QStringLiteral("2026-11-26 10:00:00 INFO worker-4 handled request 123456"));
        QCOMPARE(model.data(model.index(999999)).toString(),
                 QStringLiteral("2026-11-26 10:00:00 INFO worker-0 handled request 999999"));
        QCOMPARE(model.data(model.index(5000), LogModel::SeverityRole).toInt(), int(LogSeverity::Error));
        QCOMPARE(model.data(model.index(5100), LogModel::SeverityRole).toInt(), int(LogSeverity::Warning));
        QCOMPARE(model.data(model.index(5101), LogModel::SeverityRole).toInt(), int(LogSeverity::None));
        QCOMPARE(model.data(model.index(7), LogModel::TimestampRole).toLongLong(), 1700000000 * Second + 7);

        // Search all of it on the pool: one in 1000 lines is an error.
        model.setPattern({QStringLiteral("error"), false, false});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 1000);
        QCOMPARE(model.matchLine(3), qsizetype(3000));
        model.setPattern({QStringLiteral("request 12345\\d$"), true, false});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 10);
        QCOMPARE(model.matchLine(0), qsizetype(123450));
        // Case-sensitive: "error" in lower case appears nowhere.
        model.setPattern({QStringLiteral("error"), false, true});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 0);
    }

    void staleSearchesAreDropped()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 10; ++i)
            model.append(syntheticBatch(i * 50000, 50000));
        // The first search is still running when the second replaces it.
        model.setPattern({QStringLiteral("WARN"), false, true});
        model.setPattern({QStringLiteral("worker-3 "), false, true});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 500000 / 7 + 1); // i % 7 == 3 for i in [0, 500000)
        for (int i = 0; i < model.matchCount(); i += 9973)
            QCOMPARE(model.matchLine(i) % 7, 3);
    }

    void searchKeepsUpWithAppends()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPattern({QStringLiteral("ERROR"), false, false});
        QVERIFY(waitForSearch(model));
        for (int i = 0; i < 5; ++i) {
            model.append(syntheticBatch(i * 2000, 2000));
            QVERIFY(waitForSearch(model));
        }
        QCOMPARE(model.matchCount(), 10);
        QCOMPARE(model.nextMatchRow(-1, false), 0);
        QCOMPARE(model.nextMatchRow(0, false), 1000);
        QCOMPARE(model.nextMatchRow(1500, true), 1000);
        QCOMPARE(model.nextMatchRow(9000, false), 0); // wraps
        QCOMPARE(model.nextMatchRow(0, true), 9000);
        QCOMPARE(model.matchIndexOfRow(2000), 2);
        QCOMPARE(model.matchIndexOfRow(2001), -1);
    }

    void regexNeverMatchesAcrossLines()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogBatch batch;
        batch.text = "alpha\nbeta\nalpha beta\nnaïve ünïcode beta\n";
        model.append(batch);
        model.setPattern({QStringLiteral("alpha\\sbeta"), true, false});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 1);
        QCOMPARE(model.matchLine(0), qsizetype(2));
        model.setPattern({QStringLiteral("^(beta|ÜNÏCODE)|ünïcode beta$"), true, false});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 2);
        QCOMPARE(model.matchLine(0), qsizetype(1));
        QCOMPARE(model.matchLine(1), qsizetype(3));
    }

    void filterOnlyShowsMatches()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(syntheticBatch(0, 3000));
        model.setFilterOnly(true);
        QCOMPARE(model.rowCount(), 3000); // no pattern: nothing to filter by
        model.setPattern({QStringLiteral("warn|error"), true, false});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.lineOfRow(1), qsizetype(100));
        QCOMPARE(model.rowOfLine(200), 2);
        QCOMPARE(model.rowOfLine(201), -1);
        QVERIFY(model.data(model.index(0)).toString().contains(QStringLiteral("ERROR")));
        // New matching lines become rows as they arrive.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(syntheticBatch(3000, 1000));
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.nextMatchRow(39, false), 0);
        model.setFilterOnly(false);
        QCOMPARE(model.rowCount(), 4000);
        QCOMPARE(model.matchCount(), 40);
    }

    void highlightsFollowThePrefix()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LogBatch batch;
        batch.text = "GET /orders 200\nget /Orders/7 404 /orders\n";
        batch.timestamps = {LogSeverityTestStamp(), LogSeverityTestStamp() + 1};
        model.append(batch);
        model.setPattern({QStringLiteral("/orders"), false, false});
        QVERIFY(waitForSearch(model));
        QCOMPARE(model.matchCount(), 2);
        QVariantList ranges = model.data(model.index(1), LogModel::HighlightsRole).toList();
        QCOMPARE(ranges, (QVariantList{QPoint(4, 7), QPoint(18, 7)}));
        model.setShowTimestamps(true);
        const QString shown = model.data(model.index(1)).toString();
        QCOMPARE(shown, QStringLiteral("2026-11-26T10:00:00.000000001Z get /Orders/7 404 /orders"));
        ranges = model.data(model.index(1), LogModel::HighlightsRole).toList();
        QCOMPARE(ranges.first().toPoint(), QPoint(31 + 4, 7));
        QCOMPARE(shown.mid(ranges.first().toPoint().x(), 7), QStringLiteral("/Orders"));
        QVERIFY(model.data(model.index(0), LogModel::MatchRole).toBool());
        // An invalid regular expression matches nothing and says why.
        model.setPattern({QStringLiteral("(unclosed"), true, false});
        QVERIFY(!model.patternValid());
        QVERIFY(!model.patternError().isEmpty());
        QCOMPARE(model.matchCount(), 0);
    }

    void classification_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("previous");
        QTest::addColumn<int>("expected");
        const int none = int(LogSeverity::None), warn = int(LogSeverity::Warning), error = int(LogSeverity::Error);
        QTest::newRow("spring error") << QByteArray("2026-11-26T10:00:01.100Z ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed") << none << error;
        QTest::newRow("spring warn") << QByteArray("2026-11-26T10:00:01.100Z  WARN 1 --- [main] ConfigServletWebServerApplicationContext : Exception encountered") << none << warn;
        QTest::newRow("stack frame") << QByteArray("\tat org.flywaydb.core.Flyway.migrate(Flyway.java:147)") << error << error;
        QTest::newRow("caused by") << QByteArray("Caused by: org.postgresql.util.PSQLException: ERROR: column") << none << error;
        QTest::newRow("indented after info") << QByteArray("    at something") << none << none;
        QTest::newRow("json error") << QByteArray(R"({"level":"error","msg":"upstream timeout"})") << none << error;
        QTest::newRow("json warn") << QByteArray(R"({"level":"warn","msg":"slow"})") << none << warn;
        QTest::newRow("klog error") << QByteArray("E1126 10:00:00.000000       1 reflector.go:1] failed") << none << error;
        QTest::newRow("klog warning") << QByteArray("W1126 10:00:00.000000       1 warnings.go:70] deprecated") << none << warn;
        QTest::newRow("envoy") << QByteArray("[2026-11-26 10:00:00.000][1][warning][config] stale") << none << warn;
        QTest::newRow("glued words") << QByteArray("errors_total=0 NOERROR ERRORS") << none << none;
        QTest::newRow("go panic") << QByteArray("panic: runtime error: index out of range") << none << error;
        QTest::newRow("plain") << QByteArray("Started OrdersApiApplication in 3.2 seconds") << none << none;
    }

    void classification()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, previous);
        QFETCH(int, expected);
        QCOMPARE(int(classifyLogLine(line, LogSeverity(previous))), expected);
    }

    void mergerOrdersPodsByTimestamp()
    {
        LogMerger merger(10000); // nothing leaves by time during the test
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&merger, &LogMerger::merged, &model, &LogModel::append);
        model.setSourceName(0, QStringLiteral("web-a"));
        model.setSourceName(1, QStringLiteral("web-b"));
        model.setShowSources(true);
        const auto batch = [](std::initializer_list<std::pair<qint64, const char *>> lines) {
            LogBatch b;
            for (const auto &[t, text] : lines) {
                b.text += QByteArray(text) + '\n';
                b.timestamps.append(1795687200 * Second + t);
            }
            return b;
        };
        // Each pod in order, the pods arriving independently and out of step.
        merger.add(0, batch({{1, "a1"}, {4, "a4"}}));
        merger.add(1, batch({{2, "b2"}, {3, "b3"}}));
        merger.add(0, batch({{5, "a5"}}));
        merger.add(1, batch({{4, "b4"}, {6, "b6"}}));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(merger.pendingLines(), 7);
        merger.flush();
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.data(model.index(r)).toString();
        // Equal timestamps keep arrival order.
        QCOMPARE(shown, (QStringList{QStringLiteral("[web-a] a1"), QStringLiteral("[web-b] b2"), QStringLiteral("[web-b] b3"),
                                     QStringLiteral("[web-a] a4"), QStringLiteral("[web-b] b4"), QStringLiteral("[web-a] a5"),
                                     QStringLiteral("[web-b] b6")}));
        QCOMPARE(model.data(model.index(4), LogModel::SourceRole).toString(), QStringLiteral("web-b"));
    }

    void mergerReleasesAfterHoldBack()
    {
        LogMerger merger(50);
        QSignalSpy merged(&merger, &LogMerger::merged);
        LogBatch b;
        b.text = "late\n";
        b.timestamps = {2};
        merger.add(1, b);
        b.text = "early\n";
        b.timestamps = {1};
        merger.add(0, b);
        QVERIFY(merged.wait(2000));
        const LogBatch out = merged.first().first().value<LogBatch>();
        QCOMPARE(out.text, QByteArray("early\nlate\n"));
        QCOMPARE(out.sources, (QList<quint16>{0, 1}));
        QCOMPARE(merger.pendingLines(), 0);
    }

    void mergerWaitsForSlowSources()
    {
        LogMerger merger(100);
        merger.setStartupGraceMs(5000);
        QSignalSpy merged(&merger, &LogMerger::merged);
        merger.addSource(0);
        merger.addSource(1);
        LogBatch a;
        a.text = "a1\na3\n";
        a.timestamps = {1, 3};
        merger.add(0, a);
        // Source 1 has said nothing yet: its history may still be older.
        QTest::qWait(400);
        QCOMPARE(merged.size(), 0);
        LogBatch b;
        b.text = "b2\n";
        b.timestamps = {2};
        merger.add(1, b);
        // Up to the slower source's newest line goes out at once, in order.
        QTRY_COMPARE(merged.size(), 1);
        QCOMPARE(merged.first().first().value<LogBatch>().text, QByteArray("a1\nb2\n"));
        // Source 1 falls silent; after the hold-back it no longer holds a3.
        QTRY_COMPARE(merged.size(), 2);
        QCOMPARE(merged.last().first().value<LogBatch>().text, QByteArray("a3\n"));
    }

private:
    static qint64 LogSeverityTestStamp() { return 1795687200 * Second; } // 2026-11-26T10:00:00Z
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
