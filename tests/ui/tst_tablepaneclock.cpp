// The AGE column moves on by repainting, not by model signals: a pane that
// shows a table repaints its rows every few seconds, and the model says
// nothing (a dataChanged for every row would make the proxy re-filter and
// re-sort a 10,000-row table each time).

#include "podspane.h"
#include "podtablemodel.h"
#include "tablepane.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Kaji;

namespace {

class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

Kube::PodChangeBatchPtr podsCreatedAt(qint64 createdEpochSecs)
{
    auto batch = QSharedPointer<Kube::PodChangeBatch>::create();
    batch->reset = true;
    for (const char *name : {"web-1", "web-2", "db-0"}) {
        Kube::PodRecord pod;
        pod.namespaceName = QStringLiteral("shop");
        pod.name = QLatin1String(name);
        pod.status.status = QStringLiteral("Running");
        pod.status.readyContainers = pod.status.totalContainers = 1;
        pod.createdEpochSecs = createdEpochSecs;
        batch->upserted << pod;
    }
    return batch;
}

} // namespace

class TestTablePaneClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ageMovesOnByRepaintingOnly()
    {
        Models::PodTableModel model;
        model.applyBatch(podsCreatedAt(QDateTime::currentSecsSinceEpoch() - 50));
        Ui::PodsPane pane(&model);
        pane.resize(900, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTest::qWait(200); // the first paints settle

        PaintCounter counter;
        pane.view()->viewport()->installEventFilter(&counter);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex age = model.index(0, Models::PodTableModel::Age);
        const QString before = age.data().toString();

        // Nothing else happens meanwhile: only the clock can ask for paints.
        QVERIFY(QTest::qWaitFor([&] { return counter.paints > 0; }, Ui::TablePane::ClockIntervalMs + 2000));
        QCOMPARE(changed.size(), 0);
        // What the repaint shows has moved on (50 s became 55 s or more).
        QVERIFY2(age.data().toString() != before, qPrintable(before));
    }
};

QTEST_MAIN(TestTablePaneClock)
#include "tst_tablepaneclock.moc"
