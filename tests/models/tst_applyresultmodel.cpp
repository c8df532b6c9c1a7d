// The apply window's results: one row per document of the text in the
// text's order, outcomes finding their rows though the engine applies
// namespaces first, results worded for a dry run, conflicts found.

#include "editor/applyresultmodel.h"
#include "manifestreader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kaji;
using State = Models::ApplyResultModel::State;

namespace {

const QByteArray Text = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: fast
---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: batch/v1
kind: Job
metadata:
  generateName: once-
)";

Kube::ApplyOutcome outcome(qsizetype index, Kube::ApplyOutcome::Result result)
{
    Kube::ApplyOutcome o;
    o.index = index;
    o.result = result;
    return o;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestApplyResultModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheText()
    {
        const Kube::ManifestSet set = Kube::ManifestReader::read(Text, QStringLiteral("editor"));
        QCOMPARE(set.documents.size(), 3);
        Models::ApplyResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.start(set.documents, false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("ConfigMap"));
        QCOMPARE(cell(model, 0, 1), QStringLiteral("shop/settings"));
        QCOMPARE(cell(model, 1, 1), QStringLiteral("shop"));
        QCOMPARE(cell(model, 2, 1), QStringLiteral("once-"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("waiting…"));
        QCOMPARE(model.index(1, 0).data(Models::ApplyResultModel::LineRole).toInt(), 9);
        QVERIFY(!model.allSucceeded());

        // The namespace comes back first; its row is the second.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.finish(1, outcome(1, Kube::ApplyOutcome::Result::Created));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(cell(model, 1, 2), QStringLiteral("created"));
        QCOMPARE(model.state(0), State::Waiting);

        Kube::ApplyOutcome configured = outcome(0, Kube::ApplyOutcome::Result::Applied);
        model.finish(0, configured);
        QCOMPARE(cell(model, 0, 2), QStringLiteral("configured"));

        // A generated name replaces the prefix.
        Kube::ApplyOutcome job = outcome(2, Kube::ApplyOutcome::Result::Created);
        job.namespaceName = QStringLiteral("shop");
        job.name = QStringLiteral("once-x7k2p");
        model.finish(2, job);
        QCOMPARE(cell(model, 2, 1), QStringLiteral("shop/once-x7k2p"));
        QVERIFY(model.allSucceeded());
        QVERIFY(model.conflictedRows().isEmpty());
    }

    void dryRunAndFailuresAreWorded()
    {
        const Kube::ManifestSet set = Kube::ManifestReader::read(Text, QStringLiteral("editor"));
        Models::ApplyResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.start(set.documents, true);
        model.finish(1, outcome(1, Kube::ApplyOutcome::Result::Created));
        model.finish(2, outcome(2, Kube::ApplyOutcome::Result::Unchanged));
        Kube::ApplyOutcome refused = outcome(0, Kube::ApplyOutcome::Result::Failed);
        refused.failure.status = 409;
        refused.failure.reason = QStringLiteral("Conflict");
        refused.failure.conflicts.append({QStringLiteral(".data.mode"), QStringLiteral("other-team"), QString(), {}});
        model.finish(0, refused);
        QCOMPARE(cell(model, 1, 2), QStringLiteral("would be created (dry run)"));
        QCOMPARE(cell(model, 2, 2), QStringLiteral("unchanged (dry run)"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("failed: 1 field(s) owned by another manager"));
        QCOMPARE(model.conflictedRows(), QList<int>{0});
        QVERIFY(!model.allSucceeded());

        // Forced again: only that row waits; the others keep their words.
        model.restart({0}, false);
        QCOMPARE(model.state(0), State::Waiting);
        QCOMPARE(cell(model, 1, 2), QStringLiteral("would be created (dry run)"));
        Kube::ApplyOutcome invalid = outcome(0, Kube::ApplyOutcome::Result::Failed);
        invalid.failure.message = QStringLiteral("ConfigMap \"settings\" is invalid");
        model.finish(0, invalid);
        QCOMPARE(cell(model, 0, 2), QStringLiteral("failed: ConfigMap \"settings\" is invalid"));
        QVERIFY(model.conflictedRows().isEmpty());

        // An outcome for a row that is not there is ignored.
        model.finish(7, outcome(7, Kube::ApplyOutcome::Result::Created));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.allSucceeded());
    }
};

QTEST_GUILESS_MAIN(TestApplyResultModel)
#include "tst_applyresultmodel.moc"
