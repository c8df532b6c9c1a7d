// TextFinder answers as QStringView::contains(…, Qt::CaseInsensitive) does,
// for ASCII texts (its own search) and any other (Qt's), including cells
// with characters that fold into ASCII.

#include "textfinder.h"

#include <QRandomGenerator>
#include <QTest>

using Kaji::Models::TextFinder;

namespace {

bool qtSays(const QString &cell, const QString &text)
{
    return QStringView(cell).contains(text, Qt::CaseInsensitive);
}

// Mostly the letters of a table's cells, now and then a character that
// folds into ASCII (the Kelvin sign, the long s), an accented one, a
// Japanese one or a surrogate pair.
QString randomText(QRandomGenerator &random, int maxLength)
{
    static const QString alphabet = QStringLiteral("aAbBkKsS-0179./ ") + QChar(0x212A) + QChar(0x017F)
        + QChar(0x00E9) + QChar(0x00C9) + QChar(0x30DD);
    QString text;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i) {
        if (random.bounded(40) == 0)
            text += QString::fromUcs4(U"\U00010400"); // Deseret: folds within its plane
        else
            text += alphabet.at(random.bounded(alphabet.size()));
    }
    return text;
}

} // namespace

class TestTextFinder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answersAsQtDoes_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty text") << QStringLiteral("web-1") << QString() << true;
        QTest::newRow("empty cell") << QString() << QStringLiteral("a") << false;
        QTest::newRow("case") << QStringLiteral("CrashLoopBackOff") << QStringLiteral("loopback") << true;
        QTest::newRow("at the end") << QStringLiteral("web-17") << QStringLiteral("-17") << true;
        QTest::newRow("longer than the cell") << QStringLiteral("web") << QStringLiteral("web-") << false;
        QTest::newRow("partial then whole") << QStringLiteral("aab") << QStringLiteral("ab") << true;
        QTest::newRow("Kelvin sign in the cell") << (QStringLiteral("o") + QChar(0x212A)) << QStringLiteral("ok")
                                                 << qtSays(QStringLiteral("o") + QChar(0x212A), QStringLiteral("ok"));
        QTest::newRow("accented text") << QStringLiteral("CAFÉ") << QStringLiteral("café") << true;
        QTest::newRow("Japanese") << QStringLiteral("ポッド-1") << QStringLiteral("ド-1") << true;
    }

    void answersAsQtDoes()
    {
        QFETCH(QString, cell);
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(TextFinder(text).foundIn(cell), found);
        QCOMPARE(TextFinder(text).foundIn(cell), qtSays(cell, text));
    }

    // The Kelvin sign folds into "k" in Qt's search: a cell holding it is
    // found by "k", as Qt finds it. Without the hand-over this fails.
    void charactersThatFoldIntoAsciiAreFound()
    {
        const QString cell = QStringLiteral("node-") + QChar(0x212A) + QStringLiteral("8s");
        QVERIFY(qtSays(cell, QStringLiteral("k8s")));
        QVERIFY(TextFinder(QStringLiteral("k8s")).foundIn(cell));
        QVERIFY(TextFinder(QStringLiteral("K8S")).foundIn(cell));
    }

    void randomCellsAndTexts()
    {
        QRandomGenerator random(2112);
        for (int round = 0; round < 200'000; ++round) {
            const QString cell = randomText(random, 12);
            const QString text = randomText(random, 3);
            QVERIFY2(TextFinder(text).foundIn(cell) == qtSays(cell, text),
                     qPrintable(QStringLiteral("\"%1\" in \"%2\"").arg(text, cell)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextFinder)
#include "tst_textfinder.moc"
