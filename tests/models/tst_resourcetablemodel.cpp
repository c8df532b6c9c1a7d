// ResourceTableModel and KindTreeModel over hand-made batches, under
// QAbstractItemModelTester: incremental changes without resets, live AGE,
// health at a glance, the sidebar's grouping of discovered kinds.

#include "kindtreemodel.h"
#include "resourcetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji;
using Kube::TableChangeBatch;
using Kube::TableColumn;
using Kube::TableRow;

namespace {

Kube::ApiResource deployments()
{
    return {QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), QStringLiteral("Deployment"), true,
            {QStringLiteral("list"), QStringLiteral("watch")}, {QStringLiteral("deploy")}, {}};
}

QList<TableColumn> deploymentColumns()
{
    const auto column = [](const char *name, const char *type, int priority = 0) {
        return TableColumn{QString::fromLatin1(name), QString::fromLatin1(type), {}, {}, priority};
    };
    return {column("Name", "string"), column("Ready", "string"), column("Up-to-date", "integer"),
            column("Available", "integer"), column("Age", "string"), column("Containers", "string", 1)};
}

TableRow row(const QString &name, const QString &ready, qint64 created, const QString &version = QStringLiteral("1"))
{
    TableRow r;
    r.namespaceName = QStringLiteral("shop");
    r.name = name;
    r.resourceVersion = version;
    r.createdEpochSecs = created;
    r.cells = {name, ready, QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("<stale>"), QStringLiteral("app")};
    return r;
}

Kube::TableChangeBatchPtr batch(bool reset, QList<TableRow> upserted, QStringList removed = {}, QList<TableColumn> columns = {})
{
    auto b = QSharedPointer<TableChangeBatch>::create();
    b->reset = reset;
    b->upserted = std::move(upserted);
    b->removed = std::move(removed);
    b->columns = std::move(columns);
    return b;
}

} // namespace

class TestResourceTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void incrementalUpdatesKeepRows()
    {
        Models::ResourceTableModel model(deployments());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(10000);
        model.applyBatch(batch(true, {row(QStringLiteral("a"), QStringLiteral("3/3"), 9000), row(QStringLiteral("b"), QStringLiteral("1/3"), 9900)},
                               {}, deploymentColumns()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 7); // Namespace + six server columns
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Namespace"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Ready"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("shop"));
        // AGE from the creation time, not the server's frozen cell.
        QCOMPARE(model.data(model.index(0, 5)).toString(), QStringLiteral("16m"));
        model.setNow(10000 + 3600);
        QCOMPARE(model.data(model.index(0, 5)).toString(), QStringLiteral("76m"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyBatch(batch(false, {row(QStringLiteral("b"), QStringLiteral("3/3"), 9900, QStringLiteral("2")),
                                       row(QStringLiteral("c"), QStringLiteral("0/1"), 9990)},
                               {QStringLiteral("shop/a")}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForKey(QStringLiteral("shop/a")), -1);
        const int b = model.rowForKey(QStringLiteral("shop/b"));
        QCOMPARE(model.data(model.index(b, 2)).toString(), QStringLiteral("3/3"));
        QCOMPARE(model.data(model.index(b, 0), Models::KeyRole).toString(), QStringLiteral("shop/b"));
    }

    void healthAndSorting()
    {
        Models::ResourceTableModel model(deployments());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyBatch(batch(true, {row(QStringLiteral("ok"), QStringLiteral("3/3"), 100), row(QStringLiteral("short"), QStringLiteral("1/3"), 200)},
                               {}, deploymentColumns()));
        const auto health = [&](const QString &key) {
            return Models::Health(model.data(model.index(model.rowForKey(key), 1), Models::HealthRole).toInt());
        };
        QCOMPARE(health(QStringLiteral("shop/ok")), Models::Health::Healthy);
        QCOMPARE(health(QStringLiteral("shop/short")), Models::Health::Failing);
        // Integer columns sort as numbers, fractions by their counts, AGE by time.
        QCOMPARE(model.data(model.index(0, 3), Models::SortRole).typeId(), QMetaType::Double);
        QVERIFY(model.data(model.index(model.rowForKey(QStringLiteral("shop/ok")), 2), Models::SortRole).toInt()
                > model.data(model.index(model.rowForKey(QStringLiteral("shop/short")), 2), Models::SortRole).toInt());
        QCOMPARE(model.data(model.index(model.rowForKey(QStringLiteral("shop/ok")), 5), Models::SortRole).toLongLong(), -100);

        // Events: a Warning is a problem; nodes NotReady too.
        const QList<TableColumn> eventColumns = {{QStringLiteral("Last Seen"), QStringLiteral("string"), {}, {}, 0},
                                                 {QStringLiteral("Type"), QStringLiteral("string"), {}, {}, 0}};
        TableRow warning;
        warning.cells = {QStringLiteral("5m"), QStringLiteral("Warning")};
        QCOMPARE(Models::ResourceTableModel::healthOf(eventColumns, warning), Models::Health::Failing);
        warning.cells[1] = QStringLiteral("Normal");
        QCOMPARE(Models::ResourceTableModel::healthOf(eventColumns, warning), Models::Health::Healthy);
    }

    void newColumnsReset()
    {
        Models::ResourceTableModel model(deployments());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyBatch(batch(true, {row(QStringLiteral("a"), QStringLiteral("1/1"), 1)}, {}, deploymentColumns()));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QList<TableColumn> fewer = deploymentColumns().mid(0, 3);
        model.applyBatch(batch(false, {}, {}, fewer));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.rowCount(), 1);
    }

    void kindTreeGroupsDiscoveredKinds()
    {
        Models::KindTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Kube::ApiResource pods{{}, QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"), true, {}, {}, {}};
        Kube::ApiResource nodes{{}, QStringLiteral("v1"), QStringLiteral("nodes"), QStringLiteral("Node"), false, {}, {}, {}};
        Kube::ApiResource widget{QStringLiteral("tables.kaji.test"), QStringLiteral("v1"), QStringLiteral("widgets"),
                                 QStringLiteral("Widget"), true, {}, {}, {}};
        model.setResources({nodes, widget, deployments(), pods});
        QCOMPARE(model.rowCount(), 3); // Workloads, Cluster, Custom resources
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Workloads"));
        const QModelIndex workloads = model.index(0, 0);
        QCOMPARE(model.rowCount(workloads), 2);
        QCOMPARE(model.data(model.index(0, 0, workloads)).toString(), QStringLiteral("Pods"));
        QCOMPARE(model.data(model.index(1, 0, workloads)).toString(), QStringLiteral("Deployments"));
        QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("Custom resources"));
        const QModelIndex w = model.indexOf(QStringLiteral("widgets.tables.kaji.test"));
        QVERIFY(w.isValid());
        QCOMPARE(model.resourceAt(w)->kind, QStringLiteral("Widget"));
        QVERIFY(!model.resourceAt(model.index(0, 0)));
        QCOMPARE(model.kinds().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestResourceTableModel)
#include "tst_resourcetablemodel.moc"
