// Kaji's YAML reader against the rules of go-yaml v2 and sigs.k8s.io/yaml,
// which the API server and kubectl read manifests with: YAML 1.1 scalars,
// keys turned into strings, merges, duplicate keys, and errors that point
// at a line and column.

#include "sanitizerstretch.h"
#include "yamlreader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Kaji::Kube;
using nlohmann::json;

Q_DECLARE_METATYPE(nlohmann::json)

namespace {

json valueOf(const QByteArray &scalar)
{
    const YamlReadResult r = YamlReader::read("v: " + scalar + '\n');
    if (r.error)
        qWarning("%s: %s", scalar.constData(), qPrintable(r.error->message));
    return r.error ? json("<error>") : r.value["v"];
}

} // namespace

#define COMPARE_JSON(actual, expected)                                                                      \
    QVERIFY2((actual) == (expected),                                                                       \
             qPrintable(QString::fromStdString((actual).dump() + " != " + json(expected).dump())))

class TestYamlReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scalars_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<json>("expected");
        const auto row = [](const char *text, json expected) {
            QTest::newRow(text) << QByteArray(text) << expected;
        };
        for (const char *yes : {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"})
            row(yes, true);
        for (const char *no : {"n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"})
            row(no, false);
        for (const char *text : {"yEs", "tRUE", "nULL", "oN", "ofF", "_1", "1:30", "0x", "0o", "0b", "0b2", "+", "<<", "=",
                                 "2001-12-14", "2001-12-14T21:59:43.10-05:00", "1e400", "0x1p-2", "Infinity", "nan", "1.2.3",
                                 "12e", "0x1G", "._5"})
            row(text, text);
        for (const char *null : {"", "~", "null", "Null", "NULL"})
            row(null, nullptr);
        row("0755", 493);
        row("-0755", -493);
        row("0o17", 15);
        row("0O17", 15);
        row("0x1F", 31);
        row("0X1f", 31);
        row("+0x1F", 31);
        row("-0x1F", -31);
        row("0x_1F", 31);
        row("0b101", 5);
        row("-0b101", -5);
        row("0b+1", 1);
        row("1_000", 1000);
        row("1_", 1);
        row("1__0", 10);
        row("08", 8);
        row("09.5", 9.5);
        row("0", 0);
        row("-0", 0);
        row("+1", 1);
        row("1e3", 1000);
        row("1E3", 1000);
        row("1.0", 1);
        row("1.", 1);
        row("1.5", 1.5);
        row("1_0.5_0", 10.5);
        row(".5", 0.5);
        row(".5_0", 0.5);
        row("-.5", -0.5);
        row("+.5e1", 5);
        row("1e-400", 0);
        row("6.02e23", 6.02e23);
        row("9223372036854775807", std::numeric_limits<qint64>::max());
        row("-9223372036854775808", std::numeric_limits<qint64>::min());
        row("9223372036854775808", quint64(9223372036854775808ULL));
        row("18446744073709551615", std::numeric_limits<quint64>::max());
        row("18446744073709551616", 18446744073709551616.0);
        row("\"yes\"", "yes");
        row("'0755'", "0755");
        row("\"~\"", "~");
        row("''", "");
        row("!!str 1", "1");
        row("!!str", "");
        row("!!int \"12\"", 12);
        row("!!float 1", 1);
        row("!!float 1.5", 1.5);
        row("!!bool yes", true);
        row("!!null ~", nullptr);
        row("!!binary aGk=", "hi");
        row("!custom 5", "5");
        row("|\n  yes\n", "yes\n");
        row(">-\n  on\n  off\n", "on off");
        row("[yes, '0755', 0755, ~]", json::array({true, "0755", 493, nullptr}));
    }

    void scalars()
    {
        QFETCH(QByteArray, text);
        QFETCH(json, expected);
        const json actual = valueOf(text);
        QVERIFY2(actual == expected && actual.type() == expected.type(),
                 qPrintable(QStringLiteral("%1 → %2, expected %3")
                                .arg(QString::fromUtf8(text), QString::fromStdString(actual.dump()),
                                     QString::fromStdString(expected.dump()))));
    }

    void valuesJsonCannotHold_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {".inf", ".Inf", "+.INF", "-.inf", ".nan", ".NaN", "!!int abc", "!!bool 1", "!!null x",
                                 "!!binary \"@@\""})
            QTest::newRow(text) << QByteArray(text);
    }

    void valuesJsonCannotHold()
    {
        QFETCH(QByteArray, text);
        const YamlReadResult r = YamlReader::read("v: " + text + '\n');
        QVERIFY(r.error);
        QCOMPARE(r.error->position, (YamlPosition{1, 4}));
        QVERIFY(r.value.is_null());
    }

    void keysBecomeStrings_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yes") << QByteArray("yes") << QStringLiteral("true");
        QTest::newRow("y") << QByteArray("y") << QStringLiteral("true");
        QTest::newRow("off") << QByteArray("off") << QStringLiteral("false");
        QTest::newRow("hex") << QByteArray("0x1F") << QStringLiteral("31");
        QTest::newRow("octal") << QByteArray("010") << QStringLiteral("8");
        QTest::newRow("float") << QByteArray("1.5") << QStringLiteral("1.5");
        QTest::newRow("integral float") << QByteArray("1.0") << QStringLiteral("1");
        QTest::newRow("thousand") << QByteArray("1e3") << QStringLiteral("1000");
        QTest::newRow("million") << QByteArray("1e6") << QStringLiteral("1e+06");
        QTest::newRow("small") << QByteArray("0.00001") << QStringLiteral("1e-05");
        QTest::newRow("float32 digits") << QByteArray("3.14159265358979") << QStringLiteral("3.1415927");
        QTest::newRow("inf") << QByteArray(".inf") << QStringLiteral(".inf");
        QTest::newRow("timestamp") << QByteArray("2001-12-14") << QStringLiteral("2001-12-14");
        QTest::newRow("quoted") << QByteArray("\"yes\"") << QStringLiteral("yes");
        QTest::newRow("quoted merge") << QByteArray("\"<<\"") << QStringLiteral("<<");
    }

    void keysBecomeStrings()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        const YamlReadResult r = YamlReader::read(key + ": v\n");
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(QString::fromStdString(r.value.begin().key()), expected);
    }

    void keysThatCannotBeStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("null") << QByteArray("~: v\n");
        QTest::newRow("empty") << QByteArray("? \n: v\n");
        QTest::newRow("sequence") << QByteArray("? [1, 2]\n: v\n");
        QTest::newRow("mapping") << QByteArray("{a: 1}: v\n");
        QTest::newRow("beyond int64") << QByteArray("18446744073709551615: v\n");
    }

    void keysThatCannotBeStrings()
    {
        QFETCH(QByteArray, text);
        const YamlReadResult r = YamlReader::read(text);
        QVERIFY(r.error);
        QVERIFY(r.error->position.isValid());
    }

    void duplicateKeysWithPositions()
    {
        const YamlReadResult r = YamlReader::read("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n");
        QVERIFY(!r.error);
        QVERIFY(!r.ok());
        QCOMPARE(r.duplicateKeys.size(), 2);
        QCOMPARE(r.duplicateKeys[0].position, (YamlPosition{4, 3}));
        QVERIFY(r.duplicateKeys[0].message.contains(QLatin1String("\"c\"")));
        QVERIFY(r.duplicateKeys[0].message.contains(QLatin1String("line 3")));
        QCOMPARE(r.duplicateKeys[1].position, (YamlPosition{5, 1}));
        // As go-yaml without strictness: the later value wins.
        COMPARE_JSON(r.value, json::parse(R"({"a": 3, "b": {"c": 2}})"));
        // Keys that only become equal as strings collide too.
        const YamlReadResult converted = YamlReader::read("yes: 1\n\"true\": 2\n");
        QCOMPARE(converted.duplicateKeys.size(), 1);
        QCOMPARE(converted.duplicateKeys[0].position, (YamlPosition{2, 1}));
        const YamlReadResult flow = YamlReader::read("m: {a: 1, a: 2}\n");
        QCOMPARE(flow.duplicateKeys.size(), 1);
        QCOMPARE(flow.duplicateKeys[0].position, (YamlPosition{1, 11}));
    }

    void merges()
    {
        const QByteArray text = "base: &base\n"
                                "  x: 1\n"
                                "  q: 2\n"
                                "other: &other {q: 20, w: 4}\n"
                                "plain:\n"
                                "  <<: *base\n"
                                "  z: 3\n"
                                "both:\n"
                                "  <<: [*base, *other]\n"
                                "inline:\n"
                                "  <<: {k: v}\n"
                                "literal:\n"
                                "  \"<<\": *base\n";
        const YamlReadResult r = YamlReader::read(text);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        COMPARE_JSON(r.value["plain"], json::parse(R"({"x": 1, "q": 2, "z": 3})"));
        // The first mapping of a merge list wins.
        COMPARE_JSON(r.value["both"], json::parse(R"({"x": 1, "q": 2, "w": 4})"));
        COMPARE_JSON(r.value["inline"], json::parse(R"({"k": "v"})"));
        COMPARE_JSON(r.value["literal"], json::parse(R"({"<<": {"x": 1, "q": 2}})"));
        // Merged fields sit where their anchor wrote them.
        QCOMPARE(r.positions.value(QStringLiteral("/plain/x")), (YamlPosition{2, 3}));
        QCOMPARE(r.positions.value(QStringLiteral("/plain/z")), (YamlPosition{7, 3}));
        // q comes from both mappings of the list: a duplicate for Strict.
        QCOMPARE(r.duplicateKeys.size(), 1);
        QCOMPARE(r.duplicateKeys[0].position, (YamlPosition{9, 3}));
    }

    void mergeOverridesAreDuplicatesForStrict()
    {
        const YamlReadResult r = YamlReader::read("base: &b {x: 1, q: 2}\nm:\n  <<: *b\n  x: 9\n");
        QVERIFY(!r.error);
        COMPARE_JSON(r.value["m"], json::parse(R"({"x": 9, "q": 2})"));
        QCOMPARE(r.duplicateKeys.size(), 1);
        QCOMPARE(r.duplicateKeys[0].position, (YamlPosition{4, 3}));
        QVERIFY(r.duplicateKeys[0].message.contains(QLatin1String("<<")));
    }

    void badMerges()
    {
        for (const QByteArray &text : {QByteArray("m:\n  <<: 5\n"), QByteArray("m:\n  <<: [{a: 1}, 5]\n")}) {
            const YamlReadResult r = YamlReader::read(text);
            QVERIFY(r.error);
            QCOMPARE(r.error->position.line, 2);
        }
    }

    void syntaxErrorsWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("map value in a plain value") << QByteArray("a: b: c\n") << 1 << 1 << 5;
        QTest::newRow("bad indentation") << QByteArray("a:\n  - x\n - y\n") << 1 << 3 << 2;
        // An unclosed flow sequence is noticed at the next line.
        QTest::newRow("unclosed flow") << QByteArray("a: [1, 2\nb: 3\n") << 1 << 2 << 2;
        QTest::newRow("unclosed quote") << QByteArray("a: 1\nb: \"open\n") << 1 << 2 << 4;
        QTest::newRow("unclosed single quote") << QByteArray("b: 'it''s\n") << 1 << 1 << 4;
        // At the tab itself, the character that cannot start a token.
        QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << 1 << 2 << 1;
        QTest::newRow("reserved indicator") << QByteArray("a: @x\n") << 1 << 1 << 4;
        QTest::newRow("later in the file") << QByteArray("a: b: c\n") << 40 << 40 << 5;
        QTest::newRow("self alias") << QByteArray("k: &a [*a]\n") << 1 << 1 << 4;
        QTest::newRow("characters, not bytes") << QByteArray("ä: ü: x\n") << 1 << 1 << 5;
        // go-yaml refuses what is not UTF-8, and control characters.
        QTest::newRow("not UTF-8") << QByteArray("a: 1\nb: \xff\n") << 1 << 2 << 4;
        QTest::newRow("cut UTF-8") << QByteArray("a: \xc3") << 1 << 1 << 4;
        QTest::newRow("overlong UTF-8") << QByteArray("a: \xc0\xaf\n") << 1 << 1 << 4;
        QTest::newRow("control character") << QByteArray("a: \"x\x01\"\n") << 1 << 1 << 6;
        QTest::newRow("noncharacter") << QByteArray("a: \xef\xbf\xbe\n") << 1 << 1 << 4;
    }

    void syntaxErrorsWithLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, firstLine);
        QFETCH(int, line);
        QFETCH(int, column);
        const YamlReadResult r = YamlReader::read(text, firstLine);
        QVERIFY(r.error);
        QCOMPARE(r.error->position, (YamlPosition{line, column}));
        QVERIFY(!r.error->message.isEmpty());
        QVERIFY(r.value.is_null());
    }

    void excessiveAliasingFailsFast()
    {
        QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i) {
            QByteArray items;
            for (int j = 0; j < 10; ++j)
                items += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
            text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + items + "]\n";
        }
        QElapsedTimer timer;
        timer.start();
        const YamlReadResult r = YamlReader::read(text);
        QVERIFY(r.error);
        QVERIFY(r.error->message.contains(QLatin1String("aliasing")));
        QVERIFY(timer.elapsed() < 10000 * KajiTest::SanitizerStretch);
    }

    void warningsForValuesThatSurprise()
    {
        const YamlReadResult r = YamlReader::read("a: yes\nb: \"yes\"\nc: true\nd: 0755\ne: 1_000\nf: 0x1F\ng: ON\n"
                                                  "ä: off\nh: 12\n");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 5);
        QCOMPARE(r.warnings[0].position, (YamlPosition{1, 4}));
        QVERIFY(r.warnings[0].message.contains(QLatin1String("boolean true")));
        QCOMPARE(r.warnings[1].position, (YamlPosition{4, 4}));
        QVERIFY(r.warnings[1].message.contains(QLatin1String("493")));
        QCOMPARE(r.warnings[2].position, (YamlPosition{5, 4}));
        QCOMPARE(r.warnings[3].position, (YamlPosition{7, 4}));
        QCOMPARE(r.warnings[4].position, (YamlPosition{8, 4}));
        const YamlReadResult key = YamlReader::read("on: x\n");
        QCOMPARE(key.warnings.size(), 1);
        QCOMPARE(key.warnings[0].position, (YamlPosition{1, 1}));
    }

    void positionsByJsonPointer()
    {
        const QByteArray text = "\xEF\xBB\xBF" // a byte order mark does not shift columns
                                "spec:\r\n"
                                "  containers:\r\n"
                                "  - name: web\r\n"
                                "    image: nginx\r\n"
                                "  - {name: side, image: busybox}\r\n"
                                "  a/b: 1\r\n";
        const YamlReadResult r = YamlReader::read(text, 10);
        QVERIFY(r.ok());
        QCOMPARE(r.positions.value(QString()), (YamlPosition{10, 1}));
        QCOMPARE(r.positions.value(QStringLiteral("/spec")), (YamlPosition{10, 1}));
        QCOMPARE(r.positions.value(QStringLiteral("/spec/containers/0")), (YamlPosition{12, 5}));
        QCOMPARE(r.positions.value(QStringLiteral("/spec/containers/0/image")), (YamlPosition{13, 5}));
        QCOMPARE(r.positions.value(QStringLiteral("/spec/containers/1/image")), (YamlPosition{14, 18}));
        QCOMPARE(r.positions.value(QStringLiteral("/spec/a~1b")), (YamlPosition{15, 3}));
    }

    // A lone carriage return breaks a line in YAML (and in QTextDocument, so
    // the editor counts the same lines). fuzz_yaml once assumed only "\n"
    // did, and took these positions for places outside the text.
    void loneCarriageReturnsBreakLines()
    {
        const YamlReadResult r = YamlReader::read("a: 1\r\r\rb: 2\ndata:\n\r\r  x: 3\r\n");
        QVERIFY(r.ok());
        QVERIFY(r.value == nlohmann::json({{"a", 1}, {"b", 2}, {"data", {{"x", 3}}}}));
        QCOMPARE(r.positions.value(QStringLiteral("/b")), (YamlPosition{4, 1}));
        QCOMPARE(r.positions.value(QStringLiteral("/data/x")), (YamlPosition{8, 3}));
    }

    void emptyDocumentsAndIgnoredText()
    {
        // yaml-cpp's LoadAll produced documents for ever on this (fuzzing
        // found it): whatever parses, the reader must return.
        QElapsedTimer timer;
        timer.start();
        YamlReader::read(",@- # comment\n...\n");
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(YamlReader::read("").value.is_null());
        QVERIFY(YamlReader::read("# only a comment\n").value.is_null());
        QVERIFY(YamlReader::read("# only a comment\n").ok());
        const YamlReadResult r = YamlReader::read("a: 1\n...\nb: 2\n");
        COMPARE_JSON(r.value, json::parse(R"({"a": 1})"));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings[0].position.line, 3);
    }
};

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
