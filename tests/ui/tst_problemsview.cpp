// The problems pane over the recorded scenario: most severe first, the
// detail panel explains the selected finding (cause, evidence, next steps),
// an evidence link reports its reference, and a screenshot is saved to look at.

#include "../models/diagnosisfixture.h"
#include "diagnosis/diagnosisengine.h"
#include "findingmodel.h"
#include "problemsview.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Kaji;

class TestProblemsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsFindings()
    {
        const auto fixture = KajiTest::loadDiagnosisFixture(QStringLiteral(KAJI_TEST_DATA_DIR "/diagnosis/scenario.json"));
        Models::FindingModel model;
        Ui::ProblemsView view(&model);
        view.resize(1100, 760);
        model.setFindings(Models::DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(view.findChild<QLabel *>()->text().contains(QStringLiteral("problem")));
        // Click the crash loop's row: the detail explains it with its log lines.
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(Models::FindingModel::RuleIdRole).toString() == QLatin1String("pod.crashloop.db-migration"))
                row = r;
        QVERIFY(row >= 0);
        QTableView *list = view.list();
        const QRect cell = list->visualRect(model.index(row, Models::FindingModel::HeadlineColumn));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        const QString text = view.detail()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Cause")) && text.contains(QStringLiteral("Flyway")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("previous log, line")));
        QVERIFY(text.contains(QStringLiteral("$ kubectl -n shop logs pod/orders-api-")));

        const QString dir = qEnvironmentVariable("KAJI_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("problemsview.png"))));

        // A new run keeps the selected finding.
        model.setFindings(Models::DiagnosisEngine::diagnose(fixture.snapshot, fixture.logReader(), fixture.now));
        QCOMPARE(list->currentIndex().data(Models::FindingModel::RuleIdRole).toString(), QStringLiteral("pod.crashloop.db-migration"));

        // Evidence links report where to jump.
        QSignalSpy spy(&view, &Ui::ProblemsView::referenceActivated);
        Q_EMIT view.detail()->anchorClicked(QUrl(QStringLiteral("ref:") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("log:pod/shop/x/c?previous#L3")))));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("log:pod/shop/x/c?previous#L3"));
    }
};

QTEST_MAIN(TestProblemsView)
#include "tst_problemsview.moc"
