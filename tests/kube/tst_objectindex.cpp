// The store's secondary indexes against a brute-force scan: random upserts,
// relabels, moves between nodes, owner changes, removals and re-lists, and
// after each step every index answer must equal what a scan of the records
// gives. The pools are small so entries cross KeyPosting's list/set limit
// in both directions.

#include "podrecord.h"
#include "recordset.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kaji::Kube;

namespace {

const QStringList kNamespaces = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
const QStringList kNodes = {QString(), QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")};
const QStringList kOwners = {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u4")};
const QStringList kApps = {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("cache"), QString()};
const QStringList kSelectors = {
    QStringLiteral("app=web"),      QStringLiteral("app in (web,db)"),   QStringLiteral("tier"),
    QStringLiteral("!tier"),        QStringLiteral("app!=web"),          QStringLiteral("app=web,tier notin (x)"),
    QStringLiteral("tier in (x),app"), QStringLiteral(""),               QStringLiteral("missing=1"),
    QStringLiteral("app="),         QStringLiteral("app notin (db),tier=y"),
};

class World {
public:
    explicit World(quint32 seed) : m_random(seed) {}

    PodRecord randomPod()
    {
        PodRecord pod;
        pod.namespaceName = pick(kNamespaces);
        pod.name = QStringLiteral("p%1").arg(m_random.bounded(120));
        pod.resourceVersion = QString::number(++m_version);
        pod.nodeName = pick(kNodes);
        const int owners = int(m_random.bounded(3));
        for (int i = 0; i < owners; ++i)
            pod.ownerUids.append(pick(kOwners));
        pod.labels.append({QStringLiteral("app"), pick(kApps)});
        if (m_random.bounded(2))
            pod.labels.append({QStringLiteral("tier"), m_random.bounded(2) ? QStringLiteral("x") : QStringLiteral("y")});
        return pod;
    }

    QString pick(const QStringList &from) { return from.at(qsizetype(m_random.bounded(quint32(from.size())))); }
    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
    int m_version = 0;
};

template<typename Keep>
QSet<QString> scan(const RecordSet<PodRecord> &set, Keep keep)
{
    QSet<QString> out;
    for (auto it = set.items().cbegin(); it != set.items().cend(); ++it) {
        if (keep(it.value()))
            out.insert(it.key());
    }
    return out;
}

void compareWithScan(const RecordSet<PodRecord> &set)
{
    for (const QString &ns : kNamespaces)
        QCOMPARE(set.keysInNamespace(ns), scan(set, [&](const PodRecord &p) { return p.namespaceName == ns; }));
    for (const QString &node : kNodes) {
        if (!node.isEmpty())
            QCOMPARE(set.keysOnNode(node), scan(set, [&](const PodRecord &p) { return p.nodeName == node; }));
    }
    for (const QString &uid : kOwners)
        QCOMPARE(set.keysOwnedBy(uid), scan(set, [&](const PodRecord &p) { return p.ownerUids.contains(uid); }));
    for (const QString &text : kSelectors) {
        const auto selector = LabelSelector::parse(text);
        QVERIFY(selector);
        QCOMPARE(set.keysMatching(*selector), scan(set, [&](const PodRecord &p) { return selector->matches(p.labels); }));
        QCOMPARE(set.keysMatching(*selector, QStringLiteral("b")), scan(set, [&](const PodRecord &p) {
                     return p.namespaceName == u"b" && selector->matches(p.labels);
                 }));
    }
}

} // namespace

class TestObjectIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomChangesMatchAScan_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomChangesMatchAScan()
    {
        QFETCH(quint32, seed);
        World world(seed);
        RecordSet<PodRecord> set;
        set.beginList();
        for (int i = 0; i < 150; ++i)
            set.listed(world.randomPod());
        set.endList();
        compareWithScan(set);
        for (int step = 0; step < 400; ++step) {
            const quint32 action = world.bounded(20);
            if (action < 12) {
                set.upsert(world.randomPod());
            } else if (action < 18) {
                const PodRecord pod = world.randomPod();
                set.remove(pod.key());
            } else {
                // A re-list (after a 410): some survive, some change, some go.
                const QList<SharedRecord<PodRecord>> before = set.items().values();
                set.beginList();
                for (const PodRecord &pod : before) {
                    if (world.bounded(4) == 0)
                        continue;
                    set.listed(world.bounded(3) == 0 ? PodRecord(pod) : [&] {
                        PodRecord changed = world.randomPod();
                        changed.namespaceName = pod.namespaceName;
                        changed.name = pod.name;
                        return changed;
                    }());
                }
                for (int i = 0; i < 10; ++i)
                    set.listed(world.randomPod());
                set.endList();
            }
            compareWithScan(set);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
        }
    }

    void largeEntriesShrinkBackAndStayExact()
    {
        RecordSet<PodRecord> set;
        set.beginList();
        set.endList();
        for (int i = 0; i < 200; ++i) {
            PodRecord pod;
            pod.namespaceName = QStringLiteral("ns");
            pod.name = QStringLiteral("p%1").arg(i);
            pod.nodeName = QStringLiteral("n1");
            pod.labels = {{QStringLiteral("app"), QStringLiteral("web")}};
            set.upsert(pod);
        }
        QCOMPARE(set.keysOnNode(QStringLiteral("n1")).size(), 200);
        for (int i = 0; i < 195; ++i)
            set.remove(QStringLiteral("ns/p%1").arg(i));
        QCOMPARE(set.keysOnNode(QStringLiteral("n1")),
                 (QSet<QString>{QStringLiteral("ns/p195"), QStringLiteral("ns/p196"), QStringLiteral("ns/p197"),
                                QStringLiteral("ns/p198"), QStringLiteral("ns/p199")}));
        for (int i = 195; i < 200; ++i)
            set.remove(QStringLiteral("ns/p%1").arg(i));
        QVERIFY(set.keysOnNode(QStringLiteral("n1")).isEmpty());
        QVERIFY(set.index().nodeNames().isEmpty()); // empty entries are dropped, not kept
        QVERIFY(set.keysMatching(*LabelSelector::parse(QStringLiteral("app"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestObjectIndex)
#include "tst_objectindex.moc"
