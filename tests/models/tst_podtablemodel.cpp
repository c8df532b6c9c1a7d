// PodTableModel under QAbstractItemModelTester: batches are applied as
// inserts, changes and removals (contiguous runs), never as a reset after
// the first list.

#include "podtablemodel.h"

#include <QAbstractItemModelTester>
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
