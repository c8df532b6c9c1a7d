// FindingModel under QAbstractItemModelTester: rows most severe first, the
// roles the view needs, stable keys across runs, reset on a new run.

#include "diagnosis/diagnosisengine.h"
#include "diagnosisfixture.h"
#include "findingmodel.h"

#include <QAbstractItemModelTester>
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
};

QTEST_GUILESS_MAIN(TestFindingModel)
#include "tst_findingmodel.moc"
