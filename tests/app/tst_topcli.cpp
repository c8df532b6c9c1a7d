// `kaji top` against `kubectl top` on the real local cluster, whose
// metrics-server serves metrics.k8s.io through the aggregator: the same rows
// and figures when both read the same sample, and a reason when there are none.

#include "clirun.h"

#include <QRegularExpression>
#include <QTest>

namespace {

using Run = KajiCliTest::TextRun;

// Rows as cells; rows of nodes without a sample ("<unknown>") are listed by
// kubectl in map order, so they are compared as a sorted tail.
QStringList comparable(const QString &table)
{
    QStringList rows, unknown;
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts)) {
        const QString row = line.split(u' ', Qt::SkipEmptyParts).join(u'|');
        (row.contains(QLatin1String("<unknown>")) ? unknown : rows).append(row);
    }
    unknown.sort();
    return rows + unknown;
}

} // namespace

class TestTopCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("KAJI_TEST_KUBECONFIG"),
                 "KAJI_TEST_KUBECONFIG is not set: run scripts/test.sh, which starts the local cluster");
        // metrics-server drops the first sample of each container: wait for
        // figures as kubectl sees them (up to two minutes after start).
        QDeadlineTimer deadline(150000);
        Run top;
        do {
            top = KajiCliTest::runText(QStringLiteral("kubectl"), {QStringLiteral("top"), QStringLiteral("pods"), QStringLiteral("-A")});
            if (top.exitCode == 0 && top.out.count(u'\n') > 10)
                return;
            QTest::qWait(3000);
        } while (!deadline.hasExpired());
        QFAIL(qPrintable(QStringLiteral("kubectl top pods -A gives no figures: ") + top.err));
    }

    void sameAsKubectl_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nodes") << QStringList{QStringLiteral("nodes")};
        QTest::newRow("pods, all namespaces") << QStringList{QStringLiteral("pods"), QStringLiteral("-A")};
        QTest::newRow("pods of shop, per container")
            << QStringList{QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("shop"), QStringLiteral("--containers")};
        QTest::newRow("nodes by cpu") << QStringList{QStringLiteral("nodes"), QStringLiteral("--sort-by"), QStringLiteral("cpu")};
    }

    // The two commands read the metrics a moment apart; a scrape may fall in
    // between, so they are run again until both saw the same sample.
    void sameAsKubectl()
    {
        QFETCH(QStringList, arguments);
        QStringList kaji, kubectl;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const Run ours = KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE), QStringList{QStringLiteral("top")} + arguments);
            const Run theirs = KajiCliTest::runText(QStringLiteral("kubectl"), QStringList{QStringLiteral("top")} + arguments);
            QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
            QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.err));
            kaji = comparable(ours.out);
            kubectl = comparable(theirs.out);
            if (kaji == kubectl)
                break;
            QTest::qWait(2000);
        }
        QCOMPARE(kaji, kubectl);
        QVERIFY(kaji.size() > 1);
        // Figures, not placeholders: some row uses CPU.
        static const QRegularExpression busy(QStringLiteral("\\|[1-9][0-9]*m\\|"));
        QVERIFY2(kaji.filter(busy).size() > 0, qPrintable(kaji.join(u'\n')));
    }

    // jane may not list across namespaces: kubectl's 403, with the permission named.
    void forbiddenIsExplained()
    {
        const Run nodes = KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("top"), QStringLiteral("nodes"),
                                                                              QStringLiteral("--context"), QStringLiteral("kaji-restricted")});
        QCOMPARE(nodes.exitCode, 1);
        QVERIFY2(nodes.err.contains(QStringLiteral("forbidden")) && nodes.err.contains(QStringLiteral("system:aggregated-metrics-reader")),
                 qPrintable(nodes.err));
        // Her own namespace is readable.
        const Run pods = KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("top"), QStringLiteral("pods"),
                                                                             QStringLiteral("--context"), QStringLiteral("kaji-restricted")});
        QVERIFY2(pods.exitCode == 0, qPrintable(pods.err));
    }

    void usageErrors()
    {
        const Run noWhat = KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE), {QStringLiteral("top")});
        QCOMPARE(noWhat.exitCode, 2);
        const Run badSort = KajiCliTest::runText(QStringLiteral(KAJI_EXECUTABLE),
                                                 {QStringLiteral("top"), QStringLiteral("pods"), QStringLiteral("--sort-by=disk")});
        QCOMPARE(badSort.exitCode, 2);
        QVERIFY(badSort.err.contains(QStringLiteral("cpu or memory")));
    }
};

QTEST_GUILESS_MAIN(TestTopCli)
#include "tst_topcli.moc"
