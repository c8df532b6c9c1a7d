// The diff `kaji diff` prints: unified hunks as GNU diff writes them
// (compared with diff(1) itself on random texts), and the objects cleaned
// and masked as kubectl diff shows them.

#include "objectdiff.h"
#include "unifieddiff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kaji::Models;
using nlohmann::json;

namespace {

// Applies unified hunks to `before`, as patch(1) would.
QStringList patched(const QStringList &before, const QString &hunks)
{
    static const QRegularExpression header(QStringLiteral(R"(^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$)"));
    QStringList out;
    qsizetype next = 0; // first line of `before` not yet copied
    for (const QString &line : hunks.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = header.match(line);
        if (m.hasMatch()) {
            const qsizetype count = m.captured(2).isEmpty() ? 1 : m.captured(2).toLongLong();
            const qsizetype start = count == 0 ? m.captured(1).toLongLong() : m.captured(1).toLongLong() - 1;
            while (next < start)
                out << before[next++];
        } else if (line.startsWith(u' ')) {
            out << before[next++];
        } else if (line.startsWith(u'-')) {
            ++next;
        } else if (line.startsWith(u'+')) {
            out << line.mid(1);
        }
    }
    while (next < before.size())
        out << before[next++];
    return out;
}

int changedLines(const QString &hunks)
{
    int n = 0;
    for (const QString &line : hunks.split(u'\n')) {
        if ((line.startsWith(u'-') || line.startsWith(u'+')) && !line.startsWith(QLatin1String("---"))
            && !line.startsWith(QLatin1String("+++")))
            ++n;
    }
    return n;
}

QStringList randomText(QRandomGenerator &random, int lines)
{
    QStringList out;
    for (int i = 0; i < lines; ++i)
        out << QString(QChar(u'a' + char16_t(random.bounded(5))));
    return out;
}

} // namespace

class TestObjectDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hunksAsDiffWritesThem_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("expected");
        const QStringList ten = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                 QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                                 QStringLiteral("9"), QStringLiteral("10")};
        QTest::newRow("equal") << ten << ten << QString();
        QTest::newRow("new file") << QStringList() << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                  << QStringLiteral("@@ -0,0 +1,2 @@\n+a\n+b\n");
        QTest::newRow("removed file") << QStringList{QStringLiteral("a")} << QStringList()
                                      << QStringLiteral("@@ -1 +0,0 @@\n-a\n");
        QStringList middle = ten;
        middle[4] = QStringLiteral("five");
        QTest::newRow("one line changed") << ten << middle
                                          << QStringLiteral("@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
        QStringList first = ten;
        first[0] = QStringLiteral("one");
        QTest::newRow("first line") << ten << first << QStringLiteral("@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n");
        QStringList appended = ten;
        appended << QStringLiteral("11");
        QTest::newRow("appended") << ten << appended << QStringLiteral("@@ -8,3 +8,4 @@\n 8\n 9\n 10\n+11\n");
        QStringList inserted = ten;
        inserted.insert(5, QStringLiteral("new"));
        QTest::newRow("inserted") << ten << inserted << QStringLiteral("@@ -3,6 +3,7 @@\n 3\n 4\n 5\n+new\n 6\n 7\n 8\n");
        QStringList sixApart = ten;
        sixApart[0] = QStringLiteral("x");
        sixApart[7] = QStringLiteral("y");
        QTest::newRow("six lines apart: one hunk")
            << ten << sixApart << QStringLiteral("@@ -1,10 +1,10 @@\n-1\n+x\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+y\n 9\n 10\n");
        QStringList sevenApart = ten + QStringList{QStringLiteral("11")};
        QStringList sevenAfter = sevenApart;
        sevenAfter[0] = QStringLiteral("x");
        sevenAfter[8] = QStringLiteral("y");
        QTest::newRow("seven lines apart: two hunks")
            << sevenApart << sevenAfter
            << QStringLiteral("@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n@@ -6,6 +6,6 @@\n 6\n 7\n 8\n-9\n+y\n 10\n 11\n");
    }

    void hunksAsDiffWritesThem()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, expected);
        QCOMPARE(UnifiedDiff::hunks(before, after), expected);
    }

    // Against diff(1): the same number of changed lines (both scripts are
    // minimal), hunks that turn the one text into the other, and the same
    // hunk headers where the two programs chose the same script.
    void agreesWithGnuDiff()
    {
        const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
        if (diff.isEmpty())
            QSKIP("diff(1) is not installed");
        QTemporaryDir dir;
        QRandomGenerator random(20261202);
        int identical = 0;
        for (int round = 0; round < 200; ++round) {
            const QStringList before = randomText(random, random.bounded(0, 30));
            QStringList after = before;
            for (int edits = random.bounded(0, 6); edits > 0; --edits) {
                const qsizetype at = after.isEmpty() ? 0 : random.bounded(int(after.size()));
                switch (random.bounded(3)) {
                case 0: after.insert(at, randomText(random, 1).first()); break;
                case 1: if (!after.isEmpty()) after.removeAt(at); break;
                default: if (!after.isEmpty()) after[at] = randomText(random, 1).first();
                }
            }
            const QString ours = UnifiedDiff::hunks(before, after);
            QCOMPARE(patched(before, ours), after);
            for (const auto &[name, text] : {std::pair(QStringLiteral("a"), before), std::pair(QStringLiteral("b"), after)}) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::WriteOnly));
                for (const QString &line : text)
                    file.write(line.toUtf8() + '\n');
            }
            // diff's output goes to a file, not a pipe: on a loaded CI machine
            // a pipe once came back empty although diff had found changes.
            QProcess gnu;
            gnu.setStandardOutputFile(dir.filePath(QStringLiteral("out")));
            gnu.start(diff, {QStringLiteral("-u"), QStringLiteral("--minimal"), dir.filePath(QStringLiteral("a")),
                             dir.filePath(QStringLiteral("b"))});
            QVERIFY(gnu.waitForFinished(120000));
            QCOMPARE(gnu.exitStatus(), QProcess::NormalExit);
            // diff(1) exits 0 for equal texts and 1 for different ones.
            QCOMPARE(gnu.exitCode(), before == after ? 0 : 1);
            QFile output(dir.filePath(QStringLiteral("out")));
            QVERIFY(output.open(QIODevice::ReadOnly));
            QString theirs = QString::fromUtf8(output.readAll());
            theirs = theirs.mid(theirs.indexOf(QLatin1String("\n@@")) + 1);
            if (ours.isEmpty())
                theirs.clear();
            QCOMPARE(changedLines(ours), changedLines(theirs));
            identical += ours == theirs ? 1 : 0;
        }
        // Most random edits have one shortest script.
        QVERIFY2(identical > 150, qPrintable(QString::number(identical)));
    }

    void noiseDroppedAndSecretsMasked()
    {
        const json live = {{"apiVersion", "v1"}, {"kind", "Secret"},
                           {"metadata", {{"name", "db"}, {"resourceVersion", "10"}, {"generation", 1},
                                         {"managedFields", json::array({{{"manager", "kaji"}}})},
                                         {"annotations", {{"kubectl.kubernetes.io/last-applied-configuration", "{\"data\":{\"a\":\"eA==\"}}"}}}}},
                           {"data", {{"same", "eA=="}, {"changed", "b2xk"}, {"gone", "Z29uZQ=="}}}};
        json merged = live;
        merged["data"] = {{"same", "eA=="}, {"changed", "bmV3"}, {"added", "YWRk"}};
        merged["metadata"]["generation"] = 2;
        const auto [from, to] = ObjectDiff::comparable(live, merged);
        const json metadata = {{"name", "db"}, {"annotations", {{"kubectl.kubernetes.io/last-applied-configuration", "***"}}}};
        const json expectedFrom = {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", metadata},
                                   {"data", {{"same", "***"}, {"changed", "*** (before)"}, {"gone", "***"}}}};
        const json expectedTo = {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", metadata},
                                 {"data", {{"same", "***"}, {"changed", "*** (after)"}, {"added", "***"}}}};
        QVERIFY2(from == expectedFrom, from.dump().c_str());
        QVERIFY2(to == expectedTo, to.dump().c_str());
        const QString diff = ObjectDiff::unified(live, merged, QStringLiteral("v1.Secret.shop.db"));
        QVERIFY(!diff.contains(QLatin1String("b2xk")));
        QVERIFY(!diff.contains(QLatin1String("bmV3")));
        QVERIFY(!diff.contains(QLatin1String("eA==")));
        QVERIFY(!diff.contains(QLatin1String("generation")));
        QVERIFY2(diff.startsWith(QStringLiteral("diff -u -N live/v1.Secret.shop.db merged/v1.Secret.shop.db\n"
                                                "--- live/v1.Secret.shop.db\n+++ merged/v1.Secret.shop.db\n@@ ")),
                 qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("\n-  changed: \"*** (before)\"\n")));
        QVERIFY(diff.contains(QStringLiteral("\n+  changed: \"*** (after)\"\n")));
        QVERIFY(diff.contains(QStringLiteral("\n   same: \"***\"\n")));
        // Other kinds keep their values.
        const json config = {{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"data", {{"k", "v"}}}};
        QVERIFY(ObjectDiff::comparable(config, config).second == config);
    }

    void newAndUnchangedObjects()
    {
        const json object = {{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                             {"metadata", {{"name", "c"}, {"resourceVersion", "5"}}}, {"data", {{"enabled", "true"}}}};
        QCOMPARE(ObjectDiff::unified(object, object, QStringLiteral("x")), QString());
        json bumped = object;
        bumped["metadata"]["resourceVersion"] = "6";
        QCOMPARE(ObjectDiff::unified(object, bumped, QStringLiteral("x")), QString());
        const QString created = ObjectDiff::unified(json(), object, QStringLiteral("v1.ConfigMap.shop.c"));
        QCOMPARE(created, QStringLiteral("diff -u -N live/v1.ConfigMap.shop.c merged/v1.ConfigMap.shop.c\n"
                                         "--- live/v1.ConfigMap.shop.c\n+++ merged/v1.ConfigMap.shop.c\n"
                                         "@@ -0,0 +1,6 @@\n+apiVersion: v1\n+data:\n+  enabled: \"true\"\n+kind: ConfigMap\n"
                                         "+metadata:\n+  name: c\n"));
    }

    void namesAsKubectlDiff()
    {
        QCOMPARE(ObjectDiff::name(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("Deployment"),
                                  QStringLiteral("shop"), QStringLiteral("web")),
                 QStringLiteral("apps.v1.Deployment.shop.web"));
        QCOMPARE(ObjectDiff::name(QString(), QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), QStringLiteral("team")),
                 QStringLiteral("v1.Namespace..team"));
    }
};

QTEST_GUILESS_MAIN(TestObjectDiff)
#include "tst_objectdiff.moc"
