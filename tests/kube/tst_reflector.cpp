// Reflector + PodStore against the real local cluster: the store converges
// to what the API holds and stays equal to it through live changes, an
// apiserver crash, and an expired resourceVersion (410) after compaction,
// with the initial state streamed (the local server serves WatchList) and
// in pages. A server refusing the streamed list gets pages.

#include "clusterfixture.h"
#include "podstore.h"
#include "reflector.h"
#include "tablestore.h"

#include <QElapsedTimer>
#include <QSet>

using namespace Kaji::Kube;

namespace {

QByteArray podManifest(const QString &ns, const QString &name)
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %2\n  namespace: %1\n  labels: {app: reflector-test}\n"
                          "spec:\n  containers:\n  - name: app\n    image: registry.example/app:1\n")
        .arg(ns, name)
        .toUtf8();
}

// The pods kubectl sees in `ns`, as "namespace/name" keys.
QSet<QString> truth(const QString &ns)
{
    QSet<QString> keys;
    const QByteArray out = KajiTest::kubectl({QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("pods"),
                                              QStringLiteral("-o"), QStringLiteral("name")});
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("pod/"))
            keys.insert(ns + u'/' + QString::fromUtf8(line.mid(4)));
    }
    return keys;
}

QSet<QString> storeKeys(const PodStore &store)
{
    const QList<QString> keys = store.pods().keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

void addModes()
{
    QTest::addColumn<Reflector::InitialList>("mode");
    QTest::newRow("streamed") << Reflector::InitialList::Streamed;
    QTest::newRow("paged") << Reflector::InitialList::Paged;
}

// How the lists were read: every one streamed, or none.
bool listedAs(const Reflector &reflector, Reflector::InitialList mode)
{
    return reflector.initialList() == mode
        && reflector.streamedListCount() == (mode == Reflector::InitialList::Streamed ? reflector.listCount() : 0);
}

// Counts what a reflector hands over, whatever the kind.
class CountingSink : public ReflectorSink {
public:
    void beginList() override { items = 0; }
    void listPage(const QByteArray &page) override
    {
        const nlohmann::json list = nlohmann::json::parse(page.constData(), page.constData() + page.size(), nullptr, false);
        if (list.is_object() && list.contains("items") && list["items"].is_array())
            items += int(list["items"].size());
    }
    void endList() override { ++lists; }
    void apply(WatchEvent::Type, std::string_view) override {}
    int items = 0;
    int lists = 0;
};

// A pod name of this data row's own: the rows share the namespace.
QString rowPod(const char *name)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(name), QLatin1String(QTest::currentDataTag()));
}

} // namespace

Q_DECLARE_METATYPE(Kaji::Kube::Reflector::InitialList)

class TestReflector : public QObject {
    Q_OBJECT
    QString m_ns;

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("reflector-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        for (int i = 0; i < 3; ++i)
            KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                              podManifest(m_ns, QStringLiteral("seed-%1").arg(i)));
        // What each data row deletes.
        for (const char *name : {"gone", "gone-while-away"}) {
            for (const char *row : {"streamed", "paged"})
                KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                                  podManifest(m_ns, QStringLiteral("%1-%2").arg(QLatin1String(name), QLatin1String(row))));
        }
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void convergesAndFollowsChanges_data() { addModes(); }
    void convergesAndFollowsChanges()
    {
        QFETCH(Reflector::InitialList, mode);
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore store;
        store.setFlushInterval(20);
        int resets = 0;
        connect(&store, &PodStore::changed, this, [&](const PodChangeBatchPtr &batch) { resets += batch->reset; });
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        reflector.setInitialList(mode);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        QCOMPARE(storeKeys(store), truth(m_ns));
        QVERIFY(store.pods().contains(m_ns + u'/' + rowPod("gone")));

        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          podManifest(m_ns, rowPod("added")));
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           rowPod("gone"), QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        QVERIFY(KajiTest::waitUntil([&] { return storeKeys(store) == truth(m_ns); }));
        QVERIFY(store.pods().contains(m_ns + u'/' + rowPod("added")));
        QCOMPARE(resets, 1); // only the first list resets views
        QCOMPARE(reflector.listCount(), 1);
        QVERIFY(listedAs(reflector, mode));
    }

    void survivesApiserverCrash_data() { addModes(); }
    void survivesApiserverCrash()
    {
        QFETCH(Reflector::InitialList, mode);
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore store;
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        reflector.setInitialList(mode);
        QList<Reflector::State> states;
        connect(&reflector, &Reflector::stateChanged, this, [&](Reflector::State s) { states << s; });
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));

        QVERIFY(KajiTest::clusterKnob({QStringLiteral("restart-apiserver")}));
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          podManifest(m_ns, rowPod("after-restart")));
        QVERIFY(KajiTest::waitUntil([&] { return store.pods().contains(m_ns + u'/' + rowPod("after-restart")); },
                                    60000));
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        QVERIFY2(states.contains(Reflector::State::Reconnecting), "the outage was not reported");
        QCOMPARE(storeKeys(store), truth(m_ns));
        QVERIFY(listedAs(reflector, mode));
    }

    void expiredVersionRelistsAndReconciles_data() { addModes(); }
    void expiredVersionRelistsAndReconciles()
    {
        QFETCH(Reflector::InitialList, mode);
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore store;
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        reflector.setInitialList(mode);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        reflector.stop();

        // Changes the reflector does not see, then a compaction and a
        // restart so neither etcd nor the watch cache remembers them.
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           rowPod("gone-while-away"), QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          podManifest(m_ns, rowPod("while-away")));
        QVERIFY(KajiTest::clusterKnob({QStringLiteral("compact")}));
        QVERIFY(KajiTest::clusterKnob({QStringLiteral("restart-apiserver")}));

        reflector.resume();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.listCount() == 2; }, 60000));
        QCOMPARE(reflector.expiredCount(), 1); // re-listed because of the 410, not a network error
        QVERIFY(listedAs(reflector, mode));
        QVERIFY(KajiTest::waitUntil([&] { return storeKeys(store) == truth(m_ns); }));
        QVERIFY(!store.pods().contains(m_ns + u'/' + rowPod("gone-while-away")));
        QVERIFY(store.pods().contains(m_ns + u'/' + rowPod("while-away")));
    }

    void forbiddenIsReportedAsForbidden_data() { addModes(); }
    void forbiddenIsReportedAsForbidden()
    {
        QFETCH(Reflector::InitialList, mode);
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        PodStore store;
        Reflector reflector(&client, "/api/v1/pods", &store);
        reflector.setInitialList(mode);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Forbidden; }));
        QVERIFY2(reflector.lastError().contains(QStringLiteral("cannot list resource \"pods\"")),
                 qPrintable(reflector.lastError()));
        // A watch refused is not taken for a server without streamed lists
        // for good: the paged list said what is refused.
        QCOMPARE(reflector.initialList(), Reflector::InitialList::Paged);
    }

    // Server-side tables streamed: the columns come with the first row only,
    // every row still arrives.
    void tablesStreamed()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        TableStore store;
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store, nullptr,
                            Reflector::Format::Table);
        reflector.setInitialList(Reflector::InitialList::Streamed);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        QVERIFY(listedAs(reflector, Reflector::InitialList::Streamed));
        const QList<QString> keys = store.rows().keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), truth(m_ns));
        QStringList names;
        for (const TableColumn &column : store.columns())
            names << column.name;
        QVERIFY2(names.contains(QStringLiteral("Name")) && names.contains(QStringLiteral("Status")),
                 qPrintable(names.join(u',')));
    }

    // With nothing to list, the columns come with the bookmark that ends the
    // stream (kaji get -w on an empty namespace printed no row after, as it
    // had no columns to print them with).
    void emptyTableStreamedHasColumns()
    {
        const QString ns = m_ns + QStringLiteral("-empty");
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), ns});
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        TableStore store;
        Reflector reflector(&client, "/apis/apps/v1/namespaces/" + ns.toUtf8() + "/deployments", &store, nullptr,
                            Reflector::Format::Table);
        reflector.setInitialList(Reflector::InitialList::Streamed);
        reflector.start();
        const bool synced = KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; });
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
        QVERIFY(synced);
        QVERIFY(listedAs(reflector, Reflector::InitialList::Streamed));
        QVERIFY(store.rows().isEmpty());
        QVERIFY(!store.columns().isEmpty());
        QCOMPARE(store.columns().first().name, QStringLiteral("Name"));
    }

    // metrics-server lists but does not watch (405): the streamed list is
    // refused, pages give the state.
    void refusedStreamFallsBackToPages()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        const QByteArray path = "/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods";
        // metrics-server lists no pod before its first scrape, and this test
        // may run within a minute of the cluster starting (a fresh clone's
        // run listed none): wait until it has some, asking every 2 s.
        QElapsedTimer asked;
        const bool served = KajiTest::waitUntil(
            [&] {
                if (asked.isValid() && asked.elapsed() < 2000)
                    return false;
                asked.start();
                const ApiResult listed = KajiTest::getAndWait(client, path);
                return listed.ok() && listed.body.contains("items") && !listed.body["items"].empty();
            },
            120000);
        QVERIFY2(served, "metrics-server lists no pod of shop");
        CountingSink sink;
        Reflector reflector(&client, path, &sink);
        reflector.setInitialList(Reflector::InitialList::Streamed);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return sink.lists >= 1; }, 60000));
        QVERIFY(sink.items > 0);
        QCOMPARE(reflector.initialList(), Reflector::InitialList::Paged);
        QCOMPARE(reflector.streamedListCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReflector)
#include "tst_reflector.moc"
