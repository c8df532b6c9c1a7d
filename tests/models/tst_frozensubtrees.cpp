// Containers that frozen documents repeat, held once (frozensubtrees.h):
// a document with links reads, compares and hashes exactly as the tree it
// was made from; replicas share what they repeat and nothing else; copies
// no document uses are let go.

#include "diagnosis/frozensubtrees.h"
#include "frozenjsondiff.h"
#include "podfixture.h"

#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

namespace {

// A replica of a storefront pod: its own name, uid, address and
// start time, the rest as its siblings have it.
json replica(const json &pod, int index)
{
    json copy = pod;
    const std::string suffix = std::to_string(index);
    copy["metadata"]["name"] = "storefront-7f9c-" + suffix;
    copy["metadata"]["uid"] = "uid-" + suffix;
    copy["status"]["podIP"] = "10.0.0." + suffix;
    copy["status"]["startTime"] = "2026-12-05T10:00:" + suffix + "Z";
    return copy;
}

size_t bytesOf(const std::vector<FrozenJson> &documents)
{
    size_t total = 0;
    for (const FrozenJson &document : documents)
        total += document.bytes();
    return total;
}

} // namespace

class TestFrozenSubtrees : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRecordedObjectReadsTheSameLinked();
    void aContainerSeenOnceStaysInItsDocument();
    void replicasHoldWhatTheyRepeatOnce();
    void linkedAndLaidOutCompareAndHashAlike();
    void unusedCopiesAreLetGo();
};

void TestFrozenSubtrees::everyRecordedObjectReadsTheSameLinked()
{
    // Every object of every recorded case, frozen twice through one table:
    // the second freezing links whatever the first saw.
    FrozenSubtrees shared;
    int documents = 0;
    for (const QString &path : KajiTest::recordedDiagnosisFiles()) {
        const json document = KajiTest::readJson(path);
        for (int pass = 0; pass < 2; ++pass) {
            for (auto kind = document.begin(); document.is_object() && kind != document.end(); ++kind) {
                for (const json &item : kind->is_array() ? *kind : json::array()) {
                    const FrozenJson frozen = FrozenJson::freeze(item, &shared);
                    const QString difference = KajiTest::frozenDifference(item, frozen);
                    QVERIFY2(difference.isEmpty(), qPrintable(path + u' ' + difference));
                    ++documents;
                }
            }
        }
    }
    QVERIFY(documents >= 200);
    QVERIFY(shared.size() > 50); // the second pass did link
}

void TestFrozenSubtrees::aContainerSeenOnceStaysInItsDocument()
{
    FrozenSubtrees shared;
    const json pod = json::parse(R"({"metadata": {"name": "a", "labels": {"app": "a", "tier": "web", "team": "x"}},
        "spec": {"containers": [{"name": "c", "image": "i", "ports": [{"containerPort": 80, "protocol": "TCP"}]}]}})");
    const FrozenJson once = FrozenJson::freeze(pod, &shared);
    QCOMPARE(shared.size(), size_t(0));
    QCOMPARE(once.bytes(), FrozenJson::freeze(pod).bytes());
    // Seen again, the outermost containers below the root are held whole
    // (the metadata and the spec), not each container inside them.
    const FrozenJson twice = FrozenJson::freeze(pod, &shared);
    QCOMPARE(shared.size(), size_t(2));
    QVERIFY(twice.bytes() < once.bytes());
    QVERIFY(KajiTest::frozenDifference(pod, twice).isEmpty());
}

void TestFrozenSubtrees::replicasHoldWhatTheyRepeatOnce()
{
    FrozenSubtrees shared;
    const json pod = KajiTest::scenarioPod(QStringLiteral("storefront-"));
    std::vector<FrozenJson> linked, laidOut;
    for (int i = 0; i < 50; ++i) {
        const json item = replica(pod, i);
        linked.push_back(FrozenJson::freeze(item, &shared));
        laidOut.push_back(FrozenJson::freeze(item));
        QVERIFY(KajiTest::frozenDifference(item, linked.back()).isEmpty());
    }
    // From the second replica on, the containers are one copy...
    const Json &first = linked[1].root()["spec"]["containers"];
    QVERIFY(first.is_array() && !first.empty());
    QCOMPARE(&*linked[2].root()["spec"]["containers"].begin(), &*first.begin());
    // ...while what differs is each replica's own.
    QCOMPARE(linked[2].root()["metadata"]["name"].get<std::string>(), std::string("storefront-7f9c-2"));
    QCOMPARE(linked[3].root()["status"]["podIP"].get<std::string>(), std::string("10.0.0.3"));
    // Held once, the repeated parts cost less than half of what the
    // documents cost laid out (the copies themselves included).
    const size_t withLinks = bytesOf(linked) + shared.bytes();
    QVERIFY2(withLinks * 2 < bytesOf(laidOut),
             qPrintable(QStringLiteral("%1 bytes linked, %2 laid out").arg(withLinks).arg(bytesOf(laidOut))));
    // One copy per repeated container, not one per replica.
    QVERIFY2(shared.size() < 30, qPrintable(QString::number(shared.size())));
}

void TestFrozenSubtrees::linkedAndLaidOutCompareAndHashAlike()
{
    FrozenSubtrees shared;
    const json pod = KajiTest::complexPod();
    FrozenJson::freeze(pod, &shared);
    const FrozenJson linked = FrozenJson::freeze(pod, &shared);
    const FrozenJson laidOut = FrozenJson::freeze(pod);
    QVERIFY(shared.size() > 0);
    QVERIFY(linked.bytes() < laidOut.bytes());
    QVERIFY(linked.root() == laidOut.root());
    QVERIFY(laidOut.root() == linked.root());
    QCOMPARE(linked.root().contentHash(), laidOut.root().contentHash());
    // A linked member keeps its own key, and reads as what it links to.
    const Json &spec = linked.root()["spec"];
    QCOMPARE(spec.key(), std::string_view("spec"));
    for (const Json &member : spec)
        QVERIFY(!member.key().empty());
    json changed = pod;
    changed["spec"]["containers"][0]["name"] = "other";
    QVERIFY(!(FrozenJson::freeze(changed, &shared).root() == laidOut.root()));
}

void TestFrozenSubtrees::unusedCopiesAreLetGo()
{
    FrozenSubtrees shared;
    const json pod = KajiTest::scenarioPod(QStringLiteral("storefront-"));
    // Workloads that come and go: each template's copies are held while a
    // replica lives, and let go once none does.
    for (int workload = 0; workload < 400; ++workload) {
        json item = pod;
        item["spec"]["containers"][0]["image"] = "registry.example/web:" + std::to_string(workload);
        item["metadata"]["labels"]["version"] = std::to_string(workload);
        const FrozenJson one = FrozenJson::freeze(item, &shared);
        const FrozenJson two = FrozenJson::freeze(item, &shared);
        QVERIFY(KajiTest::frozenDifference(item, two).isEmpty());
    }
    // Without letting go, 400 workloads would hold some 2,000 copies.
    QVERIFY2(shared.size() < 600, qPrintable(QString::number(shared.size())));
}

QTEST_GUILESS_MAIN(TestFrozenSubtrees)
#include "tst_frozensubtrees.moc"
