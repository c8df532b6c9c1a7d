#include "sortranks.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kaji;
using Models::SortKey;
using Models::SortRanks;

namespace {

struct Row {
    bool isNumber = false;
    double number = 0;
    QString text;
    QString tieBreak;
};

SortKey keyOf(const Row &row)
{
    return {row.isNumber, row.number, row.text, row.tieBreak};
}

// Texts drawn from a small alphabet so that equal values, shared prefixes
// and prefixes of one another are common.
QString randomText(QRandomGenerator &random, const QString &alphabet)
{
    QString text;
    const int length = random.bounded(5);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(alphabet.size()));
    return text;
}

QList<Row> randomRows(QRandomGenerator &random, int count, const QString &alphabet)
{
    QList<Row> rows;
    for (int i = 0; i < count; ++i) {
        Row row;
        row.isNumber = random.bounded(4) == 0;
        row.number = random.bounded(5) - 2;
        row.text = randomText(random, alphabet);
        row.tieBreak = randomText(random, alphabet);
        rows << row;
    }
    return rows;
}

} // namespace

class TestSortRanks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysOrderNumbersFirstThenTextThenTieBreak()
    {
        const SortKey one{true, 1, {}, {}};
        const SortKey two{true, 2, {}, {}};
        const SortKey a{false, 0, u"a", u"z"};
        const SortKey aa{false, 0, u"aa", u"a"};
        const SortKey aTie{false, 0, u"a", u"b"};
        QVERIFY(one < two && !(two < one));
        QVERIFY(two < a && !(a < two)); // numbers before text
        QVERIFY(a < aa); // a prefix first
        QVERIFY(aTie < a && !(a < aTie)); // equal texts: by tie break
        QVERIFY(!(a < a));
    }

    // Ranks must order rows exactly as their keys do, ties included, on the
    // byte path (ASCII only) and on the UTF-16 path.
    void ranksAgreeWithKeys_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::newRow("ascii") << QStringLiteral("ab-0/");
        // U+00E9 and a surrogate pair's halves: code-unit order, as QString.
        QTest::newRow("utf-16") << QStringLiteral("a\u00e9b") + QChar(0xd83d) + QChar(0xde00) + QChar(0xff5e);
    }

    void ranksAgreeWithKeys()
    {
        QFETCH(QString, alphabet);
        QRandomGenerator random(11);
        const QList<Row> rows = randomRows(random, 400, alphabet);
        const SortRanks::KeyOf keys = [&](int row) { return keyOf(rows.at(row)); };
        SortRanks ranks;
        ranks.prepare(3, int(rows.size()), keys);
        QCOMPARE(ranks.rankedColumn(), 3);
        for (int a = 0; a < rows.size(); ++a) {
            for (int b = 0; b < rows.size(); ++b) {
                const bool expected = keys(a) < keys(b);
                if (ranks.lessThan(3, a, b, int(rows.size()), keys) != expected)
                    QFAIL(qPrintable(QStringLiteral("rows %1 and %2 ordered wrongly").arg(a).arg(b)));
            }
        }
    }

    // Comparisons go by the keys until there have been more of them than
    // rows (a whole-table sort); a change drops the ranks.
    void ranksOnlyForWholeSorts()
    {
        QRandomGenerator random(5);
        QList<Row> rows = randomRows(random, 50, QStringLiteral("abc"));
        const SortRanks::KeyOf keys = [&](int row) { return keyOf(rows.at(row)); };
        SortRanks ranks;
        for (int i = 0; i < 50; ++i)
            ranks.lessThan(1, i, (i + 1) % 50, 50, keys);
        QCOMPARE(ranks.rankedColumn(), -1);
        // Another column starts its own count.
        ranks.lessThan(2, 0, 1, 50, keys);
        ranks.lessThan(1, 0, 1, 50, keys);
        QCOMPARE(ranks.rankedColumn(), -1);
        for (int i = 0; i < 50; ++i)
            ranks.lessThan(1, i, (i + 1) % 50, 50, keys);
        QCOMPARE(ranks.rankedColumn(), 1);

        // After a change, the new value counts at once.
        rows[0] = Row{true, -100, {}, {}};
        ranks.invalidate();
        QCOMPARE(ranks.rankedColumn(), -1);
        for (int row = 1; row < 50; ++row)
            QVERIFY(ranks.lessThan(1, 0, row, 50, keys));
    }
};

QTEST_GUILESS_MAIN(TestSortRanks)
#include "tst_sortranks.moc"
