// FindingModel under QAbstractItemModelTester: rows most severe first, the
// roles the view needs, stable keys across runs, reset on a new run, the run
// state, the findings about an object and its pods; the tables' badges
// (FindingBadges) and evidence references read back.

#include "diagnosis/diagnosisengine.h"
#include "diagnosisfixture.h"
#include "findingbadges.h"
#include "findingmodel.h"
#include "tableroles.h"

#include <QSignalSpy>
#include <QStringListModel>

#include <QAbstractItemModelTester>

#include <algorithm>
#include <QTest>

using namespace Kaji::Models;

class TestFindingModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows()
    {
        const auto fixture = KajiTest::loadDiagnosisFixture(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
        Findings findings = DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now);
        std::reverse(findings.begin(), findings.end()); // the model sorts
        FindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(findings);
        QCOMPARE(model.rowCount(), int(findings.size()));
        QCOMPARE(model.columnCount(), int(FindingModel::ColumnCount));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(FindingModel::SeverityRole).toInt()
                    <= model.index(row, 0).data(FindingModel::SeverityRole).toInt());
        const int orders = model.rowForKey(QStringLiteral("pod.crashloop.db-migration|Pod/shop/") + [&] {
            for (const Finding &f : findings)
                if (f.ruleId == QLatin1String("pod.crashloop.db-migration"))
                    return f.object.name;
            return QString();
        }());
        QVERIFY(orders >= 0);
        QVERIFY(model.index(orders, FindingModel::HeadlineColumn).data().toString().contains(QStringLiteral("V3__add_orders_index")));
        QCOMPARE(model.index(orders, 0).data(FindingModel::RuleIdRole).toString(), QStringLiteral("pod.crashloop.db-migration"));
        QCOMPARE(model.index(orders, 0).data().toString(), QStringLiteral("Error"));
        QVERIFY(!model.index(orders, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(FindingModel::HeadlineColumn, Qt::Horizontal).toString(), QStringLiteral("Problem"));

        // A new run replaces the rows; an empty one empties the model.
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }

    // Each pod finding knows the controllers above it (from the recorded
    // scenario's ownerReferences), so a Deployment finds its pods' findings.
    void ownersAndRunState()
    {
        const auto fixture = KajiTest::loadDiagnosisFixture(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
        FindingModel model;
        QSignalSpy state(&model, &FindingModel::runStateChanged);
        QCOMPARE(model.runState(), FindingModel::RunState::NotRun);
        QVERIFY(!model.ranAt().isValid());
        model.setRunState(FindingModel::RunState::Running);
        QCOMPARE(state.count(), 1);
        model.setRunState(FindingModel::RunState::Running);
        QCOMPARE(state.count(), 1); // no news, no signal
        model.setFindings(DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now));
        model.setRunState(FindingModel::RunState::Current);
        QVERIFY(model.ranAt().isValid());
        const Finding *migration = nullptr;
        for (const Finding &f : model.findings())
            if (f.ruleId == QLatin1String("pod.crashloop.db-migration"))
                migration = &f;
        QVERIFY(migration);
        QCOMPARE(migration->owners.size(), 2);
        QCOMPARE(migration->owners[0].kind, QStringLiteral("ReplicaSet"));
        QVERIFY(migration->owners[0].name.startsWith(QLatin1String("orders-api-")));
        QCOMPARE(migration->owners[1], (ObjectRef{QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("orders-api")}));
        const Findings ofDeployment = model.findingsConcerning(migration->owners[1]);
        QVERIFY(std::any_of(ofDeployment.cbegin(), ofDeployment.cend(), [&](const Finding &f) { return f.ruleId == migration->ruleId; }));
        QVERIFY(model.findingsConcerning({QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("storefront")}).isEmpty());
        // A finding about a Service is about the Service alone.
        for (const Finding &f : model.findings())
            if (f.object.kind == QLatin1String("Service"))
                QVERIFY(f.owners.isEmpty());
        model.clear();
        QVERIFY(!model.ranAt().isValid());
        QCOMPARE(model.rowCount(), 0);
    }

    // Rows of objects with findings answer the badge roles; a change of
    // findings repaints the tables that follow them.
    void badges()
    {
        Finding pod;
        pod.ruleId = QStringLiteral("pod.oom-killed");
        pod.severity = Severity::Warning;
        pod.object = {QStringLiteral("Pod"), QStringLiteral("shop"), QStringLiteral("web-1")};
        pod.owners = {{QStringLiteral("ReplicaSet"), QStringLiteral("shop"), QStringLiteral("web-5d")},
                      {QStringLiteral("Deployment"), QStringLiteral("shop"), QStringLiteral("web")}};
        pod.headline = QStringLiteral("Container web was OOM-killed");
        Finding crash = pod;
        crash.ruleId = QStringLiteral("pod.crashloop.exit-code");
        crash.severity = Severity::Error;
        crash.headline = QStringLiteral("Container web keeps crashing");
        Finding node;
        node.ruleId = QStringLiteral("node.cordoned");
        node.severity = Severity::Info;
        node.object = {QStringLiteral("Node"), QString(), QStringLiteral("worker-1")};
        node.headline = QStringLiteral("Node worker-1 is cordoned");

        // A pods table: only the rows whose badge came, went or changed are
        // repainted, and nothing when the findings are the same again.
        QStringListModel table({QStringLiteral("shop/web-0"), QStringLiteral("shop/web-1"), QStringLiteral("shop/web-2")});
        FindingBadges::follow(&table, [] { return QStringLiteral("Pod"); },
                              [&table](const QString &key) { return int(table.stringList().indexOf(key)); });
        QSignalSpy repainted(&table, &QAbstractItemModel::dataChanged);
        const auto repaintedRows = [&] {
            QList<int> rows;
            for (const QList<QVariant> &signal : std::as_const(repainted)) {
                const auto from = signal.at(0).value<QModelIndex>(), to = signal.at(1).value<QModelIndex>();
                for (int row = from.row(); row <= to.row(); ++row)
                    rows.append(row);
            }
            repainted.clear();
            return rows;
        };
        FindingBadges *badges = FindingBadges::shared();
        badges->setFindings({pod, crash, node});
        QCOMPARE(repainted.count(), 1);
        QCOMPARE(repainted.first().at(2).value<QList<int>>(), (QList<int>{FindingSeverityRole, FindingTextRole}));
        QCOMPARE(repaintedRows(), QList<int>{1});
        badges->setFindings({crash, node, pod});
        QCOMPARE(repaintedRows(), QList<int>{});
        Finding other = pod;
        other.object.name = QStringLiteral("web-2");
        badges->setFindings({pod, crash, node, other});
        QCOMPARE(repaintedRows(), QList<int>{2});
        badges->setFindings({pod, node, other}); // web-1's worst is now the OOM kill
        QCOMPARE(repaintedRows(), QList<int>{1});
        badges->setFindings({pod, crash, node});
        QList<int> rows = repaintedRows(); // web-1 worse again, web-2's badge gone
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (QList<int>{1, 2}));

        // The worst severity wins; every headline is in the tooltip, worst first.
        QCOMPARE(FindingBadges::data(QStringLiteral("Pod"), QStringLiteral("shop/web-1"), FindingSeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(FindingBadges::data(QStringLiteral("Pod"), QStringLiteral("shop/web-1"), FindingTextRole).toString(),
                 QStringLiteral("Error: Container web keeps crashing\nContainer web was OOM-killed"));
        // The Deployment above the pod carries its pod's badge.
        QCOMPARE(FindingBadges::data(QStringLiteral("Deployment"), QStringLiteral("shop/web"), FindingSeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(FindingBadges::data(QStringLiteral("Node"), QStringLiteral("worker-1"), FindingSeverityRole).toInt(), int(Severity::Info));
        // Healthy objects and other kinds of the same name: nothing.
        QVERIFY(!FindingBadges::data(QStringLiteral("Pod"), QStringLiteral("shop/web-2"), FindingSeverityRole).isValid());
        QVERIFY(!FindingBadges::data(QStringLiteral("Service"), QStringLiteral("shop/web"), FindingSeverityRole).isValid());

        // Many findings about one workload: the tooltip stays short.
        Findings many;
        for (int i = 0; i < 8; ++i) {
            Finding f = pod;
            f.object.name = QStringLiteral("web-%1").arg(i);
            f.headline = QStringLiteral("Pod web-%1 was OOM-killed").arg(i);
            many.append(f);
        }
        badges->setFindings(many);
        const QString tooltip = FindingBadges::data(QStringLiteral("Deployment"), QStringLiteral("shop/web"), FindingTextRole).toString();
        QCOMPARE(tooltip.count(u'\n'), 5);
        QVERIFY2(tooltip.endsWith(QStringLiteral("… and 3 more")), qPrintable(tooltip));
        badges->setFindings({});
        QVERIFY(!FindingBadges::data(QStringLiteral("Deployment"), QStringLiteral("shop/web"), FindingSeverityRole).isValid());
    }

    // Evidence references read back into what to open.
    void references_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::newRow("log line") << QStringLiteral("log:pod/shop/orders-api-7d9/orders-api?previous#L57");
        QTest::newRow("current log") << QStringLiteral("log:pod/shop/web-1/app#L3");
        QTest::newRow("event") << QStringLiteral("event:shop/payments-1.17a2b@pod/shop/payments-1");
        QTest::newRow("node event") << QStringLiteral("event:/kaji-worker-1.17a2b@node/kaji-worker-1");
        QTest::newRow("status field") << QStringLiteral("pod/shop/web-1#status.containerStatuses[web].state.waiting");
        QTest::newRow("object") << QStringLiteral("service/shop/legacy-search");
        QTest::newRow("cluster object") << QStringLiteral("node/kaji-worker-1");
    }

    void references()
    {
        QFETCH(QString, reference);
        const std::optional<Evidence> e = Evidence::fromReference(reference);
        QVERIFY(e);
        // fromReference keeps kinds as the reference spells them (lower case).
        QCOMPARE(e->reference(), reference);
        if (e->kind == Evidence::Kind::LogLine) {
            QCOMPARE(e->object.kind, QStringLiteral("pod"));
            QVERIFY(e->lineNumber > 0);
            QCOMPARE(e->previousLog, reference.contains(QLatin1String("?previous")));
        }
    }

    void badReferences()
    {
        for (const char *bad : {"", "log:pod/shop/x", "log:pod#Lx", "event:shop/x", "event:@pod/shop/x", "nothing", "a/b/c/d"})
            QVERIFY2(!Evidence::fromReference(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestFindingModel)
#include "tst_findingmodel.moc"
