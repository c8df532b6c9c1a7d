// The mirror parses watch events and list items straight from their text
// (JsonScratch, simdjson) instead of through a nlohmann::json tree: what it
// freezes must be what the tree froze, value for value and type for type,
// for every object of the recorded clusters and for the odd cases (numbers,
// duplicate keys, escapes, nesting, text that is not JSON).

#include "diagnosis/frozenjson.h"
#include "diagnosis/frozensubtrees.h"
#include "diagnosis/jsonscratch.h"
#include "diagnosis/snapshotitem.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

namespace {

QString dataDir()
{
    return QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis");
}

// Equal values of equal types (Json::operator== lets 1 equal 1u), keys
// included; the path of the first difference, or nothing.
QString typedDifference(const Json &a, const Json &b, const QString &path = QStringLiteral("$"))
{
    if (a.type() != b.type())
        return path + QStringLiteral(": type");
    if (!a.is_array() && !a.is_object())
        return a == b ? QString() : path + QStringLiteral(": value");
    if (a.size() != b.size())
        return path + QStringLiteral(": size");
    const Json *other = b.begin();
    for (const Json &child : a) {
        if (child.key() != other->key())
            return path + QStringLiteral(": key ") + toQString(child.key());
        const QString found = typedDifference(child, *other, path + u'/' + toQString(child.key()));
        if (!found.isEmpty())
            return found;
        ++other;
    }
    return {};
}

// The value's text with every object's members in reverse order: the API
// does not sort them (nlohmann's dump() would).
std::string reversedText(const json &value)
{
    if (!value.is_structured())
        return value.dump();
    std::string out;
    if (value.is_array()) {
        for (const json &element : value)
            out += (out.empty() ? "" : ",") + reversedText(element);
        return '[' + out + ']';
    }
    for (auto it = value.rbegin(); it != value.rend(); ++it)
        out += (out.empty() ? "" : ",") + json(it.key()).dump() + ':' + reversedText(*it);
    return '{' + out + '}';
}

json parsedBack(std::string_view text)
{
    JsonScratch scratch;
    if (!scratch.parse(text))
        return json(json::value_t::discarded);
    return scratch.toJson();
}

} // namespace

class TestJsonScratch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordedObjectsFreezeAsFromTrees_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("scenario") << dataDir() + QStringLiteral("/scenario.json");
        const QDir dir(dataDir() + QStringLiteral("/cases"));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    // Every object of every kind, trimmed and frozen from its text, reads
    // as trimmed and frozen from its tree; with repeated containers held
    // once too (each path with its own FrozenSubtrees).
    void recordedObjectsFreezeAsFromTrees()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const json document = json::parse(file.readAll().toStdString());
        int objects = 0;
        FrozenSubtrees fromText;
        FrozenSubtrees fromTree;
        for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
            const auto kind = ClusterSnapshot::Kind(k);
            const auto list = document.find(ClusterSnapshot::resourceName(kind));
            if (list == document.end() || !list->is_array())
                continue;
            for (const json &item : *list) {
                const std::string text = reversedText(item);
                const SnapshotItem parsed = freezeSnapshotText(kind, text, &fromText);
                const FrozenJson expected = freezeSnapshotItem(kind, item, &fromTree);
                const QString difference = typedDifference(parsed.document.root(), expected.root());
                QVERIFY2(difference.isEmpty(), qPrintable(QString::fromStdString(text.substr(0, 200)) + u' ' + difference));
                QVERIFY(!parsed.key.empty());
                ++objects;
            }
        }
        QVERIFY(objects > 0);
    }

    void numbersKeepNlohmannsTypes()
    {
        const char *text = R"([0, 7, -7, 9223372036854775807, 9223372036854775808, 18446744073709551615,
                              -9223372036854775808, 1.0, 2.5e3, -0.0, 1e-7])";
        const FrozenJson tree = FrozenJson::freeze(json::parse(text));
        JsonScratch scratch;
        QVERIFY(scratch.parse(text));
        const FrozenJson parsed = FrozenJson::freeze(scratch);
        QCOMPARE(typedDifference(parsed.root(), tree.root()), QString());
        QCOMPARE(parsed.root().begin()[1].type(), Json::Type::Unsigned);
        QCOMPARE(parsed.root().begin()[2].type(), Json::Type::Integer);
        QCOMPARE(parsed.root().begin()[7].type(), Json::Type::Float);
    }

    // simdjson refuses integers beyond 64 bits; nlohmann reads them as
    // doubles, and so does the scratch.
    void integersBeyond64BitsAreDoubles()
    {
        const char *text = R"({"big": 123456789012345678901234567890, "name": "x"})";
        JsonScratch scratch;
        QVERIFY(scratch.parse(text));
        QVERIFY(scratch.toJson() == json::parse(text));
        QCOMPARE(scratch.member(JsonScratch::Root, "big")->type, JsonScratch::Type::Float);
    }

    void membersAreSortedAndTheLastOfAKeyCounts()
    {
        // Escapes in a key and a value (spelled as plain literals: moc
        // misreads a raw string holding a backslash before a quote).
        const char *text = "{\"b\": 1, \"a\": {\"z\": 1, \"y\": [2, 3]}, \"b\": 3, \"c\\\"\\u00e9\": \"x\\n\\u00e9\"}";
        QVERIFY(parsedBack(text) == json::parse(text));
        JsonScratch scratch;
        QVERIFY(scratch.parse(text));
        const FrozenJson frozen = FrozenJson::freeze(scratch);
        QCOMPARE(frozen.root().size(), size_t(3));
        QCOMPARE(frozen.root()["b"].get<int>(), 3);
        QCOMPARE(frozen.root()["c\"\u00e9"].text(), std::string_view("x\n\u00e9"));
        QCOMPARE(frozen.root()["a"].begin()->key(), std::string_view("y"));
        // A document of many members is searched, so its order matters.
        std::string many = "{";
        for (int i = 40; i > 0; --i)
            many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + (i > 1 ? "," : "}");
        QVERIFY(scratch.parse(many));
        const FrozenJson large = FrozenJson::freeze(scratch);
        for (int i = 1; i <= 40; ++i)
            QCOMPARE(large.root()["k" + std::to_string(i)].get<int>(), i);
    }

    // Containers nested deeper than FrozenJson::MaxDepth read as null, as
    // they did from a tree.
    void deepNestingIsCut()
    {
        for (int depth : {FrozenJson::MaxDepth - 1, FrozenJson::MaxDepth, FrozenJson::MaxDepth + 1, 2000}) {
            const std::string text = std::string(size_t(depth), '[') + "1" + std::string(size_t(depth), ']');
            const json tree = json::parse(text);
            JsonScratch scratch;
            QVERIFY(scratch.parse(text));
            QCOMPARE(typedDifference(FrozenJson::freeze(scratch).root(), FrozenJson::freeze(tree).root()), QString());
        }
    }

    void textThatIsNoObjectIsRefused()
    {
        for (const char *text : {"", "{", "nul", R"({"a": })", "{\"a\": \"\xff\"}"}) {
            JsonScratch scratch;
            QVERIFY2(!scratch.parse(text), text);
            QVERIFY(scratch.isEmpty());
            const SnapshotItem item = freezeSnapshotText(ClusterSnapshot::Pods, text);
            QVERIFY(item.document.isNull());
            QVERIFY(item.key.empty());
            QVERIFY(snapshotTextKey(text).empty());
        }
        for (const char *text : {"[1]", "3", R"("pod")"}) {
            QVERIFY(freezeSnapshotText(ClusterSnapshot::Pods, text).document.isNull());
        }
    }

    // A secret keeps its keys, the size of its values and its registries;
    // the values go, from the text as from the tree.
    void secretsKeepKeysNotValues()
    {
        const QByteArray config = QByteArrayLiteral(R"({"auths": {"registry.example": {"auth": "c2VjcmV0"}}})").toBase64();
        const std::string text = json{{"kind", "Secret"},
                                      {"type", "kubernetes.io/dockerconfigjson"},
                                      {"metadata", {{"name", "pull"}, {"namespace", "shop"}}},
                                      {"data", {{".dockerconfigjson", config.toStdString()}, {"extra", "YQ=="}}}}
                                     .dump();
        const SnapshotItem item = freezeSnapshotText(ClusterSnapshot::Secrets, text);
        QCOMPARE(item.key, std::string("shop/pull"));
        const Json &root = item.document.root();
        QVERIFY(root["data"][".dockerconfigjson"].is_null());
        QVERIFY(root["data"]["extra"].is_null());
        QCOMPARE(root["kaji"]["registries"].size(), size_t(1));
        QCOMPARE(root["kaji"]["registries"].begin()->text(), std::string_view("registry.example"));
        QCOMPARE(root["kaji"]["dataBytes"].get<quint64>(), quint64(17 + config.size() + 5 + 4));
        QCOMPARE(typedDifference(root, freezeSnapshotItem(ClusterSnapshot::Secrets, json::parse(text)).root()), QString());
        // A secret that is no docker config has no registries.
        const SnapshotItem opaque = freezeSnapshotText(ClusterSnapshot::Secrets, R"({"metadata": {"name": "o"}, "data": {"k": "dg=="}})");
        QVERIFY(!opaque.document.root()["kaji"].contains("registries"));
        QCOMPARE(opaque.document.root()["kaji"]["dataBytes"].get<int>(), 5);
    }

    void oneScratchServesDocumentAfterDocument()
    {
        // Views into the parser's buffers must not outlive their document:
        // a large one, then a small one, then the large one again.
        std::string large = R"({"metadata": {"name": "big"}, "data": {)";
        for (int i = 0; i < 20000; ++i)
            large += "\"key" + std::to_string(i) + "\": \"" + std::string(64, char('a' + i % 26)) + "\",";
        large += R"("last": "z"}})";
        for (int round = 0; round < 2; ++round) {
            const SnapshotItem big = freezeSnapshotText(ClusterSnapshot::ConfigMaps, large);
            QCOMPARE(big.document.root()["data"].size(), size_t(20001));
            const SnapshotItem small = freezeSnapshotText(ClusterSnapshot::Pods, R"({"metadata": {"name": "p", "namespace": "n"}})");
            QCOMPARE(small.key, std::string("n/p"));
            QCOMPARE(big.document.root()["metadata"]["name"].text(), std::string_view("big"));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonScratch)
#include "tst_jsonscratch.moc"
