// The watch-stream decoder fed in every possible chunking, and with the
// kinds of broken lines a dropped connection or a proxy can produce.

#include "watchdecoder.h"

#include <QTest>

using namespace Kaji::Kube;

namespace {

const std::string Stream = R"json({"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"a","resourceVersion":"10"}}}
{"type":"MODIFIED","object":{"kind":"Pod","metadata":{"name":"a","resourceVersion":"11"},"note":"emoji 🚢 and \n escapes"}}
{"type":"BOOKMARK","object":{"kind":"Pod","metadata":{"resourceVersion":"12","annotations":{"k8s.io/initial-events-end":"true"}}}}
{"type":"DELETED","object":{"kind":"Pod","metadata":{"name":"a","resourceVersion":"13"}}}
{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: 5 (13)","reason":"Expired","code":410}}
)json";

std::vector<WatchEvent> decodeInChunks(const std::string &data, size_t chunk)
{
    WatchDecoder decoder;
    std::vector<WatchEvent> events;
    for (size_t offset = 0; offset < data.size(); offset += chunk)
        decoder.feed(data.data() + offset, std::min(chunk, data.size() - offset), events);
    return events;
}

} // namespace

class TestWatchDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameEventsWhateverTheChunking()
    {
        for (size_t chunk = 1; chunk <= Stream.size(); ++chunk) {
            const auto events = decodeInChunks(Stream, chunk);
            QCOMPARE(events.size(), size_t(5));
            QCOMPARE(int(events[0].type), int(WatchEvent::Type::Added));
            QCOMPARE(int(events[1].type), int(WatchEvent::Type::Modified));
            QCOMPARE(events[1].parsed()["note"].get<std::string>(), std::string("emoji 🚢 and \n escapes"));
            QCOMPARE(int(events[2].type), int(WatchEvent::Type::Bookmark));
            QCOMPARE(int(events[3].type), int(WatchEvent::Type::Deleted));
            QCOMPARE(int(events[4].type), int(WatchEvent::Type::Error));
            QCOMPARE(events[4].parsed()["code"].get<int>(), 410);
        }
    }

    void incompleteLineWaits()
    {
        WatchDecoder decoder;
        std::vector<WatchEvent> events;
        const std::string half = Stream.substr(0, 40);
        decoder.feed(half.data(), half.size(), events);
        QVERIFY(events.empty());
        QCOMPARE(decoder.pendingBytes(), qsizetype(40));
    }

    void brokenLinesBecomeErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>\n");
        QTest::newRow("truncated") << QByteArray("{\"type\":\"ADDED\",\"object\":{\"kind\"\n");
        QTest::newRow("no type") << QByteArray("{\"object\":{}}\n");
        QTest::newRow("object not a map") << QByteArray("{\"type\":\"ADDED\",\"object\":3}\n");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"RENAMED\",\"object\":{}}\n");
        QTest::newRow("array") << QByteArray("[1,2]\n");
        // Found by fuzz_watchdecoder: the first pass does not look inside the object.
        QTest::newRow("error status not json")
            << QByteArray("{\"type\":\"ERROR\",\"object\":{eletionTimestamp\":red\",\"code\":410}}\n");
    }

    void brokenLinesBecomeErrors()
    {
        QFETCH(QByteArray, line);
        WatchDecoder decoder;
        std::vector<WatchEvent> events;
        decoder.feed(line.constData(), size_t(line.size()), events);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(int(events[0].type), int(WatchEvent::Type::Error));
        QCOMPARE(events[0].parsed()["reason"].get<std::string>(), std::string("MalformedWatchEvent"));
        // The stream goes on after a bad line.
        decoder.feed(Stream.data(), Stream.size(), events);
        QCOMPARE(events.size(), size_t(6));
    }

    void blankLinesAreSkipped()
    {
        const auto events = decodeInChunks("\n\n" + Stream + "\n", 7);
        QCOMPARE(events.size(), size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestWatchDecoder)
#include "tst_watchdecoder.moc"
