// DiagramSource against the real local cluster: fact batches that arrive
// while a snapshot handed to another thread shares their kind's objects
// wait until it is released (applying them would copy every object on the
// GUI thread), then apply in order; a snapshot held too long does not hold
// them back for more than DiagramSource::MaxDeferMs, and the holder's copy
// stays as it was.

#include "../kube/clusterfixture.h"
#include "clusterconnection.h"
#include "diagram/diagramsource.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Kaji;
using Models::DiagramInput;
using Models::DiagramKind;
using Models::DiagramSource;

namespace {

const QString TestNamespace = QStringLiteral("kaji-test-diagramsource");

// Secrets: a kind quick to create and delete, read as metadata only.
const DiagramKind TestKind = DiagramKind::Secrets;

bool holdsSecret(const DiagramInput &input, const QString &name)
{
    return input.facts(TestKind).objects.contains(TestNamespace + u'/' + name);
}

void kubectlInTestNamespace(const QStringList &arguments)
{
    KajiTest::kubectl(QStringList{QStringLiteral("-n"), TestNamespace} + arguments);
}

void createSecret(const QString &name)
{
    kubectlInTestNamespace({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"), name,
                            QStringLiteral("--from-literal=key=value")});
}

} // namespace

class TestDiagramSourceCluster : public QObject {
    Q_OBJECT

    std::optional<Kube::ClusterConnection> m_connection;
    DiagramSource m_source;

    // The source's current objects: a snapshot taken and dropped at once.
    bool sourceHoldsSecret(const QString &name) { return holdsSecret(m_source.snapshot(0), name); }

private Q_SLOTS:
    void initTestCase()
    {
        KAJI_REQUIRE_CLUSTER();
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), TestNamespace,
                           QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=true")});
        KajiTest::kubectl({QStringLiteral("create"), QStringLiteral("namespace"), TestNamespace});
        // Enough objects for a first list in parts (see aLargeFirstListArrivesInParts).
        for (int i = 0; i < 12; ++i)
            createSecret(QStringLiteral("filler-%1").arg(i));
        m_connection.emplace(KajiTest::restConfig(QStringLiteral("kaji-admin")));
        m_source.setConnection(&*m_connection, nullptr);
        m_source.setKinds({TestKind});
        QTRY_VERIFY_WITH_TIMEOUT(m_source.settled() || m_connection->state() == Kube::Reflector::State::Synced, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_source.snapshot(0).facts(TestKind).objects.isEmpty(), 60000);
    }

    void cleanupTestCase()
    {
        m_source.setConnection(nullptr, nullptr);
        m_connection.reset();
        KajiTest::kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), TestNamespace,
                           QStringLiteral("--ignore-not-found"), QStringLiteral("--wait=false")});
    }

    void batchesWaitWhileASnapshotIsHeld()
    {
        std::optional<DiagramInput> held = m_source.snapshot(0);
        createSecret(QStringLiteral("first"));
        // A batch arrives and waits: the held copy shares the objects.
        QTRY_VERIFY_WITH_TIMEOUT(m_source.deferredBatches() > 0, 30000);
        // Released, what waited applies within a few retries.
        QSignalSpy changed(&m_source, &DiagramSource::changed);
        held.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_source.deferredBatches() == 0, 5 * DiagramSource::RetryDeferredMs + 500);
        QVERIFY(changed.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(sourceHoldsSecret(QStringLiteral("first")), 30000);
    }

    void batchesApplyAtOnceWhenNothingIsHeld()
    {
        QSignalSpy changed(&m_source, &DiagramSource::changed);
        createSecret(QStringLiteral("second"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 30000);
        QCOMPARE(m_source.deferredBatches(), 0);
        QVERIFY(sourceHoldsSecret(QStringLiteral("second")));
    }

    void aSnapshotHeldTooLongDoesNotHoldBatchesBack()
    {
        QElapsedTimer heldFor;
        heldFor.start();
        const DiagramInput held = m_source.snapshot(0);
        QVERIFY(holdsSecret(held, QStringLiteral("second")));
        kubectlInTestNamespace({QStringLiteral("delete"), QStringLiteral("secret"), QStringLiteral("second")});
        // Every batch since the snapshot waited MaxDeferMs from its own
        // arrival or an earlier one's, so the deletion shows no sooner;
        // then it shows although the snapshot is still held.
        QTRY_VERIFY_WITH_TIMEOUT(!sourceHoldsSecret(QStringLiteral("second")), 30000);
        QVERIFY2(heldFor.elapsed() >= DiagramSource::MaxDeferMs, qPrintable(QString::number(heldFor.elapsed())));
        // Applied to the source's own copy; the holder's is untouched.
        QVERIFY(holdsSecret(held, QStringLiteral("second")));
    }

    // A first list larger than a part goes in parts, one per turn of the
    // event loop (the store may hand it over in several batches too).
    void aLargeFirstListArrivesInParts()
    {
        DiagramSource source(nullptr, QStringLiteral("parts:"));
        source.setChunkObjects(3);
        QList<qsizetype> seen;
        connect(&source, &DiagramSource::changed, this,
                [&] { seen.append(source.snapshot(0).facts(TestKind).objects.size()); });
        source.setConnection(&*m_connection, nullptr);
        source.setKinds({TestKind});
        const qsizetype listed = m_source.snapshot(0).facts(TestKind).objects.size();
        QTRY_VERIFY_WITH_TIMEOUT(source.snapshot(0).facts(TestKind).objects.size() >= listed - 5, 120000);
        QVERIFY2(listed > 9, qPrintable(QString::number(listed)));
        qsizetype before = 0;
        int parts = 0;
        for (const qsizetype objects : std::as_const(seen)) {
            QVERIFY2(objects <= before + 3, qPrintable(QStringLiteral("%1 after %2").arg(objects).arg(before)));
            parts += objects > before ? 1 : 0;
            before = objects;
        }
        QVERIFY2(parts >= int((listed - 5) / 3), qPrintable(QStringLiteral("%1 parts for %2 secrets").arg(parts).arg(listed)));
        source.setConnection(nullptr, nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDiagramSourceCluster)
#include "tst_diagramsource_cluster.moc"
