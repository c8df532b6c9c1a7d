// The frozen documents the diagnosis reads (frozenjson.h): every value of
// every recorded snapshot reads the same as the nlohmann::json it was made
// from; lookups, equality and hashing behave as the rules expect; malformed
// and hostile input is frozen without a crash.

#include "diagnosis/frozenjson.h"
#include "frozenjsondiff.h"
#include "podfixture.h"

#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

class TestFrozenJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRecordedObjectReadsTheSame();
    void valuesOfEveryType();
    void membersAreFoundInSmallAndLargeObjects();
    void missingMembersReadAsNull();
    void equalityIsDeep();
    void contentHashFollowsContent();
    void copiesShareOneDocument();
    void deepNestingIsCut();
    void nearTheSizeOfItsText();
    void commonFieldNamesCostNoText();
};

void TestFrozenJson::everyRecordedObjectReadsTheSame()
{
    int documents = 0;
    for (const QString &path : KajiTest::recordedDiagnosisFiles()) {
        const json document = KajiTest::readJson(path);
        const FrozenJson frozen = FrozenJson::freeze(document);
        QVERIFY2(KajiTest::frozenDifference(document, frozen).isEmpty(), qPrintable(path + u' ' + KajiTest::frozenDifference(document, frozen)));
        ++documents;
    }
    QVERIFY(documents >= 30); // the scenario and the recorded cases
}

void TestFrozenJson::valuesOfEveryType()
{
    const json tree = json::parse(R"({"s": "東京 ü", "empty": "", "i": -42, "u": 18446744073709551615, "f": 2.5,
        "t": true, "n": null, "a": [1, "two", [3], {}], "o": {"k": {"deeper": [null]}}, "ea": [], "eo": {}})");
    const FrozenJson frozen = FrozenJson::freeze(tree);
    QVERIFY(KajiTest::frozenDifference(tree, frozen).isEmpty());
    const Json &root = frozen;
    QCOMPARE(root.size(), tree.size());
    QCOMPARE(toQString(root["s"].text()), QStringLiteral("東京 ü"));
    QCOMPARE(root["u"].get<quint64>(), std::numeric_limits<quint64>::max());
    QCOMPARE(root["i"].get<qint64>(), qint64(-42));
    QVERIFY(root["ea"].is_array() && root["ea"].empty() && root["ea"].begin() == root["ea"].end());
    QVERIFY(root["eo"].is_object() && root["eo"].empty());
    QCOMPARE(root["n"].size(), size_t(0));
    QCOMPARE(root["t"].size(), size_t(1));
    // Another type reads as the zero value, never throws.
    QCOMPARE(root["s"].get<qint64>(), qint64(0));
    QCOMPARE(root["i"].get<std::string>(), std::string());
    QVERIFY(!root["s"].get<bool>());
    QCOMPARE(jsonText(root, "i"), QString());
    QCOMPARE(jsonInt(root, "i"), qint64(-42));
    QCOMPARE(jsonInt(root, "f"), qint64(0));
    QVERIFY(jsonBool(root, "t"));
    // Scalars have nothing to iterate, as the rules expect of a wrong type.
    QVERIFY(root["s"].begin() == root["s"].end());
}

void TestFrozenJson::membersAreFoundInSmallAndLargeObjects()
{
    json labels = json::object();
    for (int i = 0; i < 40; ++i)
        labels["app.kubernetes.io/label-" + std::to_string(i)] = "v" + std::to_string(i);
    const FrozenJson frozen = FrozenJson::freeze({{"small", {{"b", 1}, {"a", 2}}}, {"labels", labels}});
    const Json &root = frozen;
    QCOMPARE(root["small"]["a"].get<int>(), 2);
    for (int i = 0; i < 40; ++i) {
        const std::string key = "app.kubernetes.io/label-" + std::to_string(i);
        QVERIFY(root["labels"].contains(key));
        QCOMPARE(root["labels"][key].get<std::string>(), "v" + std::to_string(i));
    }
    QVERIFY(!root["labels"].contains("app.kubernetes.io/label-40"));
    QVERIFY(!root["labels"].contains(""));
    QVERIFY(!root["labels"].contains("zzz"));
}

void TestFrozenJson::missingMembersReadAsNull()
{
    const FrozenJson frozen = FrozenJson::freeze({{"a", {1, 2}}, {"s", "x"}});
    const Json &root = frozen;
    QVERIFY(root["nope"].is_null());
    QVERIFY(root["a"]["x"].is_null()); // an array has no members
    QVERIFY(root["s"].find("x") == root["s"].end());
    QVERIFY(jsonChild(jsonChild(root, "nope"), "deeper").is_null());
    QVERIFY(FrozenJson().root().is_null());
}

void TestFrozenJson::equalityIsDeep()
{
    const FrozenJson a = FrozenJson::freeze(json::parse(R"({"x": [1, {"y": "z"}], "n": 3})"));
    const FrozenJson same = FrozenJson::freeze(json::parse(R"({"n": 3, "x": [1, {"y": "z"}]})"));
    const FrozenJson other = FrozenJson::freeze(json::parse(R"({"n": 3, "x": [1, {"y": "w"}]})"));
    const FrozenJson otherKey = FrozenJson::freeze(json::parse(R"({"n": 3, "x": [1, {"q": "z"}]})"));
    QVERIFY(a.root() == same.root());
    QVERIFY(!(a.root() == other.root()));
    QVERIFY(!(a.root() == otherKey.root()));
    // Integers compare by value whatever their type; 1 and 1.0 as nlohmann does.
    const FrozenJson numbers = FrozenJson::freeze(json::array({json(1), json(1u), json(1.0), json(-1), json(2u)}));
    const Json *n = numbers.root().begin();
    QVERIFY(n[0] == n[1]);
    QVERIFY(n[0] == n[2]);
    QVERIFY(!(n[3] == n[1]));
    QVERIFY(!(n[0] == n[4]));
    // A label compared with a selector's value, as labelsMatch does.
    QVERIFY(a.root()["x"].begin()[1]["y"] == FrozenJson::freeze(json("z")).root());
}

void TestFrozenJson::contentHashFollowsContent()
{
    const json pod = json::parse(R"({"metadata": {"name": "web-0", "labels": {"app": "web"}}, "spec": {"n": 1}})");
    json changed = pod;
    changed["spec"]["n"] = 2;
    json renamedKey = pod;
    renamedKey["metadata"]["labels"] = {{"ap", "web"}};
    const quint64 original = FrozenJson::freeze(pod).root().contentHash();
    QCOMPARE(FrozenJson::freeze(pod).root().contentHash(), original);
    QVERIFY(FrozenJson::freeze(changed).root().contentHash() != original);
    QVERIFY(FrozenJson::freeze(renamedKey).root().contentHash() != original);
}

void TestFrozenJson::copiesShareOneDocument()
{
    const FrozenJson one = FrozenJson::freeze({{"a", "b"}});
    const FrozenJson copy = one; // NOLINT(performance-unnecessary-copy-initialization): the copy is the point
    QCOMPARE(&copy.root(), &one.root());
}

void TestFrozenJson::deepNestingIsCut()
{
    // A hostile document: 10,000 nested arrays (nlohmann parses it; freezing
    // must neither recurse that deep nor lose the shallow part).
    const std::string text = "{\"ok\": 1, \"deep\": " + std::string(10000, '[') + std::string(10000, ']') + "}";
    const json tree = json::parse(text);
    const FrozenJson frozen = FrozenJson::freeze(tree);
    QCOMPARE(frozen.root()["ok"].get<int>(), 1);
    int depth = 0;
    const Json *at = &frozen.root()["deep"];
    while (at->is_array() && !at->empty()) {
        at = at->begin();
        ++depth;
    }
    QVERIFY(depth < FrozenJson::MaxDepth);
    QVERIFY(depth > FrozenJson::MaxDepth - 3);
}

void TestFrozenJson::nearTheSizeOfItsText()
{
    // The whole point: a recorded pod's document stays near the size of its
    // compact text (1.3 times here); a nlohmann::json tree of the same pod
    // is four to seven times it.
    const json document = KajiTest::readJson(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
    size_t text = 0, frozenBytes = 0;
    for (const json &pod : document["pods"]) {
        text += pod.dump().size();
        frozenBytes += FrozenJson::freeze(pod).bytes();
    }
    QVERIFY(text > 0);
    QVERIFY2(frozenBytes * 2 <= text * 3, qPrintable(QStringLiteral("%1 bytes frozen, %2 of text").arg(frozenBytes).arg(text)));
}

void TestFrozenJson::commonFieldNamesCostNoText()
{
    // The same shape twice: once with names of the shared table, once with
    // names of the same lengths it does not hold. Both read alike; only
    // the second carries its names.
    const FrozenJson common = FrozenJson::freeze(json::parse(R"({"metadata": {"resourceVersion": "7", "name": "a"}})"));
    const FrozenJson rare = FrozenJson::freeze(json::parse(R"({"metadatx": {"resourceVersiox": "7", "namx": "a"}})"));
    QCOMPARE(common.root()["metadata"]["resourceVersion"].text(), std::string_view("7"));
    QCOMPARE(rare.root()["metadatx"]["resourceVersiox"].text(), std::string_view("7"));
    QCOMPARE(common.root().begin()->key(), std::string_view("metadata"));
    QCOMPARE(rare.root().begin()->key(), std::string_view("metadatx"));
    QCOMPARE(common.root()["metadata"].begin()[1].key(), std::string_view("resourceVersion"));
    // Values: root, metadata and its two members (16 bytes each); text "7a"
    // fills one more slot, the rare names (27 bytes) two more.
    QCOMPARE(common.bytes(), size_t(5 * 16));
    QCOMPARE(rare.bytes(), size_t(4 * 16 + 32));
    // Equality reads keys from wherever they are kept.
    QVERIFY(common.root() == FrozenJson::freeze(json::parse(R"({"metadata": {"name": "a", "resourceVersion": "7"}})")).root());
    QVERIFY(!(common.root() == rare.root()));
}

QTEST_GUILESS_MAIN(TestFrozenJson)
#include "tst_frozenjson.moc"
