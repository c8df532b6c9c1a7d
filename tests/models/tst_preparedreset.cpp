// A large list reaches the Pods table through a worker (PreparedRows): the
// rows, the Overview's tally and the sort ranks arrive together in one
// reset, batches that came meanwhile follow in order, and a later list or
// a clear() wins over a preparation still under way.

#include "overview/podtallykeeper.h"
#include "podbatches.h"
#include "podtablemodel.h"
#include "tablefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Kaji;

namespace {

using KajiTest::podBatch;
using KajiTest::randomPod;

QList<Kube::PodRecord> randomPods(int count, const QString &prefix, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Kube::PodRecord> pods;
    for (int serial = 0; serial < count; ++serial) {
        Kube::PodRecord record = randomPod(random, serial);
        record.name.prepend(prefix);
        pods << record;
    }
    return pods;
}

// The tally keeper, noting where its summaries were made and which reset
// took one.
class NotingKeeper : public Models::PodTallyKeeper {
public:
    Models::PreparedRows<Kube::PodRecord>::Summarize summarizer() const override
    {
        const auto tally = PodTallyKeeper::summarizer();
        QThread **madeOn = &m_summarizedOn;
        return [tally, madeOn](const QList<Shared> &records) {
            *madeOn = QThread::currentThread(); // read after the model took the result in
            return tally(records);
        };
    }
    void recordsReset(const QList<Shared> &records, const std::any &summary) override
    {
        resets.append({int(records.size()), summary.has_value()});
        PodTallyKeeper::recordsReset(records, summary);
    }
    QList<std::pair<int, bool>> resets; // rows, and whether a summary came with them
    mutable QThread *m_summarizedOn = nullptr;
};

// A table whose worker ranks the Restarts column backwards: a proxy that
// shows most restarts first when sorted ascending took the worker's ranks
// and did not rank the rows again on the GUI thread.
class BackwardsRankingTable : public Models::PodTableModel {
protected:
    Prepared::KeyOfRecords detachedSortKey(int column) const override
    {
        if (column != Restarts)
            return PodTableModel::detachedSortKey(column);
        return [](const QList<Shared> &records, int row) {
            return Models::SortKey{true, -double(records.at(row)->status.restarts), {}, {}};
        };
    }
};

// The proxy's rows by `column`'s sort role, in order (ties allowed).
bool sortedBy(const QAbstractItemModel &proxy, int column, Qt::SortOrder order)
{
    for (int row = 0; row + 1 < proxy.rowCount(); ++row) {
        const QVariant a = proxy.index(row, column).data(Models::SortRole);
        const QVariant b = proxy.index(row + 1, column).data(Models::SortRole);
        const auto ordering = QVariant::compare(a, b);
        if (ordering == (order == Qt::AscendingOrder ? QPartialOrdering::Greater : QPartialOrdering::Less))
            return false;
    }
    return true;
}

} // namespace

class TestPreparedReset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Until the worker is done the table shows the rows before; then one
    // reset brings the list with the tally made on the worker, the proxy
    // sorts it (by ranks made there too), and the change and removal that
    // came meanwhile are applied after it.
    void largeListArrivesInOneResetWithWhatCameMeanwhile()
    {
        Models::PodTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackgroundResetFrom(100);
        NotingKeeper keeper;
        model.setRecordObserver(&keeper);
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(Models::PodTableModel::Name, Qt::DescendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QList<Kube::PodRecord> pods = randomPods(600, {}, 7);
        model.applyBatch(podBatch(true, pods));
        QVERIFY(model.isPreparingReset());
        QCOMPARE(model.rowCount(), 0);
        Kube::PodRecord changed = pods.at(10);
        changed.status.status = QStringLiteral("OOMKilled");
        const QString removed = pods.at(20).key();
        model.applyBatch(podBatch(false, {changed}, {removed}));
        QCOMPARE(model.rowCount(), 0); // waits behind the list

        QTRY_VERIFY(!model.isPreparingReset());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 599);
        QCOMPARE(model.rowForKey(removed), -1);
        const int changedRow = model.rowForKey(changed.key());
        QVERIFY(changedRow >= 0);
        QCOMPARE(model.recordAt(changedRow).status.status, QStringLiteral("OOMKilled"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowForKey(model.recordAt(row).key()), row);

        QVERIFY(keeper.m_summarizedOn);
        QVERIFY(keeper.m_summarizedOn != QThread::currentThread());
        QCOMPARE(keeper.resets.size(), 2); // the empty table, then the list
        QCOMPARE(keeper.resets.last(), std::make_pair(600, true));
        QCOMPARE(keeper.tally().counts, Models::tallyPods(model.records()).counts); // and the change after it

        QCOMPARE(proxy.rowCount(), 599);
        QVERIFY(sortedBy(proxy, Models::PodTableModel::Name, Qt::DescendingOrder));
    }

    // The ranks the worker made are the ones the proxy sorts the list by.
    void theProxySortsByTheWorkersRanks()
    {
        BackwardsRankingTable model;
        model.setBackgroundResetFrom(100);
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(Models::PodTableModel::Restarts, Qt::AscendingOrder); // ranks that column from now on
        model.applyBatch(podBatch(true, randomPods(400, {}, 9)));
        QTRY_VERIFY(!model.isPreparingReset());
        QCOMPARE(proxy.rowCount(), 400);
        QVERIFY(sortedBy(proxy, Models::PodTableModel::Restarts, Qt::DescendingOrder));
        QVERIFY(proxy.index(0, Models::PodTableModel::Restarts).data(Models::SortRole).toInt()
                > proxy.index(399, Models::PodTableModel::Restarts).data(Models::SortRole).toInt());
        // A change drops them: the rows are then ranked by their own keys.
        model.applyBatch(podBatch(false, {randomPods(1, QStringLiteral("new-"), 10).first()}));
        proxy.sort(Models::PodTableModel::Name);
        proxy.sort(Models::PodTableModel::Restarts);
        QVERIFY(sortedBy(proxy, Models::PodTableModel::Restarts, Qt::AscendingOrder));
    }

    // A list that comes while one is prepared replaces it; the first one's
    // rows never show, and nothing waiting for it is applied.
    void aLaterListWins()
    {
        Models::PodTableModel model;
        model.setBackgroundResetFrom(100);
        NotingKeeper keeper;
        model.setRecordObserver(&keeper);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.applyBatch(podBatch(true, randomPods(400, QStringLiteral("first-"), 1)));
        model.applyBatch(podBatch(false, randomPods(1, QStringLiteral("late-"), 2)));
        model.applyBatch(podBatch(true, randomPods(300, QStringLiteral("second-"), 3)));
        QTRY_VERIFY(!model.isPreparingReset());
        resetPreparationPoolDrained();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 300);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.recordAt(row).name.startsWith(u"second-"));
        QCOMPARE(keeper.resets.last(), std::make_pair(300, true));
        QCOMPARE(keeper.tally().counts.total, 300);
    }

    // clear() while a list is prepared: the table stays empty.
    void clearDropsAPreparation()
    {
        Models::PodTableModel model;
        model.setBackgroundResetFrom(100);
        model.applyBatch(podBatch(true, randomPods(500, {}, 4)));
        QVERIFY(model.isPreparingReset());
        model.clear();
        QVERIFY(!model.isPreparingReset());
        resetPreparationPoolDrained();
        QCOMPARE(model.rowCount(), 0);
        model.applyBatch(podBatch(false, randomPods(2, {}, 5)));
        QCOMPARE(model.rowCount(), 2); // no longer waiting for anything
    }

    // Below the bound (20,000 rows by default) a list is taken in at once.
    void smallListsResetAtOnce()
    {
        Models::PodTableModel model;
        model.applyBatch(podBatch(true, randomPods(500, {}, 6)));
        QVERIFY(!model.isPreparingReset());
        QCOMPARE(model.rowCount(), 500);
    }

    // An observer set while a list is prepared gets the list, tallied on
    // the GUI thread: the summary was made for no one it knows.
    void anObserverSetMeanwhileTalliesItself()
    {
        Models::PodTableModel model;
        model.setBackgroundResetFrom(100);
        model.applyBatch(podBatch(true, randomPods(300, {}, 8)));
        NotingKeeper keeper;
        model.setRecordObserver(&keeper);
        QTRY_VERIFY(!model.isPreparingReset());
        QCOMPARE(keeper.resets.last(), std::make_pair(300, false));
        QCOMPARE(keeper.tally().counts.total, 300);
        model.setRecordObserver(nullptr);
    }

private:
    // The worker is done, and what it posted has been delivered.
    static void resetPreparationPoolDrained()
    {
        Models::resetPreparationPool()->waitForDone();
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
};

QTEST_GUILESS_MAIN(TestPreparedReset)
#include "tst_preparedreset.moc"
