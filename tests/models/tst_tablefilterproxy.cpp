// TableFilterProxy against what it must show: after every change of the
// model, the filter or the sort, its rows are exactly the model's rows the
// filter accepts, in order, and what it tells a view is small when the
// change is small. Under QAbstractItemModelTester throughout.

#include "podbatches.h"
#include "podtablemodel.h"
#include "rowplacement.h"
#include "tablefilterproxy.h"
#include "tableroles.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace Kaji;
using M = Models::PodTableModel;

namespace {

using KajiTest::randomPod;

// A batch of the sizes the store hands over: a few changes, or a burst.
Kube::PodChangeBatchPtr randomChanges(QRandomGenerator &random, const M &model, int changes, int &serial)
{
    QList<Kube::PodRecord> upserted;
    QStringList removed;
    QSet<QString> touched;
    for (int i = 0; i < changes && model.rowCount() > 0; ++i) {
        const Kube::PodRecord &existing = model.recordAt(random.bounded(model.rowCount()));
        if (touched.contains(existing.key()))
            continue;
        touched.insert(existing.key());
        switch (random.bounded(4)) {
        case 0: removed << existing.key(); break;
        case 1: upserted << randomPod(random, serial++); break;
        default: {
            Kube::PodRecord changed = existing;
            changed.status.restarts = random.bounded(12);
            if (random.bounded(3) == 0)
                changed.status.status = random.bounded(2) ? QStringLiteral("Running") : QStringLiteral("Pending");
            upserted << changed;
        }
        }
    }
    return KajiTest::podBatch(false, upserted, removed);
}

bool accepted(const M &model, int row, const QString &text, const QStringList &namespaces)
{
    if (!namespaces.isEmpty() && !namespaces.contains(model.recordAt(row).namespaceName))
        return false;
    if (text.isEmpty())
        return true;
    for (int column = 0; column < M::ColumnCount; ++column) {
        if (!model.isReadingColumn(column) && model.index(row, column).data().toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Empty when the proxy shows exactly the accepted rows, in order, and
// maps both ways; what is wrong otherwise.
QString mismatch(const Models::TableFilterProxy &proxy, const M &model, const QString &text,
                 const QStringList &namespaces)
{
    QSet<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        if (!source.isValid() || proxy.mapFromSource(source).row() != row)
            return QStringLiteral("row %1 does not map both ways").arg(row);
        if (shown.contains(source.row()))
            return QStringLiteral("source row %1 shown twice").arg(source.row());
        shown.insert(source.row());
        if (row > 0 && proxy.sortColumn() >= 0) {
            const int before = proxy.mapToSource(proxy.index(row - 1, 0)).row();
            const bool descending = proxy.sortOrder() == Qt::DescendingOrder;
            if (descending ? model.rowLessThan(proxy.sortColumn(), before, source.row())
                           : model.rowLessThan(proxy.sortColumn(), source.row(), before))
                return QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row);
        }
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        if (accepted(model, row, text, namespaces) != shown.contains(row))
            return QStringLiteral("%1 is %2").arg(model.recordAt(row).key(),
                                                   shown.contains(row) ? QStringLiteral("shown") : QStringLiteral("missing"));
        if (!shown.contains(row) && proxy.mapFromSource(model.index(row, 0)).isValid())
            return QStringLiteral("hidden %1 maps to a row").arg(model.recordAt(row).key());
    }
    return {};
}

} // namespace

class TestTableFilterProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placesEnteringRowsAfterEqualOnes()
    {
        const std::vector<int> value = {5, 1, 3, 3, 9, 1, 7, 3};
        const auto less = [&](int a, int b) { return value[size_t(a)] < value[size_t(b)]; };
        // Rows 1, 0, 4 ordered by value; 7, 2, 5 and 3 enter.
        const std::vector<int> placed = Models::RowPlacement::place({1, 0, 4}, {7, 2, 5, 3}, less);
        QCOMPARE(placed, (std::vector<int>{1, 5, 2, 3, 7, 0, 4}));
        QCOMPARE(Models::RowPlacement::place({}, {3, 1}, less), (std::vector<int>{1, 3}));
        QCOMPARE(Models::RowPlacement::runs({}), 0);
        QCOMPARE(Models::RowPlacement::runs({2, 3, 4, 8, 10, 11}), 3);
    }

    // Changed rows still in order with the rows around them stay; the rest
    // are named, and what stays is in order.
    void findsChangedRowsOutOfOrder()
    {
        std::vector<int> value = {1, 2, 3, 4, 5, 6};
        const auto less = [&](int a, int b) { return value[size_t(a)] < value[size_t(b)]; };
        const std::vector<int> rows = {0, 1, 2, 3, 4, 5};
        value[2] = 4; // 1 2 [4] 4 5 6: in order still
        value[4] = 0; // 1 2 4 4 [0] 6: out of order
        QCOMPARE(Models::RowPlacement::outOfOrder(rows, {0, 0, 1, 0, 1, 0}, less), (std::vector<int>{4}));
        // Neighbours both changed: each is judged against the rows that stay.
        value = {1, 9, 8, 4};
        const std::vector<int> moved = Models::RowPlacement::outOfOrder({0, 1, 2, 3}, {0, 1, 1, 0}, less);
        QCOMPARE(moved, (std::vector<int>{1, 2}));
        value = {1, 2, 3, 4};
        QVERIFY(Models::RowPlacement::outOfOrder({0, 1, 2, 3}, {1, 1, 1, 1}, less).empty());
    }

    // Random batches, small and bursts, against every kind of state the
    // proxy can be in: unsorted or sorted either way, a filter typed key
    // by key and taken back, other texts, namespaces. The selected row
    // stays on its pod while the pod is shown.
    void followsTheModelExactly()
    {
        QRandomGenerator random(2121);
        QList<Kube::PodRecord> pods;
        int serial = 0;
        for (; serial < 600; ++serial)
            pods << randomPod(random, serial);
        M model;
        model.applyBatch(KajiTest::podBatch(true, pods));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QPair<int, Qt::SortOrder>> sorts = {{-1, Qt::AscendingOrder},
                                                         {M::Restarts, Qt::DescendingOrder},
                                                         {M::Name, Qt::AscendingOrder},
                                                         {M::Status, Qt::DescendingOrder},
                                                         {M::Age, Qt::AscendingOrder}};
        const QStringList texts = {QString(), QStringLiteral("p"), QStringLiteral("po"), QStringLiteral("pod-1"),
                                   QStringLiteral("pod-"), QStringLiteral("pend"), QStringLiteral("node-3"),
                                   QString()};
        const QList<QStringList> namespaceSets = {{}, {QStringLiteral("ns-1"), QStringLiteral("ns-2")}, {}};
        for (const QStringList &namespaces : namespaceSets) {
            proxy.setNamespaces(namespaces);
            for (const auto &[column, order] : sorts) {
                proxy.sort(column, order);
                for (const QString &text : texts) {
                    proxy.setFilterText(text);
                    QCOMPARE(mismatch(proxy, model, text, namespaces), QString());
                    for (int round = 0; round < 4; ++round) {
                        const QPersistentModelIndex selected =
                            proxy.rowCount() ? proxy.index(random.bounded(proxy.rowCount()), 1) : QModelIndex();
                        const QString selectedKey = selected.data(Models::KeyRole).toString();
                        // A few changes, or a burst of a third of the table.
                        const int changes = round % 2 ? 1 + random.bounded(5) : 200;
                        model.applyBatch(randomChanges(random, model, changes, serial));
                        QCOMPARE(mismatch(proxy, model, text, namespaces), QString());
                        if (selectedKey.isEmpty())
                            continue;
                        const int row = model.rowForKey(selectedKey);
                        const bool shown = row >= 0 && proxy.mapFromSource(model.index(row, 0)).isValid();
                        QCOMPARE(selected.isValid(), shown);
                        if (shown)
                            QCOMPARE(selected.data(Models::KeyRole).toString(), selectedKey);
                    }
                }
            }
        }
    }

    // What a view is told for small changes is small: a row that moves is
    // one layout change, a row that changes in place none, a row removed
    // one removal, a key that narrows the filter no insertion.
    void smallChangesAreToldSmall()
    {
        QList<Kube::PodRecord> pods;
        for (int i = 0; i < 50; ++i) {
            Kube::PodRecord record;
            record.namespaceName = QStringLiteral("shop");
            record.name = QStringLiteral("pod-%1").arg(i, 2, 10, QLatin1Char('0'));
            record.status.status = QStringLiteral("Running");
            record.status.restarts = i;
            pods << record;
        }
        M model;
        model.applyBatch(KajiTest::podBatch(true, pods));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(M::Restarts, Qt::AscendingOrder);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy insertions(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&proxy, &QAbstractItemModel::dataChanged);

        Kube::PodRecord moved = pods[3];
        moved.status.restarts = 100;
        model.applyBatch(KajiTest::podBatch(false, {moved}));
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(proxy.index(49, M::Name).data().toString(), QStringLiteral("pod-03"));
        QCOMPARE(changes.count(), 1);

        Kube::PodRecord inPlace = pods[10];
        inPlace.status.status = QStringLiteral("Pending");
        model.applyBatch(KajiTest::podBatch(false, {inPlace}));
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(changes.count(), 2);

        model.applyBatch(KajiTest::podBatch(false, {}, {pods[20].key()}));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(layouts.count(), 1);

        proxy.setFilterText(QStringLiteral("pod-1"));
        proxy.setFilterText(QStringLiteral("pod-10"));
        QCOMPARE(insertions.count(), 0);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 49);
        QCOMPARE(mismatch(proxy, model, QString(), {}), QString());
    }

    // A model without RowOrdering or ChangeDetails (here a plain item
    // model, sorted by itself): rows are compared by SortRole, every row
    // of a changed span is read, and a layout change filters and sorts
    // again; the current row follows its item.
    void sortsAndFiltersAnyTableModel()
    {
        QStandardItemModel model;
        const auto append = [&](const QString &name, int size) {
            auto *nameItem = new QStandardItem(name);
            nameItem->setData(name, Models::SortRole);
            auto *sizeItem = new QStandardItem(QString::number(size));
            sizeItem->setData(size, Models::SortRole);
            model.appendRow({nameItem, sizeItem});
        };
        for (const auto &[name, size] : QList<QPair<QString, int>>{{QStringLiteral("delta"), 4},
                                                                    {QStringLiteral("alpha"), 9},
                                                                    {QStringLiteral("charlie"), 1},
                                                                    {QStringLiteral("bravo"), 9}})
            append(name, size);
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&] {
            QStringList names;
            for (int row = 0; row < proxy.rowCount(); ++row)
                names << proxy.index(row, 0).data().toString();
            return names.join(u',');
        };
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(shown(), QStringLiteral("alpha,bravo,delta,charlie"));
        const QPersistentModelIndex current = proxy.index(2, 0); // delta
        model.item(2, 1)->setData(10, Models::SortRole); // charlie to the top
        QCOMPARE(shown(), QStringLiteral("charlie,alpha,bravo,delta"));
        append(QStringLiteral("echo"), 5);
        QCOMPARE(shown(), QStringLiteral("charlie,alpha,bravo,echo,delta"));
        model.sort(0); // the model's own layout change
        QCOMPARE(shown(), QStringLiteral("charlie,alpha,bravo,echo,delta"));
        QCOMPARE(current.data().toString(), QStringLiteral("delta"));
        proxy.setFilterText(QStringLiteral("a"));
        QCOMPARE(shown(), QStringLiteral("charlie,alpha,bravo,delta"));
        model.removeRow(0); // alpha
        QCOMPARE(shown(), QStringLiteral("charlie,bravo,delta"));
        proxy.sort(-1);
        QCOMPARE(shown(), QStringLiteral("bravo,charlie,delta"));
        QCOMPARE(current.data().toString(), QStringLiteral("delta"));
    }
};

QTEST_MAIN(TestTableFilterProxy)
#include "tst_tablefilterproxy.moc"
