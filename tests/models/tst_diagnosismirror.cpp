// The diagnosis mirror against the real local cluster: what it holds is what
// a listed read finds (same objects, same findings), later reads list
// nothing, a change reaches it by its watch, and a user limited to one
// namespace is mirrored in that namespace only.

#include "../kube/clusterfixture.h"
#include "diagnosis/diagnosisengine.h"
#include "diagnosis/diagnosisloader.h"
#include "diagnosis/diagnosismirror.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace Kaji::Models;

namespace {

// Other cluster tests create and delete namespaces of their own while this
// one reads; only the scenario's namespaces and cluster-scoped objects hold
// still.
bool stableNamespace(const QString &ns)
{
    static const QStringList stable = {QString(), QStringLiteral("shop"), QStringLiteral("batch"), QStringLiteral("infra"),
                                       QStringLiteral("kube-system"), QStringLiteral("default")};
    return stable.contains(ns);
}

QStringList stableNames(const ClusterSnapshot &snapshot, ClusterSnapshot::Kind kind)
{
    QStringList out;
    for (const Json &item : snapshot.items(kind)) {
        const Json &meta = item["metadata"];
        if (stableNamespace(jsonText(meta, "namespace")))
            out.append(jsonText(meta, "namespace") + u'/' + jsonText(meta, "name"));
    }
    out.sort();
    return out;
}

QStringList stableFindings(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        if (stableNamespace(f.object.namespaceName))
            out.append(f.ruleId + u' ' + f.object.display());
    out.sort();
    return out;
}

QString podVersion(const ClusterSnapshot &snapshot, const ObjectRef &object)
{
    const Json *pod = snapshot.find(ClusterSnapshot::Pods, object.namespaceName, object.name);
    return pod ? jsonText(jsonChild(*pod, "metadata"), "resourceVersion") : QString();
}

// The findings of two reads a few seconds apart differ only for pods that
// changed in between (the scenario's crash-looping pod goes from waiting
// to running and back): anything else that differs is named.
QString unexplainedDifference(const Findings &a, const ClusterSnapshot &aSnapshot, const Findings &b,
                              const ClusterSnapshot &bSnapshot)
{
    const QStringList aNames = stableFindings(a), bNames = stableFindings(b);
    QStringList unexplained;
    const auto check = [&](const Findings &findings, const QStringList &others) {
        for (const Finding &f : findings) {
            const QString name = f.ruleId + u' ' + f.object.display();
            if (!stableNamespace(f.object.namespaceName) || others.contains(name))
                continue;
            if (f.object.kind == QLatin1String("Pod") && podVersion(aSnapshot, f.object) != podVersion(bSnapshot, f.object))
                continue;
            unexplained.append(name);
        }
    };
    check(a, bNames);
    check(b, aNames);
    return unexplained.join(u'\n');
}

struct Read {
    QString error;
    QStringList skipped;
    int pages = 0;
    ClusterSnapshot snapshot;
    Findings findings;
};

// One read, listed (mirror null) or mirrored.
Read readOnce(Kaji::Kube::ApiClient &client, DiagnosisMirror *mirror)
{
    DiagnosisLoader loader(&client);
    bool done = false;
    QObject::connect(&loader, &DiagnosisLoader::finished, [&] { done = true; });
    if (mirror)
        loader.loadFrom(mirror, client.config().namespaceName);
    else
        loader.load({}, client.config().namespaceName);
    if (!KajiTest::waitUntil([&] { return done; }, 90000))
        qFatal("the loader did not finish");
    Read read;
    read.error = loader.error();
    read.skipped = loader.skipped();
    read.pages = loader.pagesRead();
    read.findings = DiagnosisEngine::diagnose(loader.snapshot(), loader.logReader(), QDateTime::currentSecsSinceEpoch());
    read.snapshot = loader.takeSnapshot();
    return read;
}

bool holdsConfigMap(DiagnosisMirror &mirror, const QString &name)
{
    const ClusterSnapshot snapshot = mirror.snapshot(nullptr);
    return snapshot.find(ClusterSnapshot::ConfigMaps, QStringLiteral("default"), name) != nullptr;
}

} // namespace

class TestDiagnosisMirror : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KAJI_REQUIRE_CLUSTER(); }

    void holdsWhatAListFinds()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        DiagnosisMirror mirror(&client);
        const Read mirrored = readOnce(client, &mirror);
        const Read listed = readOnce(client, nullptr);
        QVERIFY2(mirrored.error.isEmpty(), qPrintable(mirrored.error));
        QVERIFY2(listed.error.isEmpty(), qPrintable(listed.error));
        QVERIFY(mirror.isSettled());
        QCOMPARE(mirrored.skipped, listed.skipped);
        for (int k = 0; k < ClusterSnapshot::KindCount; ++k) {
            const auto kind = ClusterSnapshot::Kind(k);
            QCOMPARE(mirrored.snapshot.isAvailable(kind), listed.snapshot.isAvailable(kind));
            if (kind == ClusterSnapshot::Events)
                continue; // new ones come any second
            QVERIFY2(stableNames(mirrored.snapshot, kind) == stableNames(listed.snapshot, kind),
                     ClusterSnapshot::resourceName(kind));
        }
        QVERIFY(!stableNames(mirrored.snapshot, ClusterSnapshot::Pods).isEmpty());
        // Secrets are held as the listed read holds them: keys, no values.
        const Json *pull = nullptr;
        for (const Json &secret : mirrored.snapshot.items(ClusterSnapshot::Secrets))
            if (!jsonChild(secret, "data").empty())
                pull = &secret;
        QVERIFY(pull);
        for (const Json &value : jsonChild(*pull, "data"))
            QVERIFY(value.is_null());
        const QString differ = unexplainedDifference(mirrored.findings, mirrored.snapshot, listed.findings, listed.snapshot);
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
        QVERIFY(stableFindings(mirrored.findings).join(u'\n').contains(QStringLiteral("pod.image-pull.secret-missing")));
    }

    // After the first read, a run asks the server one page (the probe) and
    // lists nothing.
    void laterReadsListNothing()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        DiagnosisMirror mirror(&client);
        const Read first = readOnce(client, &mirror);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        const int lists = mirror.listCount();
        QVERIFY(lists >= ClusterSnapshot::KindCount - 2); // kinds a server does not serve never list
        const Read second = readOnce(client, &mirror);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.pages, 1);
        QCOMPARE(mirror.listCount(), lists);
        const QString differ = unexplainedDifference(first.findings, first.snapshot, second.findings, second.snapshot);
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
    }

    void changesArriveByWatch()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        DiagnosisMirror mirror(&client);
        mirror.setNamespaces({});
        QVERIFY(KajiTest::waitUntil([&] { return mirror.isSettled(); }, 60000));
        const int lists = mirror.listCount();
        const QString name = QStringLiteral("mirror-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("create"), QStringLiteral("configmap"),
                           name, QStringLiteral("--from-literal=key=value")});
        QVERIFY(KajiTest::waitUntil([&] { return holdsConfigMap(mirror, name); }, 30000));
        const ClusterSnapshot held = mirror.snapshot(nullptr);
        const Json *configMap = held.find(ClusterSnapshot::ConfigMaps, QStringLiteral("default"), name);
        QVERIFY(configMap && jsonChild(jsonChild(*configMap, "data"), "key").is_null()); // value dropped
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("delete"), QStringLiteral("configmap"), name});
        QVERIFY(KajiTest::waitUntil([&] { return !holdsConfigMap(mirror, name); }, 30000));
        QCOMPARE(mirror.listCount(), lists);
        // The snapshot taken before the deletion still holds it: documents are shared, not moved.
        QVERIFY(held.find(ClusterSnapshot::ConfigMaps, QStringLiteral("default"), name));
    }

    // A snapshot's tables follow the watches in place while no snapshot
    // holds them; one still held is left as it was and the next is built
    // anew. Either way the mirror holds what a list finds.
    void tablesChangeInPlaceUnlessHeld()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        DiagnosisMirror mirror(&client);
        mirror.setNamespaces({});
        QVERIFY(KajiTest::waitUntil([&] { return mirror.isSettled(); }, 60000));
        QVERIFY(holdsConfigMap(mirror, QStringLiteral("kube-root-ca.crt"))); // every table built
        const int updated = mirror.tablesUpdated();
        const QString name = QStringLiteral("table-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("create"), QStringLiteral("configmap"),
                           name, QStringLiteral("--from-literal=key=value")});
        QVERIFY(KajiTest::waitUntil([&] { return holdsConfigMap(mirror, name); }, 30000));
        QVERIFY(mirror.tablesUpdated() > updated);

        const ClusterSnapshot held = mirror.snapshot(nullptr);
        const int built = mirror.tablesBuilt();
        KajiTest::kubectl({QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("delete"), QStringLiteral("configmap"), name});
        QVERIFY(KajiTest::waitUntil([&] { return !holdsConfigMap(mirror, name); }, 30000));
        QVERIFY(mirror.tablesBuilt() > built);
        QVERIFY(held.find(ClusterSnapshot::ConfigMaps, QStringLiteral("default"), name));

        const Read listed = readOnce(client, nullptr);
        QVERIFY2(listed.error.isEmpty(), qPrintable(listed.error));
        QCOMPARE(stableNames(mirror.snapshot(nullptr), ClusterSnapshot::ConfigMaps),
                 stableNames(listed.snapshot, ClusterSnapshot::ConfigMaps));
    }

    void restrictedUserIsMirroredInItsNamespace()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-restricted")));
        DiagnosisMirror mirror(&client);
        const Read read = readOnce(client, &mirror);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const QString skipped = read.skipped.join(u'\n');
        QVERIFY2(skipped.contains(QStringLiteral("nodes: Forbidden")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QStringLiteral("namespace shop only")), qPrintable(skipped));
        QCOMPARE(mirror.namespaces(), QStringList{QStringLiteral("shop")});
        QVERIFY(!read.snapshot.isAvailable(ClusterSnapshot::Nodes));
        QVERIFY(!read.findings.empty());
        for (const Finding &f : read.findings)
            QCOMPARE(f.object.namespaceName, QStringLiteral("shop"));
    }

    // A server that does not answer fails the read (the probe), even though
    // the mirror still holds what it read before.
    void unreachableServerFailsTheRead()
    {
        Kaji::Kube::ApiClient client(KajiTest::restConfig(QStringLiteral("kaji-unreachable")));
        DiagnosisMirror mirror(&client);
        const Read read = readOnce(client, &mirror);
        QVERIFY(!read.error.isEmpty());
        QVERIFY(!mirror.isStarted());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisMirror)
#include "tst_diagnosismirror.moc"
