// PodTableModel under QAbstractItemModelTester: batches are applied as
// inserts, changes and removals (contiguous runs), never as a reset after
// the first list.

#include "podbatches.h"
#include "podtablemodel.h"
#include "recordset.h"
#include "tablefilterproxy.h"
#include "usagequantity.h"

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
    return KajiTest::podBatch(reset, std::move(upserted), std::move(removed));
}

QStringList names(const Models::PodTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, Models::PodTableModel::Name).data().toString();
    return out;
}

using KajiTest::randomPod;

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
    // However few rows a batch changes, one signal names them all: the
    // proxy places them in one pass over its rows instead of one each.
    void changedRowsGoInOneSignalThatNamesThem()
    {
        Models::PodTableModel model;
        QList<Kube::PodRecord> first;
        for (const char *name : {"a", "b", "c", "d", "e", "f"})
            first << pod(QString::fromLatin1(name));
        model.applyBatch(batch(true, first));
        QList<QList<int>> named;
        QList<std::pair<int, int>> spans;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            const QList<int> *rows = model.changedRowsInSpan();
            named.append(rows ? *rows : QList<int>());
            spans.append({from.row(), to.row()});
        });
        model.applyBatch(batch(false, {pod(QStringLiteral("e"), QStringLiteral("Error"), 1),
                                       pod(QStringLiteral("b"), QStringLiteral("Error"), 1)}));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first(), std::make_pair(1, 4));
        QCOMPARE(named.first(), (QList<int>{1, 4}));
        QVERIFY(!model.changedRowsInSpan()); // only during the signal
        model.applyBatch(batch(false, {pod(QStringLiteral("c"), QStringLiteral("Error"), 2)}));
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.last(), std::make_pair(2, 2));
        QCOMPARE(named.last(), (QList<int>{2}));
    }

    // The store, its batches and the table hold one copy of each record and
    // of its key: the table takes the batch's handles and keeps them; a
    // change brings a new record, and whoever holds the old one still reads
    // it as it was.
    void rowsShareTheStoresRecords()
    {
        Kube::RecordSet<Kube::PodRecord> store;
        store.beginList();
        for (const char *name : {"a", "b", "c"})
            store.listed(pod(QString::fromLatin1(name)));
        store.endList();
        auto listed = QSharedPointer<Kube::PodChangeBatch>::create();
        store.drainInto(*listed);
        QVERIFY(listed->reset);
        QCOMPARE(listed->upserted.size(), 3);
        Models::PodTableModel model;
        model.applyBatch(listed);
        QCOMPARE(model.rowCount(), 3);
        const QList<QString> keys = model.rowKeys();
        const QList<Kube::SharedRecord<Kube::PodRecord>> rows = model.records();
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto held = store.items().constFind(keys.at(row));
            QVERIFY(held != store.items().cend());
            QVERIFY2(rows.at(row).sameAs(*held), qPrintable(keys.at(row)));
            QCOMPARE(&model.recordAt(row), &held->get());
            // The same characters, not an equal string built again.
            QCOMPARE(keys.at(row).constData(), held.key().constData());
            QCOMPARE(held->key(), held->get().key());
        }

        const Kube::SharedRecord<Kube::PodRecord> before = store.items().value(QStringLiteral("shop/b"));
        store.upsert(pod(QStringLiteral("b"), QStringLiteral("Error"), 0));
        auto changed = QSharedPointer<Kube::PodChangeBatch>::create();
        store.drainInto(*changed);
        model.applyBatch(changed);
        const int row = model.rowForKey(QStringLiteral("shop/b"));
        QVERIFY(row >= 0);
        QVERIFY(model.records().at(row).sameAs(store.items().value(QStringLiteral("shop/b"))));
        QCOMPARE(model.recordAt(row).status.status, QStringLiteral("Error"));
        QVERIFY(!before.sameAs(store.items().value(QStringLiteral("shop/b"))));
        QCOMPARE(before->status.status, QStringLiteral("Running"));
    }

    // rowKeys() is kept between calls while the rows stay (each metrics
    // reading asks for it); whatever changes the rows gives a new list.
    void rowKeysFollowEveryChangeOfRows()
    {
        Models::PodTableModel model;
        const auto keysOfRows = [&model] {
            QList<QString> out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.recordAt(row).key();
            return out;
        };
        QList<Kube::PodRecord> first;
        for (int i = 0; i < 20; ++i)
            first << pod(QStringLiteral("p%1").arg(i));
        model.applyBatch(batch(true, first));
        const QList<QString> kept = model.rowKeys();
        QCOMPARE(kept, keysOfRows());
        // A change within rows moves no row: the same list, not a new one.
        model.applyBatch(batch(false, {pod(QStringLiteral("p3"), QStringLiteral("Error"), 0)}));
        QCOMPARE(model.rowKeys().constData(), kept.constData());

        model.applyBatch(batch(false, {pod(QStringLiteral("new"))}));
        QCOMPARE(model.rowKeys(), keysOfRows());
        model.applyBatch(batch(false, {}, {QStringLiteral("shop/p4")}));
        QCOMPARE(model.rowKeys(), keysOfRows());
        // Enough scattered removals to go as one layout change.
        QStringList scattered;
        for (int i = 5; i < 20; i += 2)
            scattered << QStringLiteral("shop/p%1").arg(i);
        model.applyBatch(batch(false, {pod(QStringLiteral("p6"), QStringLiteral("Error"), 0)}, scattered));
        QCOMPARE(model.rowKeys(), keysOfRows());
        // A list of as many rows with other names.
        QList<Kube::PodRecord> other;
        for (int i = 0; i < model.rowCount(); ++i)
            other << pod(QStringLiteral("q%1").arg(i));
        model.applyBatch(batch(true, other));
        QCOMPARE(model.rowKeys(), keysOfRows());
        QCOMPARE(kept.size(), 20); // what a caller held is not changed under it
        QCOMPARE(kept.first(), QStringLiteral("shop/p0"));
    }

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

    // A burst (thousands of changes in one batch: a rollout, or a batch
    // held up behind a busy connection thread) costs the sorted proxy at
    // most one removal, one insertion and one layout change for each of
    // the model's three changes (rows removed, changed, added), not a
    // signal per row or per run: a view's header walks every row for each
    // removal or insertion it is told of, and at 100,000 rows those held
    // the GUI thread for seconds (kaji_bench_podtable). The order, the
    // filter and the selected row, in the proxy and in the model, come out
    // as if each row had been placed on its own.
    void burstOfChangesRelayoutsOnce()
    {
        using M = Models::PodTableModel;
        QRandomGenerator random(21);
        QList<Kube::PodRecord> pods;
        for (int i = 0; i < 1200; ++i)
            pods << randomPod(random, i);
        M model;
        model.applyBatch(batch(true, pods));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int serial = 10000;
        const auto burst = [&] {
            QList<Kube::PodRecord> upserted;
            QStringList removed;
            QSet<QString> touched;
            while (touched.size() < 500) {
                const Kube::PodRecord &existing = model.recordAt(random.bounded(model.rowCount()));
                if (touched.contains(existing.key()))
                    continue;
                touched.insert(existing.key());
                if (touched.size() % 4 == 0) {
                    removed << existing.key();
                } else {
                    Kube::PodRecord changed = existing;
                    changed.status.restarts = random.bounded(12);
                    changed.status.status = touched.size() % 3 ? QStringLiteral("Running") : QStringLiteral("Pending");
                    upserted << changed;
                }
            }
            for (int i = 0; i < 150; ++i)
                upserted << randomPod(random, serial++);
            return batch(false, upserted, removed);
        };
        const auto expectedShown = [&](const QString &needle) {
            int shown = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < M::ColumnCount; ++column) {
                    if (model.index(row, column).data().toString().contains(needle, Qt::CaseInsensitive)) {
                        ++shown;
                        break;
                    }
                }
            }
            return shown;
        };
        for (const QString &filter : {QString(), QStringLiteral("pending")}) {
            proxy.setFilterText(filter);
            proxy.sort(M::Restarts, Qt::DescendingOrder);
            for (int round = 0; round < 3; ++round) {
                const QPersistentModelIndex selected = proxy.index(proxy.rowCount() / 2, M::Name);
                const QString selectedKey = selected.data(M::KeyRole).toString();
                const QPersistentModelIndex inModel = model.index(model.rowCount() / 3, M::Name);
                const QString inModelKey = inModel.data(M::KeyRole).toString();
                const Kube::PodChangeBatchPtr changes = burst();
                QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
                QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
                QSignalSpy insertions(&proxy, &QAbstractItemModel::rowsInserted);
                // Rows are found by key where they are when the model's
                // layout changes, not after the removal that follows.
                QString misplaced;
                const QMetaObject::Connection lookups = connect(&model, &QAbstractItemModel::layoutChanged, this, [&] {
                    for (int row = 0; row < model.rowCount() && misplaced.isEmpty(); ++row) {
                        if (model.rowForKey(model.recordAt(row).key()) != row)
                            misplaced = model.recordAt(row).key();
                    }
                });
                model.applyBatch(changes);
                disconnect(lookups);
                QCOMPARE(misplaced, QString());
                QVERIFY2(layouts.count() <= 3, qPrintable(QString::number(layouts.count())));
                QVERIFY2(removals.count() <= 3, qPrintable(QString::number(removals.count())));
                QVERIFY2(insertions.count() <= 3, qPrintable(QString::number(insertions.count())));
                QCOMPARE(inModel.isValid(), !changes->removed.contains(inModelKey));
                if (inModel.isValid())
                    QCOMPARE(inModel.data(M::KeyRole).toString(), inModelKey);
                for (const QString &key : changes->removed)
                    QCOMPARE(model.rowForKey(key), -1);
                for (int row = 0; row < model.rowCount(); ++row)
                    QCOMPARE(model.rowForKey(model.recordAt(row).key()), row);
                QCOMPARE(unorderedAt(proxy, M::Restarts, Qt::DescendingOrder), QString());
                QCOMPARE(proxy.rowCount(), filter.isEmpty() ? model.rowCount() : expectedShown(filter));
                // The selected row stays selected unless it went, or no
                // longer matches the filter.
                const int row = model.rowForKey(selectedKey);
                const bool stillShown = row >= 0 && (filter.isEmpty() || proxy.mapFromSource(model.index(row, 0)).isValid());
                QCOMPARE(selected.isValid(), stillShown);
                if (stillShown)
                    QCOMPARE(selected.data(M::KeyRole).toString(), selectedKey);
            }
        }
    }

    // The usage columns: kubectl top's figures, percentages of the pod's
    // requests and limits, a dash with the reason where there is no figure
    // (never 0), a numeric sort with figureless rows after the rest, and
    // one dataChanged over those columns per reading.
    void usageColumnsFromAReading()
    {
        using M = Models::PodTableModel;
        Kube::PodRecord limited = pod(QStringLiteral("limited"));
        limited.phase = QStringLiteral("Running");
        limited.cpuRequestMillis = 100;
        limited.cpuLimitMillis = 1000;
        limited.memoryRequestBytes = 64LL << 20;
        limited.memoryLimitBytes = 128LL << 20;
        Kube::PodRecord open = pod(QStringLiteral("open"));
        open.phase = QStringLiteral("Running");
        Kube::PodRecord busy = pod(QStringLiteral("busy"));
        busy.phase = QStringLiteral("Running");
        Kube::PodRecord pending = pod(QStringLiteral("pending"), QStringLiteral("Pending"), 0);
        pending.phase = QStringLiteral("Pending");
        Kube::PodRecord unsampled = pod(QStringLiteral("unsampled"));
        unsampled.phase = QStringLiteral("Running");

        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyBatch(batch(true, {limited, open, busy, pending, unsampled}));
        const auto cell = [&](const QString &name, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowForKey(QStringLiteral("shop/") + name), column).data(role);
        };
        // Nothing read yet: no claim either way.
        QCOMPARE(cell(QStringLiteral("limited"), M::Cpu).toString(), QString());

        Kube::MetricsSample sample;
        sample.pods = Kube::PodUsageList{};
        const auto usage = [&](const QString &name, qint64 nanocores, qint64 bytes) {
            Kube::PodUsage u;
            u.namespaceName = QStringLiteral("shop");
            u.name = name;
            // Two containers: the pod's figure is their sum.
            u.containers = {{QStringLiteral("a"), {nanocores / 2, bytes / 2}}, {QStringLiteral("b"), {nanocores - nanocores / 2, bytes - bytes / 2}}};
            sample.pods->items.append(u);
        };
        usage(QStringLiteral("limited"), 80'000'000, 100LL << 20); // 80m, 100Mi
        usage(QStringLiteral("open"), 900'000'000, 3LL << 20);
        usage(QStringLiteral("busy"), 1'000'000'001, 1LL << 30); // rounds up to 1001m, as kubectl does

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUsage(std::make_shared<const Models::UsageFigures>(sample, QString(), QString()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(M::Cpu));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(M::MemoryOfLimit));

        QCOMPARE(cell(QStringLiteral("limited"), M::Cpu).toString(), QStringLiteral("80m"));
        QCOMPARE(cell(QStringLiteral("limited"), M::CpuOfRequest).toString(), QStringLiteral("80%"));
        QCOMPARE(cell(QStringLiteral("limited"), M::CpuOfLimit).toString(), QStringLiteral("8%"));
        QCOMPARE(cell(QStringLiteral("limited"), M::Memory).toString(), QStringLiteral("100Mi"));
        QCOMPARE(cell(QStringLiteral("limited"), M::MemoryOfRequest).toString(), QStringLiteral("156%"));
        QCOMPARE(cell(QStringLiteral("limited"), M::MemoryOfLimit).toString(), QStringLiteral("78%"));
        QCOMPARE(cell(QStringLiteral("busy"), M::Cpu).toString(), QStringLiteral("1001m"));
        QCOMPARE(cell(QStringLiteral("busy"), M::Memory).toString(), QStringLiteral("1024Mi"));
        const QString dash = QStringLiteral("\u2013");
        QCOMPARE(cell(QStringLiteral("open"), M::CpuOfRequest).toString(), dash);
        QCOMPARE(cell(QStringLiteral("open"), M::CpuOfRequest, Qt::ToolTipRole).toString(), Models::UsageFigures::noRequest(true));
        QCOMPARE(cell(QStringLiteral("open"), M::MemoryOfLimit, Qt::ToolTipRole).toString(), Models::UsageFigures::noLimit(false));
        QCOMPARE(cell(QStringLiteral("pending"), M::Cpu).toString(), dash);
        QVERIFY(cell(QStringLiteral("pending"), M::Cpu, Qt::ToolTipRole).toString().contains(QStringLiteral("not running")));
        QCOMPARE(cell(QStringLiteral("unsampled"), M::Memory).toString(), dash);
        QVERIFY(cell(QStringLiteral("unsampled"), M::Memory, Qt::ToolTipRole).toString().contains(QStringLiteral("shop/unsampled")));
        QCOMPARE(cell(QStringLiteral("limited"), M::Cpu, Qt::ToolTipRole), QVariant());

        // Sorted by value, not by text ("1001m" < "80m" as text), rows
        // without a figure below all figures (last when descending).
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        const auto order = [&] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out << proxy.index(row, M::Name).data().toString();
            return out;
        };
        proxy.sort(M::Cpu, Qt::AscendingOrder);
        QCOMPARE(order().mid(2), (QStringList{QStringLiteral("limited"), QStringLiteral("open"), QStringLiteral("busy")}));
        QCOMPARE(unorderedAt(proxy, M::Cpu, Qt::AscendingOrder), QString());
        proxy.sort(M::Cpu, Qt::DescendingOrder);
        QCOMPARE(order().mid(0, 3), (QStringList{QStringLiteral("busy"), QStringLiteral("open"), QStringLiteral("limited")}));
        proxy.sort(M::MemoryOfLimit, Qt::DescendingOrder);
        QCOMPARE(order().first(), QStringLiteral("limited"));

        // The next reading re-sorts the live sort at once.
        proxy.sort(M::Cpu, Qt::DescendingOrder);
        sample.pods->items[0].containers[0].usage.cpuNanocores = 5'000'000'000;
        model.setUsage(std::make_shared<const Models::UsageFigures>(sample, QString(), QString()));
        QCOMPARE(order().first(), QStringLiteral("limited"));

        // The pod list failed: every cell says why.
        const QString why = QStringLiteral("The metrics API is registered but not available (FailedDiscoveryCheck): refused");
        Kube::MetricsSample failed;
        model.setUsage(std::make_shared<const Models::UsageFigures>(failed, why, QString()));
        QCOMPARE(cell(QStringLiteral("limited"), M::Cpu).toString(), dash);
        QCOMPARE(cell(QStringLiteral("limited"), M::Cpu, Qt::ToolTipRole).toString(), why);
        QCOMPARE(cell(QStringLiteral("limited"), M::MemoryOfLimit, Qt::ToolTipRole).toString(), why);
        model.setUsage(nullptr);
        QCOMPARE(cell(QStringLiteral("limited"), M::Cpu), QVariant());
    }

    // A reading changes the usage of every row at once: sorted by a usage
    // column, the proxy sorts again once (one layout change) instead of
    // re-placing each row, and the order, the cells and the selected row
    // are as if it had re-placed them. Figures indexed for an older set of
    // rows are looked up instead; a text filter does not read them.
    void usageReadingsResortLargeTablesOnce()
    {
        using M = Models::PodTableModel;
        QRandomGenerator random(16);
        QList<Kube::PodRecord> pods;
        for (int i = 0; i < 300; ++i) {
            Kube::PodRecord record = randomPod(random, i);
            record.phase = QStringLiteral("Running");
            record.cpuRequestMillis = random.bounded(2) ? 100 : 0;
            pods.append(record);
        }
        M model;
        model.applyBatch(batch(true, pods));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every pod but a few has a figure; ties are common (whole millicores).
        const auto reading = [&](const QList<Kube::PodRecord> &of) {
            Kube::MetricsSample sample;
            sample.pods = Kube::PodUsageList{};
            for (const Kube::PodRecord &p : of) {
                if (random.bounded(20) == 0)
                    continue;
                Kube::PodUsage u;
                u.namespaceName = p.namespaceName;
                u.name = p.name;
                u.containers = {{QStringLiteral("app"), {qint64(random.bounded(50)) * 1'000'000, qint64(random.bounded(400)) << 20}}};
                sample.pods->items.append(u);
            }
            return sample;
        };
        const auto expectedCpu = [](const Kube::MetricsSample &sample, const QString &key) {
            for (const Kube::PodUsage &u : sample.pods->items) {
                if (u.namespaceName + u'/' + u.name == key)
                    return Models::UsageFigures::cpuText(Kube::nanocoresToMillis(u.total().cpuNanocores));
            }
            return QStringLiteral("\u2013");
        };
        const auto indexed = [&](const Kube::MetricsSample &sample) {
            auto figures = std::make_shared<Models::UsageFigures>(sample, QString(), QString());
            figures->indexRows(model.rowKeys(), model.rowsVersion());
            return figures;
        };
        for (const int column : {int(M::Cpu), int(M::Memory), int(M::CpuOfRequest)}) {
            proxy.sort(column, Qt::DescendingOrder);
            const QPersistentModelIndex selected = proxy.index(7, M::Name);
            const QString selectedKey = selected.data(M::KeyRole).toString();
            for (int round = 0; round < 4; ++round) {
                const Kube::MetricsSample sample = reading(pods);
                QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
                model.setUsage(indexed(sample));
                QCOMPARE(layouts.count(), 1);
                QCOMPARE(unorderedAt(proxy, column, Qt::DescendingOrder), QString());
                QVERIFY(selected.isValid());
                QCOMPARE(selected.data(M::KeyRole).toString(), selectedKey);
                for (int row = 0; row < proxy.rowCount(); row += 17) {
                    const QString key = proxy.index(row, 0).data(M::KeyRole).toString();
                    QCOMPARE(proxy.index(row, M::Cpu).data().toString(), expectedCpu(sample, key));
                }
            }
        }

        // Rows came and went between indexing and showing: looked up by name.
        proxy.sort(M::Cpu, Qt::DescendingOrder);
        Kube::MetricsSample sample = reading(pods);
        Kube::PodRecord late = pod(QStringLiteral("late"));
        late.phase = QStringLiteral("Running");
        Kube::PodUsage lateUsage{QStringLiteral("shop"), QStringLiteral("late"), 0, 15000, {}};
        lateUsage.containers = {{QStringLiteral("app"), {999'000'000, 1 << 20}}};
        sample.pods->items.append(lateUsage);
        auto stale = indexed(sample);
        model.applyBatch(batch(false, {late}, {pods.first().key()}));
        QVERIFY(!stale->rowsIndexed(model.rowsVersion()));
        model.setUsage(stale);
        QCOMPARE(proxy.index(0, M::Name).data().toString(), QStringLiteral("late"));
        QCOMPARE(proxy.index(0, M::Cpu).data().toString(), QStringLiteral("999m"));
        QCOMPARE(unorderedAt(proxy, M::Cpu, Qt::DescendingOrder), QString());
        for (int row = 0; row < proxy.rowCount(); row += 13) {
            const QString key = proxy.index(row, 0).data(M::KeyRole).toString();
            QCOMPARE(proxy.index(row, M::Cpu).data().toString(), expectedCpu(sample, key));
        }

        // Typed text finds objects, not figures: no row matches by its
        // usage ("Mi" is in every memory cell), so a reading does not
        // filter again, and a filtered table re-sorts once too.
        const QList<Kube::PodRecord> now = [&] {
            QList<Kube::PodRecord> out = pods.mid(1);
            out.append(late);
            return out;
        }();
        proxy.setFilterText(QStringLiteral("Mi"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QStringLiteral("pod-1"));
        const int shown = proxy.rowCount();
        QVERIFY(shown > 10 && shown < 300);
        const QPersistentModelIndex selected = proxy.index(3, M::Name);
        const QString selectedKey = selected.data(M::KeyRole).toString();
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        const Kube::MetricsSample filtered = reading(now);
        model.setUsage(indexed(filtered));
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(proxy.rowCount(), shown);
        QCOMPARE(unorderedAt(proxy, M::Cpu, Qt::DescendingOrder), QString());
        QCOMPARE(selected.data(M::KeyRole).toString(), selectedKey);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString key = proxy.index(row, 0).data(M::KeyRole).toString();
            QVERIFY(key.contains(QStringLiteral("pod-1")));
            QCOMPARE(proxy.index(row, M::Cpu).data().toString(), expectedCpu(filtered, key));
        }
    }

    // A reading is indexed by row (UsageColumns) only while the table is
    // sorted by a usage column: the model says so from the proxy's last
    // whole-table sort, through changes of rows, until a sort by another
    // column.
    void sortedByUsageFollowsTheProxysSort()
    {
        using M = Models::PodTableModel;
        M model;
        QList<Kube::PodRecord> pods;
        for (int i = 0; i < 30; ++i)
            pods << pod(QStringLiteral("pod-%1").arg(i));
        model.applyBatch(batch(true, pods));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QVERIFY(!model.sortedByUsage());
        proxy.sort(M::Name);
        QVERIFY(!model.sortedByUsage());
        proxy.sort(M::Memory, Qt::DescendingOrder);
        QVERIFY(model.sortedByUsage());
        model.applyBatch(batch(false, {pod(QStringLiteral("late"))}, {pods.first().key()}));
        model.applyBatch(batch(true, pods));
        QVERIFY(model.sortedByUsage());
        proxy.sort(M::MemoryOfLimit);
        QVERIFY(model.sortedByUsage());
        proxy.sort(M::Age);
        QVERIFY(!model.sortedByUsage());
    }

    // The filter asks the model whether a row holds a text (RowText) instead
    // of reading every cell: it must say what the cells' text says, for every
    // column but the readings', whichever cell holds the text.
    void rowTextSaysWhatTheCellsSay()
    {
        namespace M = Models;
        M::PodTableModel model;
        model.setNow(1'000'000);
        QRandomGenerator random(21);
        QList<Kube::PodRecord> pods;
        for (int serial = 0; serial < 200; ++serial) {
            Kube::PodRecord record = randomPod(random, serial);
            if (record.status.restarts > 0 && random.bounded(2))
                record.status.lastRestartEpochSecs = 1'000'000 - random.bounded(200'000);
            record.createdEpochSecs = serial % 7 == 0 ? 0 : 1'000'000 - random.bounded(3'000'000);
            pods << record;
        }
        model.applyBatch(batch(true, pods));
        QStringList needles{QStringLiteral("-"), QStringLiteral("zz"), QStringLiteral("/"), QStringLiteral("("),
                            QStringLiteral(" ago"), QStringLiteral("POD-1"), QStringLiteral("h"), QStringLiteral("d")};
        for (int row = 0; row < model.rowCount(); row += 17) {
            for (int column = 0; column < M::PodTableModel::ColumnCount; ++column) {
                const QString cell = model.index(row, column).data().toString();
                if (!cell.isEmpty())
                    needles << cell << cell.mid(cell.size() / 2).toUpper();
            }
        }
        for (const QString &needle : std::as_const(needles)) {
            for (int row = 0; row < model.rowCount(); ++row) {
                bool inCells = false;
                for (int column = 0; column < M::PodTableModel::ColumnCount && !inCells; ++column) {
                    inCells = !model.isReadingColumn(column)
                        && model.index(row, column).data().toString().contains(needle, Qt::CaseInsensitive);
                }
                QVERIFY2(model.rowContains(row, Models::TextFinder(needle)) == inCells,
                         qPrintable(QStringLiteral("row %1, \"%2\"").arg(row).arg(needle)));
            }
        }
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
