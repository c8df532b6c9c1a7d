// Reflector + PodStore against the real local cluster: the store converges
// to what the API holds and stays equal to it through live changes, an
// apiserver crash, and an expired resourceVersion (410) after compaction.

#include "clusterfixture.h"
#include "podstore.h"
#include "reflector.h"

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

} // namespace

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
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void convergesAndFollowsChanges()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore store;
        store.setFlushInterval(20);
        int resets = 0;
        connect(&store, &PodStore::changed, this, [&](const PodChangeBatchPtr &batch) { resets += batch->reset; });
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        QCOMPARE(storeKeys(store), truth(m_ns));
        QCOMPARE(store.pods().size(), 3);

        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          podManifest(m_ns, QStringLiteral("added")));
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           QStringLiteral("seed-0"), QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        QVERIFY(KajiTest::waitUntil([&] { return storeKeys(store) == truth(m_ns); }));
        QVERIFY(store.pods().contains(m_ns + QStringLiteral("/added")));
        QCOMPARE(resets, 1); // only the first list resets views
        QCOMPARE(reflector.listCount(), 1);
    }

    void survivesApiserverCrash()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore store;
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        QList<Reflector::State> states;
        connect(&reflector, &Reflector::stateChanged, this, [&](Reflector::State s) { states << s; });
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));

        QVERIFY(KajiTest::clusterKnob({QStringLiteral("restart-apiserver")}));
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          podManifest(m_ns, QStringLiteral("after-restart")));
        QVERIFY(KajiTest::waitUntil([&] { return store.pods().contains(m_ns + QStringLiteral("/after-restart")); },
                                    60000));
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        QVERIFY2(states.contains(Reflector::State::Reconnecting), "the outage was not reported");
        QCOMPARE(storeKeys(store), truth(m_ns));
    }

    void expiredVersionRelistsAndReconciles()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        PodStore store;
        Reflector reflector(&client, "/api/v1/namespaces/" + m_ns.toUtf8() + "/pods", &store);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Synced; }));
        reflector.stop();

        // Changes the reflector does not see, then a compaction and a
        // restart so neither etcd nor the watch cache remembers them.
        KajiTest::kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("delete"), QStringLiteral("pod"),
                           QStringLiteral("seed-1"), QStringLiteral("--grace-period=0"), QStringLiteral("--force")});
        KajiTest::kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                          podManifest(m_ns, QStringLiteral("while-away")));
        QVERIFY(KajiTest::clusterKnob({QStringLiteral("compact")}));
        QVERIFY(KajiTest::clusterKnob({QStringLiteral("restart-apiserver")}));

        reflector.resume();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.listCount() == 2; }, 60000));
        QCOMPARE(reflector.expiredCount(), 1); // re-listed because of the 410, not a network error
        QVERIFY(KajiTest::waitUntil([&] { return storeKeys(store) == truth(m_ns); }));
        QVERIFY(!store.pods().contains(m_ns + QStringLiteral("/seed-1")));
        QVERIFY(store.pods().contains(m_ns + QStringLiteral("/while-away")));
    }

    void forbiddenIsReportedAsForbidden()
    {
        ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        PodStore store;
        Reflector reflector(&client, "/api/v1/pods", &store);
        reflector.start();
        QVERIFY(KajiTest::waitUntil([&] { return reflector.state() == Reflector::State::Forbidden; }));
        QVERIFY2(reflector.lastError().contains(QStringLiteral("cannot list resource \"pods\"")),
                 qPrintable(reflector.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestReflector)
#include "tst_reflector.moc"
