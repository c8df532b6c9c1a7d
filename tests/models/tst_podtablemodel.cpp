// PodTableModel under QAbstractItemModelTester: batches are applied as
// inserts, changes and removals (contiguous runs), never as a reset after
// the first list.

#include "podtablemodel.h"
#include "tablefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji;

namespace {

Kube::PodRecord pod(const QString &name, const QString &status = QStringLiteral("Running"), int ready = 1)
{
    Kube::PodRecord record;
    record.namespaceName = QStringLiteral("shop");
    record.name = name;
    record.status.status = status;
    record.status.readyContainers = ready;
    record.status.totalContainers = 1;
    record.createdEpochSecs = 1000;
    return record;
}

Kube::PodChangeBatchPtr batch(bool reset, QList<Kube::PodRecord> upserted, QStringList removed = {})
{
    auto b = QSharedPointer<Kube::PodChangeBatch>::create();
    b->reset = reset;
    b->upserted = std::move(upserted);
    b->removed = std::move(removed);
    return b;
}

QStringList names(const Models::PodTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, Models::PodTableModel::Name).data().toString();
    return out;
}

Kube::PodRecord randomPod(QRandomGenerator &random, int serial)
{
    Kube::PodRecord record;
    record.namespaceName = QStringLiteral("ns-%1").arg(random.bounded(5));
    record.name = QStringLiteral("pod-%1-%2").arg(random.bounded(40)).arg(serial);
    record.status.status = QStringList{QStringLiteral("Running"), QStringLiteral("Pending"),
                                       QStringLiteral("CrashLoopBackOff"), QStringLiteral("Init:0/2")}
                               .at(random.bounded(4));
    record.status.totalContainers = 1 + random.bounded(3);
    record.status.readyContainers = random.bounded(record.status.totalContainers + 1);
    record.status.restarts = random.bounded(12);
    record.createdEpochSecs = 1000 + random.bounded(500);
    record.podIp = QStringLiteral("10.0.%1.%2").arg(random.bounded(3)).arg(random.bounded(250));
    record.nodeName = QStringLiteral("node-%1").arg(random.bounded(9));
    return record;
}

// The SortRole values of the proxy's rows in `column` are ordered (ties
// allowed); says where they are not.
QString unorderedAt(const QAbstractItemModel &proxy, int column, Qt::SortOrder order)
{
    for (int row = 0; row + 1 < proxy.rowCount(); ++row) {
        const QVariant a = proxy.index(row, column).data(Models::SortRole);
        const QVariant b = proxy.index(row + 1, column).data(Models::SortRole);
        const auto ordering = QVariant::compare(order == Qt::AscendingOrder ? a : b, order == Qt::AscendingOrder ? b : a);
        if (ordering == QPartialOrdering::Greater)
            return QStringLiteral("column %1 rows %2, %3: %4 then %5")
                .arg(column).arg(row).arg(row + 1).arg(a.toString(), b.toString());
    }
    return {};
}

} // namespace

class TestPodTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appliesBatchesIncrementally()
    {
        Models::PodTableModel model;
        model.setNow(1000 + 300);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<Kube::PodRecord> first;
        for (const char *name : {"a", "b", "c", "d", "e", "f"})
            first << pod(QString::fromLatin1(name));
        model.applyBatch(batch(true, first));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, Models::PodTableModel::Age).data().toString(), QStringLiteral("5m"));

        // b, c (one run) and e (another) go; a changes; g arrives.
        model.applyBatch(batch(false, {pod(QStringLiteral("a"), QStringLiteral("CrashLoopBackOff"), 0), pod(QStringLiteral("g"))},
                               {QStringLiteral("shop/b"), QStringLiteral("shop/c"), QStringLiteral("shop/e")}));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("f"), QStringLiteral("g")}));
        const QModelIndex a = model.index(model.rowForKey(QStringLiteral("shop/a")), Models::PodTableModel::Status);
        QCOMPARE(a.data().toString(), QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(Models::PodTableModel::Health(a.data(Models::PodTableModel::HealthRole).toInt()),
                 Models::PodTableModel::Health::Failing);
        QCOMPARE(model.rowForKey(QStringLiteral("shop/g")), 3);

        // Removing something unknown changes nothing.
        model.applyBatch(batch(false, {}, {QStringLiteral("shop/nope")}));
        QCOMPARE(model.rowCount(), 4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The proxy compares rows through the model's RowOrdering (no QVariants)
    // and must order exactly as SortRole says, also while batches change,
    // add and remove rows under a live sort.
    void proxySortsLikeSortRoleUnderChurn()
    {
        Models::PodTableModel model;
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator random(7);
        QList<Kube::PodRecord> pods;
        for (int i = 0; i < 300; ++i)
            pods << randomPod(random, i);
        model.applyBatch(batch(true, pods));
        for (int column = 0; column < Models::PodTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(unorderedAt(proxy, column, order), QString());
            }
        }
        // Namespace ties are broken by name.
        proxy.sort(Models::PodTableModel::Namespace, Qt::AscendingOrder);
        for (int row = 0; row + 1 < proxy.rowCount(); ++row) {
            const QString a = proxy.index(row, 0).data(Models::KeyRole).toString();
            const QString b = proxy.index(row + 1, 0).data(Models::KeyRole).toString();
            QVERIFY2(a < b, qPrintable(a + QStringLiteral(" before ") + b));
        }

        proxy.sort(Models::PodTableModel::Restarts, Qt::DescendingOrder);
        int serial = 1000;
        for (int round = 0; round < 20; ++round) {
            QList<Kube::PodRecord> upserted;
            QStringList removed;
            QSet<QString> touched; // a key is removed or changed, not both
            for (int i = 0; i < 12; ++i) {
                const Kube::PodRecord &existing = model.recordAt(random.bounded(model.rowCount()));
                if (touched.contains(existing.key()))
                    continue;
                touched.insert(existing.key());
                if (i % 3 == 0) {
                    removed << existing.key();
                } else if (i % 3 == 1) {
                    Kube::PodRecord changed = existing;
                    changed.status.restarts = random.bounded(12);
                    upserted << changed;
                } else {
                    upserted << randomPod(random, serial++);
                }
            }
            model.applyBatch(batch(false, upserted, removed));
            QCOMPARE(unorderedAt(proxy, Models::PodTableModel::Restarts, Qt::DescendingOrder), QString());
            QCOMPARE(proxy.rowCount(), model.rowCount());
            // Every row is found under its key after removals shifted them.
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.rowForKey(model.recordAt(row).key()), row);
            for (const QString &key : std::as_const(removed))
                QCOMPARE(model.rowForKey(key), -1);
        }

        // A batch big enough that the proxy's placing of new rows ranks the
        // whole table, then changes under the same sort.
        QList<Kube::PodRecord> many;
        for (int i = 0; i < 400; ++i)
            many << randomPod(random, serial++);
        model.applyBatch(batch(false, many));
        QCOMPARE(unorderedAt(proxy, Models::PodTableModel::Restarts, Qt::DescendingOrder), QString());
        QList<Kube::PodRecord> changed;
        for (int i = 0; i < 40; ++i) {
            Kube::PodRecord pod = model.recordAt(i * 7);
            pod.status.restarts = random.bounded(12);
            changed << pod;
        }
        model.applyBatch(batch(false, changed));
        QCOMPARE(unorderedAt(proxy, Models::PodTableModel::Restarts, Qt::DescendingOrder), QString());
    }

    void healthFollowsStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("ready");
        QTest::addColumn<int>("health");
        using H = Models::PodTableModel::Health;
        QTest::newRow("running ready") << QStringLiteral("Running") << 1 << int(H::Healthy);
        QTest::newRow("running not ready") << QStringLiteral("Running") << 0 << int(H::Failing);
        QTest::newRow("completed") << QStringLiteral("Completed") << 0 << int(H::Finished);
        QTest::newRow("creating") << QStringLiteral("ContainerCreating") << 0 << int(H::Progressing);
        QTest::newRow("init") << QStringLiteral("Init:0/1") << 0 << int(H::Progressing);
        QTest::newRow("init crash") << QStringLiteral("Init:CrashLoopBackOff") << 0 << int(H::Failing);
        QTest::newRow("pending") << QStringLiteral("Pending") << 0 << int(H::Failing);
        QTest::newRow("oom") << QStringLiteral("OOMKilled") << 0 << int(H::Failing);
    }

    void healthFollowsStatus()
    {
        QFETCH(QString, status);
        QFETCH(int, ready);
        QFETCH(int, health);
        QCOMPARE(int(Models::PodTableModel::healthOf(pod(QStringLiteral("x"), status, ready))), health);
    }
};

QTEST_GUILESS_MAIN(TestPodTableModel)
#include "tst_podtablemodel.moc"
