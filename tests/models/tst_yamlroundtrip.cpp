// Kaji's YAML (the YAML view, `kaji get -o yaml`, `kaji diff`) read back by
// Kaji's reader, which follows the API server's rules, gives the JSON it
// was written from: strings that would read as booleans, numbers or null
// are quoted, multi-line text keeps every line break.

#include "../samejson.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QFile>
#include <QTest>

using namespace Kaji::Models;
using Kaji::Kube::YamlReader;
using Kaji::Kube::YamlReadResult;
using nlohmann::json;

Q_DECLARE_METATYPE(nlohmann::json)

namespace {

QString roundTripFailure(const json &document)
{
    const QString yaml = toYaml(document);
    const YamlReadResult back = YamlReader::read(yaml.toUtf8());
    if (back.error)
        return QStringLiteral("%1 at %2:%3 in\n%4").arg(back.error->message).arg(back.error->position.line).arg(back.error->position.column).arg(yaml);
    if (!back.duplicateKeys.isEmpty())
        return QStringLiteral("duplicate key in\n%1").arg(yaml);
    if (!KajiTest::sameJson(back.value, document))
        return QStringLiteral("read back as %1 from\n%2").arg(QString::fromStdString(back.value.dump()), yaml);
    return {};
}

// Every string the YAML 1.1 rules give another meaning, and text YAML's
// syntax would claim.
QStringList trickyStringTable()
{
    QStringList out = {
        QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"), QStringLiteral("y"), QStringLiteral("Y"),
        QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("on"), QStringLiteral("On"),
        QStringLiteral("ON"), QStringLiteral("off"), QStringLiteral("OFF"), QStringLiteral("true"), QStringLiteral("True"),
        QStringLiteral("FALSE"), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL"),
        QString(), QStringLiteral(" "), QStringLiteral("0755"), QStringLiteral("0o17"), QStringLiteral("0x1F"),
        QStringLiteral("0b101"), QStringLiteral("-0b1"), QStringLiteral("0b+1"), QStringLiteral("1_000"), QStringLiteral("1_"),
        QStringLiteral("08"), QStringLiteral("12"), QStringLiteral("-12"), QStringLiteral("+12"), QStringLiteral("1e3"),
        QStringLiteral("1E3"), QStringLiteral("1.0"), QStringLiteral("1."), QStringLiteral(".5"), QStringLiteral(".5_0"),
        QStringLiteral("1.10"), QStringLiteral(".inf"), QStringLiteral("-.Inf"), QStringLiteral(".NaN"), QStringLiteral("1:30"),
        QStringLiteral("190:20:30.15"), QStringLiteral("2001-12-14"), QStringLiteral("2001-12-14t21:59:43.10-05:00"),
        QStringLiteral("2001-12-14 21:59:43.10"), QStringLiteral("<<"), QStringLiteral("="), QStringLiteral("- x"),
        QStringLiteral("-x"), QStringLiteral("--all"), QStringLiteral("?x"), QStringLiteral(":x"), QStringLiteral("-"),
        QStringLiteral("-1x"), QStringLiteral("? x"), QStringLiteral(": x"), QStringLiteral("a: b"),
        QStringLiteral("a #b"), QStringLiteral("a#b"), QStringLiteral("#x"), QStringLiteral("&anchor"), QStringLiteral("*alias"),
        QStringLiteral("!tag"), QStringLiteral("%YAML"), QStringLiteral("@x"), QStringLiteral("`x"), QStringLiteral("|"),
        QStringLiteral(">"), QStringLiteral("'single'"), QStringLiteral("\"double\""), QStringLiteral("[1, 2]"),
        QStringLiteral("{a: 1}"), QStringLiteral("a, b"), QStringLiteral("key:"), QStringLiteral("http://x:80/y"),
        QStringLiteral("---"), QStringLiteral("..."), QStringLiteral("--- x"), QStringLiteral("back\\slash"),
        QStringLiteral("tab\there"), QStringLiteral("\ttab"), QStringLiteral("trailing "), QStringLiteral(" leading"),
        QStringLiteral("ü and 日本語"), QStringLiteral("emoji 🚢"), QStringLiteral("nbsp\u00a0"), QStringLiteral("bell\a"),
        QStringLiteral("del\x7f"), QString(QChar(0x85)) + QStringLiteral("nel"), QStringLiteral("ls\u2028ps\u2029"),
        QStringLiteral("\ufeffbom"), QStringLiteral("cr\r\nlf"), QStringLiteral("one line\n"), QStringLiteral("two\nlines"),
        QStringLiteral("two\nlines\n"), QStringLiteral("kept\n\n\n"), QStringLiteral("\nleading break"),
        QStringLiteral("\n"), QStringLiteral("\n\n"), QStringLiteral("  indented\nfirst"), QStringLiteral("first\n  indented"),
        QStringLiteral("trailing space \nline"), QStringLiteral("blank\n\nline"), QStringLiteral("spaces\n  \nline"),
        QStringLiteral("#!/bin/sh\necho yes\n"), QStringLiteral("tab\tin\nblock"), QStringLiteral("--- \nlooks like a separator"),
    };
    out.append(QString(QChar(0)) + QStringLiteral("nul"));
    return out;
}

} // namespace

class TestYamlRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trickyStrings_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : trickyStringTable())
            QTest::newRow(QString::fromLatin1(text.toUtf8().toPercentEncoding()).left(40).toUtf8().constData()) << text;
    }

    // As a value, a key, a sequence item and a nested value alike.
    void trickyStrings()
    {
        QFETCH(QString, text);
        const std::string s = text.toStdString();
        const json document = {{"value", s},
                               {s, "as a key"},
                               {"list", json::array({s, json::array({s}), json::object({{s, s}})})},
                               {"nested", {{"deeper", {{"value", s}}}}}};
        const QString failure = roundTripFailure(document);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void plainWhereItReadsTheSame()
    {
        // Quotes only where needed, so the YAML stays what kubectl shows.
        const QString yaml = toYaml({{"image", "nginx:1.27"}, {"host", "http://x:80/y"}, {"name", "web-1"}, {"port", 8080},
                                     {"ratio", 0.5}, {"on", true}, {"enabled", "true"}, {"mode", "0755"}, {"none", nullptr},
                                     {"at", "2026-11-26T10:00:00Z"}, {"script", "#!/bin/sh\necho hi\n"}, {"yes", "no"}});
        QCOMPARE(yaml, QStringLiteral("at: \"2026-11-26T10:00:00Z\"\n"
                                      "enabled: \"true\"\n"
                                      "host: http://x:80/y\n"
                                      "image: nginx:1.27\n"
                                      "mode: \"0755\"\n"
                                      "name: web-1\n"
                                      "none: null\n"
                                      "\"on\": true\n"
                                      "port: 8080\n"
                                      "ratio: 0.5\n"
                                      "script: |\n"
                                      "  #!/bin/sh\n"
                                      "  echo hi\n"
                                      "\"yes\": \"no\"\n"));
    }

    void numbersAndEmptyCollections()
    {
        const json document = {{"int", 42}, {"negative", -7}, {"big", std::numeric_limits<qint64>::max()},
                               {"unsigned", std::numeric_limits<quint64>::max()}, {"float", 1.5}, {"tiny", 1e-300},
                               {"huge", 1e300}, {"whole float", 2.0}, {"empty map", json::object()},
                               {"empty list", json::array()}, {"list of lists", json::array({json::array({1, 2}), json::array()})},
                               {"null", nullptr}, {"false", false}};
        const QString failure = roundTripFailure(document);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // A whole document that is an empty map or list (found by fuzz_yaml:
    // " {}, [{}]]" reads as {} and was written as nothing, which reads as null).
    void emptyDocuments()
    {
        QCOMPARE(toYaml(json::object()), QStringLiteral("{}\n"));
        QCOMPARE(toYaml(json::array()), QStringLiteral("[]\n"));
        for (const json &document : {json::object(), json::array()}) {
            const QString failure = roundTripFailure(document);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
    }

    void recordedScenarioObjects_data()
    {
        QTest::addColumn<json>("object");
        QFile file(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const json scenario = json::parse(file.readAll().toStdString());
        int count = 0;
        for (auto kind = scenario.begin(); kind != scenario.end(); ++kind) {
            if (!kind.value().is_array())
                continue;
            for (const json &object : kind.value()) {
                const std::string name = kind.key() + "/" + object.value("metadata", json::object()).value("name", "");
                QTest::newRow(name.c_str()) << object;
                ++count;
            }
        }
        // The recorded logs too: text with every kind of line.
        QTest::newRow("logs") << scenario["logs"];
        QVERIFY(count > 200);
    }

    void recordedScenarioObjects()
    {
        QFETCH(json, object);
        const QString failure = roundTripFailure(object);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestYamlRoundTrip)
#include "tst_yamlroundtrip.moc"
