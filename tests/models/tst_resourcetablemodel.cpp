// ResourceTableModel and KindTreeModel over hand-made batches, under
// QAbstractItemModelTester: incremental changes without resets, live AGE,
// health at a glance, the sidebar's grouping of discovered kinds.

#include "fuzzymatch.h"
#include "kindtreemodel.h"
#include "palettemodel.h"
#include "tablefilterproxy.h"
#include "tableroles.h"
#include "resourcetablemodel.h"
#include "timesincecells.h"
#include "podstatus.h"

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
    b->upserted = sharedRecords(std::move(upserted));
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

        // Through the proxy, which compares rows without QVariants: "10/10"
        // after "9/10", 10 after 9.
        TableRow ten = row(QStringLiteral("ten"), QStringLiteral("10/10"), 300);
        ten.cells[2] = QStringLiteral("10");
        TableRow nine = row(QStringLiteral("nine"), QStringLiteral("9/10"), 400);
        nine.cells[2] = QStringLiteral("9");
        model.applyBatch(batch(false, {ten, nine}));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        const auto order = [&](int column, Qt::SortOrder sortOrder) {
            proxy.sort(column, sortOrder);
            QStringList names;
            for (int r = 0; r < proxy.rowCount(); ++r)
                names << proxy.index(r, 1).data().toString();
            return names.join(u',');
        };
        QCOMPARE(order(2, Qt::AscendingOrder), QStringLiteral("short,ok,nine,ten"));
        QCOMPARE(order(3, Qt::AscendingOrder), QStringLiteral("short,ok,nine,ten")); // 3, 3 (stable), 9, 10
        QCOMPARE(order(5, Qt::AscendingOrder), QStringLiteral("nine,ten,short,ok")); // youngest first
        QCOMPARE(order(1, Qt::DescendingOrder), QStringLiteral("ten,short,ok,nine"));

        // Events: a Warning is a problem; nodes NotReady too.
        const QList<TableColumn> eventColumns = {{QStringLiteral("Last Seen"), QStringLiteral("string"), {}, {}, 0},
                                                 {QStringLiteral("Type"), QStringLiteral("string"), {}, {}, 0}};
        TableRow warning;
        warning.cells = {QStringLiteral("5m"), QStringLiteral("Warning")};
        QCOMPARE(Models::ResourceTableModel::healthOf(eventColumns, warning), Models::Health::Failing);
        warning.cells[1] = QStringLiteral("Normal");
        QCOMPARE(Models::ResourceTableModel::healthOf(eventColumns, warning), Models::Health::Healthy);
    }

    void humanDurationsReadBack()
    {
        // Every shape kubectl prints reads back to a duration it prints the same.
        for (const qint64 secs : {0LL, 59LL, 119LL, 312LL, 599LL, 3000LL, 11000LL, 30000LL, 100000LL, 200000LL,
                                  600000LL, 5000000LL, 70000000LL, 300000000LL}) {
            const QString printed = Kube::humanDuration(secs);
            QCOMPARE(Kube::humanDuration(Models::parseHumanDuration(printed)), printed);
        }
        QCOMPARE(Models::parseHumanDuration(u"5m12s"), 312);
        QCOMPARE(Models::parseHumanDuration(u"2d3h"), 2 * 86400 + 3 * 3600);
        for (const QString &bad : {QStringLiteral("<unknown>"), QString(), QStringLiteral("12"), QStringLiteral("m5"),
                                   QStringLiteral("5x"), QStringLiteral("99999999999s")})
            QCOMPARE(Models::parseHumanDuration(bad), -1);
    }

    // Events' LAST SEEN moves on as AGE does, from when the server printed
    // it; a cell that is not a duration stays as printed.
    void timeSinceCellsMoveOn()
    {
        Kube::ApiResource events = deployments();
        events.group.clear();
        events.resource = QStringLiteral("events");
        events.kind = QStringLiteral("Event");
        const QList<TableColumn> columns = {{QStringLiteral("Last Seen"), QStringLiteral("string"), {}, {}, 0},
                                            {QStringLiteral("Type"), QStringLiteral("string"), {}, {}, 0}};
        Models::ResourceTableModel model(events);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(50000);
        TableRow recent;
        recent.namespaceName = QStringLiteral("shop");
        recent.name = QStringLiteral("recent");
        recent.cells = {QStringLiteral("45s"), QStringLiteral("Normal")};
        TableRow old = recent;
        old.name = QStringLiteral("old");
        old.cells = {QStringLiteral("9m"), QStringLiteral("Warning")};
        TableRow unknown = recent;
        unknown.name = QStringLiteral("unknown");
        unknown.cells = {QStringLiteral("<unknown>"), QStringLiteral("Normal")};
        model.applyBatch(batch(true, {recent, old, unknown}, {}, columns));
        const auto lastSeen = [&](const QString &name) {
            return model.index(model.rowForKey(QStringLiteral("shop/") + name), 1).data().toString();
        };
        QCOMPARE(lastSeen(QStringLiteral("recent")), QStringLiteral("45s"));
        model.setNow(50000 + 600);
        QCOMPARE(lastSeen(QStringLiteral("recent")), QStringLiteral("10m"));
        QCOMPARE(lastSeen(QStringLiteral("old")), QStringLiteral("19m"));
        QCOMPARE(lastSeen(QStringLiteral("unknown")), QStringLiteral("<unknown>"));
        // An update prints the cell anew.
        recent.cells[0] = QStringLiteral("2s");
        model.applyBatch(batch(false, {recent}));
        QCOMPARE(lastSeen(QStringLiteral("recent")), QStringLiteral("2s"));
        // Sorted by time, not by text ("10m" < "9m" as text).
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("2s"));
        QCOMPARE(proxy.index(1, 1).data().toString(), QStringLiteral("19m"));
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

    // Several namespaces watched one by one (a user who may not list across
    // namespaces): one namespace's list or drop replaces its rows only, in
    // place, and the namespace filter shows the chosen ones plus cluster-wide rows.
    void scopedBatchesReplaceOneNamespace()
    {
        Models::ResourceTableModel model(deployments());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto inNamespace = [](TableRow r, const char *ns) {
            r.namespaceName = QString::fromLatin1(ns);
            return r;
        };
        auto scoped = [](Kube::TableChangeBatchPtr b, const char *ns) {
            auto copy = QSharedPointer<TableChangeBatch>::create(*b);
            copy->scope = QString::fromLatin1(ns);
            return Kube::TableChangeBatchPtr(copy);
        };
        model.applyBatch(scoped(batch(true, {row(QStringLiteral("web"), QStringLiteral("1/1"), 1), row(QStringLiteral("api"), QStringLiteral("1/1"), 1)},
                                      {}, deploymentColumns()),
                                "shop"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.applyBatch(scoped(batch(true, {inNamespace(row(QStringLiteral("web"), QStringLiteral("0/1"), 1), "team-b")}), "team-b"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.count(), 0);
        // team-b listed again without... nothing new: shop untouched, team-b's api gone.
        model.applyBatch(scoped(batch(true, {row(QStringLiteral("web"), QStringLiteral("1/1"), 1, QStringLiteral("2"))}), "shop"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowForKey(QStringLiteral("shop/api")) < 0);
        QVERIFY(model.rowForKey(QStringLiteral("team-b/web")) >= 0);
        // team-b dropped: an empty scoped reset.
        model.applyBatch(scoped(batch(true, {}), "team-b"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.rowForKey(QStringLiteral("shop/web")) >= 0);
        QCOMPARE(resets.count(), 0);

        model.applyBatch(batch(false, {inNamespace(row(QStringLiteral("db"), QStringLiteral("1/1"), 1), "infra")}));
        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setNamespaces({QStringLiteral("infra")});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(Models::KeyRole).toString(), QStringLiteral("infra/db"));
        proxy.setNamespaces({QStringLiteral("infra"), QStringLiteral("shop")});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setNamespaces({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void paletteRanksWhatTheUserMeans()
    {
        using Models::PaletteEntry;
        Models::PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({
            {PaletteEntry::Type::Kind, QStringLiteral("Deployments"), QStringLiteral("apps"), QStringLiteral("deployments.apps"), {}},
            {PaletteEntry::Type::Kind, QStringLiteral("Pods"), {}, QStringLiteral("pods"), {}},
            {PaletteEntry::Type::Namespace, QStringLiteral("shop"), {}, {}, QStringLiteral("shop")},
            {PaletteEntry::Type::Object, QStringLiteral("storefront-9cbff74f4-l4j26"), QStringLiteral("Pod · shop"), QStringLiteral("pods"), QStringLiteral("shop/storefront-9cbff74f4-l4j26")},
            {PaletteEntry::Type::Object, QStringLiteral("orders-db-0"), QStringLiteral("Pod · shop"), QStringLiteral("pods"), QStringLiteral("shop/orders-db-0")},
            {PaletteEntry::Type::Object, QStringLiteral("payments-deploy-checker"), QStringLiteral("Pod · shop"), QStringLiteral("pods"), QStringLiteral("shop/payments-deploy-checker")},
        });
        QCOMPARE(model.rowCount(), 6); // nothing typed: everything, in order
        model.setQuery(QStringLiteral("deploy"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Deployments")); // a prefix beats a middle
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QStringLiteral("ordb"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("orders-db-0"));
        model.setQuery(QStringLiteral("shop stf")); // through the detail: "Pod · shop storefront…"
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("zzz"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(Models::fuzzyScore(u"sf", u"storefront") < Models::fuzzyScore(u"st", u"storefront"));
        QVERIFY(!Models::fuzzyScore(u"tsf", u"storefront"));
    }

    // Typing one more letter ranks only what the shorter text matched
    // (issue 21: every key ranked 100,000 pods); what is shown must be what
    // ranking every entry afresh shows, through the detail too, and after
    // a letter is taken back.
    void paletteNarrowsAsTheUserTypes()
    {
        using Models::PaletteEntry;
        QList<PaletteEntry> entries;
        for (int i = 0; i < 600; ++i) {
            const QString ns = QStringLiteral("team-%1").arg(i % 7);
            const QString name = QStringLiteral("service-%1-7d9f-%2").arg(i % 13).arg(100000 + i);
            entries.append({PaletteEntry::Type::Object, name, QStringLiteral("Pod · ") + ns, QStringLiteral("pods"),
                            ns + u'/' + name});
        }
        entries.append({PaletteEntry::Type::Kind, QStringLiteral("Services"), {}, QStringLiteral("services"), {}});
        const auto shown = [](const Models::PaletteModel &model) {
            QStringList rows;
            for (int row = 0; row < model.rowCount(); ++row)
                rows << model.index(row).data(Models::PaletteModel::DetailRole).toString() + u' '
                            + model.index(row).data().toString();
            return rows;
        };
        Models::PaletteModel typing;
        QAbstractItemModelTester tester(&typing, QAbstractItemModelTester::FailureReportingMode::QtTest);
        typing.setEntries(entries);
        QCOMPARE(typing.rowCount(), Models::PaletteModel::MaxShown);
        const QStringList keys = {QStringLiteral("team-3 service-1-10002"), QStringLiteral("svc"),
                                  QStringLiteral("service-12-7d9f-100"), QStringLiteral("sErViCeS")};
        for (const QString &query : keys) {
            for (qsizetype typed = 1; typed <= query.size(); ++typed) {
                typing.setQuery(query.left(typed));
                Models::PaletteModel fresh;
                fresh.setEntries(entries);
                fresh.setQuery(query.left(typed));
                QCOMPARE(shown(typing), shown(fresh));
            }
            // Taken back a letter at a time, to nothing typed.
            for (qsizetype typed = query.size() - 1; typed >= 0; --typed) {
                typing.setQuery(query.left(typed));
                Models::PaletteModel fresh;
                fresh.setEntries(entries);
                fresh.setQuery(query.left(typed));
                QCOMPARE(shown(typing), shown(fresh));
            }
        }
        typing.setQuery(QStringLiteral("team-3 service-1-100024"));
        QCOMPARE(typing.rowCount(), 1); // only through the detail
        QCOMPARE(typing.index(0).data().toString(), QStringLiteral("service-11-7d9f-100024"));
    }

    // Nodes get kubectl top's columns after the server's: CPU and memory
    // with percentages of allocatable, a dash and the reason without a
    // figure, a numeric sort; other kinds get none.
    void nodeUsageColumns()
    {
        Kube::ApiResource nodes{{}, QStringLiteral("v1"), QStringLiteral("nodes"), QStringLiteral("Node"), false, {}, {}, {}};
        Models::ResourceTableModel model(nodes);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 0);
        const QList<TableColumn> columns = {{QStringLiteral("Name"), QStringLiteral("string"), {}, {}, 0},
                                            {QStringLiteral("Status"), QStringLiteral("string"), {}, {}, 0}};
        const auto node = [](const char *name) {
            TableRow r;
            r.name = QString::fromLatin1(name);
            r.cells = {r.name, QStringLiteral("Ready")};
            return r;
        };
        model.applyBatch(batch(true, {node("hot"), node("cool"), node("empty")}, {}, columns));
        QCOMPARE(model.columnCount(), 2 + int(Models::ResourceTableModel::UsageColumnCount));
        const int cpu = model.firstUsageColumn();
        QCOMPARE(model.headerData(cpu, Qt::Horizontal).toString(), QStringLiteral("CPU"));
        QCOMPARE(model.headerData(cpu + 3, Qt::Horizontal).toString(), QStringLiteral("Memory %"));
        const auto at = [&](const char *name, int usage, int role = Qt::DisplayRole) {
            return model.index(model.rowForKey(QString::fromLatin1(name)), cpu + usage).data(role).toString();
        };
        QCOMPARE(at("hot", 0), QString()); // nothing read yet

        Kube::MetricsSample sample;
        sample.nodes = Kube::NodeUsageList{};
        sample.nodes->items = {{QStringLiteral("hot"), 0, 0, {2'800'000'000, 6LL << 30}},
                               {QStringLiteral("cool"), 0, 0, {300'000'000, 2LL << 30}}};
        model.setUsage(std::make_shared<const Models::UsageFigures>(sample, QString(), QString()));
        QCOMPARE(at("hot", 0), QStringLiteral("2800m"));
        QCOMPARE(at("hot", 2), QStringLiteral("6144Mi"));
        QCOMPARE(at("hot", 1), QStringLiteral("\u2013")); // allocatable not read yet
        QVERIFY(at("hot", 1, Qt::ToolTipRole).contains(QStringLiteral("allocatable")));
        model.setAllocatable({{QStringLiteral("hot"), {4000, 16LL << 30}}, {QStringLiteral("cool"), {4000, 16LL << 30}}});
        QCOMPARE(at("hot", 1), QStringLiteral("70%"));
        QCOMPARE(at("hot", 3), QStringLiteral("37%"));
        QCOMPARE(at("empty", 0), QStringLiteral("\u2013"));
        QVERIFY(at("empty", 0, Qt::ToolTipRole).contains(QStringLiteral("node empty")));

        Models::TableFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(cpu, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("hot"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("cool"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("empty"));

        // The node list failed: the reason in every cell.
        model.setUsage(std::make_shared<const Models::UsageFigures>(Kube::MetricsSample{}, QString(), QStringLiteral("forbidden")));
        QCOMPARE(at("hot", 0, Qt::ToolTipRole), QStringLiteral("forbidden"));
        // Other kinds have no usage columns.
        Models::ResourceTableModel deploys(deployments());
        deploys.applyBatch(batch(true, {row(QStringLiteral("a"), QStringLiteral("1/1"), 100)}, {}, deploymentColumns()));
        QCOMPARE(deploys.columnCount(), 7);
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
