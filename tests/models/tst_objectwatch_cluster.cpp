// ObjectWatch against the real local cluster: one ConfigMap watched by name
// reports another writer's change and its deletion and re-creation, goes on
// after the server ends the watch, and recovers from a resourceVersion the
// server no longer has (410) by reading the object afresh.

#include "../kube/clusterfixture.h"
#include "editor/objectwatch.h"
#include "jsonfields.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji::Kube;
using namespace Kaji::Models;
using nlohmann::json;

namespace {

ApiResource configMaps()
{
    ApiResource r;
    r.version = QStringLiteral("v1");
    r.resource = QStringLiteral("configmaps");
    r.kind = QStringLiteral("ConfigMap");
    r.namespaced = true;
    return r;
}

QString dataOf(const json &object, const char *key)
{
    return jsonText(jsonChild(object, "data"), key);
}

} // namespace

class TestObjectWatchCluster : public QObject {
    Q_OBJECT
    QString m_ns;
    std::unique_ptr<ApiClient> m_client;

    QByteArray kubectl(const QStringList &arguments)
    {
        return KajiTest::kubectl(QStringList { QStringLiteral("-n"), m_ns } + arguments);
    }

    QString createConfigMap(const QString &name)
    {
        kubectl({ QStringLiteral("create"), QStringLiteral("configmap"), name, QStringLiteral("--from-literal=k=1") });
        return QString::fromUtf8(kubectl({ QStringLiteral("get"), QStringLiteral("configmap"), name,
            QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.resourceVersion}") }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        m_ns = QStringLiteral("kaji-objectwatch-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        KajiTest::kubectl({ QStringLiteral("create"), QStringLiteral("namespace"), m_ns });
        m_client = std::make_unique<ApiClient>(KajiTest::restConfig(QStringLiteral("kaji-admin")));
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            KajiTest::kubectl(
                { QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false") });
    }

    void reportsChangesDeletionAndReturn()
    {
        const QString version = createConfigMap(QStringLiteral("watched"));
        createConfigMap(QStringLiteral("neighbour"));
        ObjectWatch watch(EditSession::directRunner(m_client.get()), configMaps());
        watch.setWatchTimeout(2); // the server ends it often: resumes are part of the test
        QList<json> changes;
        int deletions = 0;
        connect(&watch, &ObjectWatch::changed, this, [&](const json &object) { changes.append(object); });
        connect(&watch, &ObjectWatch::deleted, this, [&] { ++deletions; });
        watch.start(m_ns, QStringLiteral("watched"), version);
        QVERIFY(watch.isRunning());

        // A neighbour's change is not this object's.
        kubectl({ QStringLiteral("label"), QStringLiteral("configmap"), QStringLiteral("neighbour"), QStringLiteral("x=1") });
        kubectl({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("watched"),
            QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"k":"2"}})") });
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 10000);
        QCOMPARE(jsonText(jsonChild(changes.last(), "metadata"), "name"), QStringLiteral("watched"));
        QCOMPARE(dataOf(changes.last(), "k"), QStringLiteral("2"));
        QCOMPARE(jsonText(changes.last(), "kind"), QStringLiteral("ConfigMap"));

        // After the server ended the watch at least once, news still come.
        QTRY_VERIFY_WITH_TIMEOUT(watch.streamCount() >= 2, 10000);
        kubectl({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("watched"),
            QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"k":"3"}})") });
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 10000);
        QCOMPARE(dataOf(changes.last(), "k"), QStringLiteral("3"));

        kubectl({ QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("watched") });
        QTRY_COMPARE_WITH_TIMEOUT(deletions, 1, 10000);
        createConfigMap(QStringLiteral("watched"));
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 3, 10000);
        QCOMPARE(dataOf(changes.last(), "k"), QStringLiteral("1"));
        QCOMPARE(deletions, 1);

        // Stopped: nothing more arrives.
        watch.stop();
        kubectl({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("watched"),
            QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"k":"4"}})") });
        QTest::qWait(1500);
        QCOMPARE(changes.size(), 3);
    }

    void anExpiredVersionIsReadAfresh()
    {
        createConfigMap(QStringLiteral("old"));
        kubectl({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("old"),
            QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"k":"now"}})") });
        ObjectWatch watch(EditSession::directRunner(m_client.get()), configMaps());
        QList<json> changes;
        connect(&watch, &ObjectWatch::changed, this, [&](const json &object) { changes.append(object); });
        // Far older than the server keeps: 410, then a read of what is there.
        watch.start(m_ns, QStringLiteral("old"), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10000);
        QCOMPARE(dataOf(changes.last(), "k"), QStringLiteral("now"));
        QVERIFY(watch.readCount() >= 1);
        // Watching on from the read: the next change comes as an event.
        const int reads = watch.readCount();
        kubectl({ QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("old"),
            QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"k":"later"}})") });
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(changes.last(), "k"), QStringLiteral("later"), 10000);
        QCOMPARE(watch.readCount(), reads);

        // An object that is not there: a read says so once.
        ObjectWatch missing(EditSession::directRunner(m_client.get()), configMaps());
        QSignalSpy deleted(&missing, &ObjectWatch::deleted);
        missing.start(m_ns, QStringLiteral("never-made"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10000);
        int made = 0;
        connect(&missing, &ObjectWatch::changed, this, [&made] { ++made; });
        createConfigMap(QStringLiteral("never-made"));
        QTRY_COMPARE_WITH_TIMEOUT(made, 1, 10000);
        QCOMPARE(deleted.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestObjectWatchCluster)
#include "tst_objectwatch_cluster.moc"
