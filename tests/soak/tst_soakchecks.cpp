// The soak run's verdicts: numbered-line gaps and repeats, the RSS slope,
// and the store-versus-API comparison under churn. The soak itself runs
// only by hand (tests/soak/soak.sh); these prove that what it reports
// follows from what it saw.

#include "soakchecks.h"

#include <QtTest>

using namespace KajiSoak;

class TstSoakChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numberInLine()
    {
        QCOMPARE(NumberedLines::numberIn("2026-12-03T10:00:00Z kaji-soak seq=4711 x", "kaji-soak seq="), 4711);
        QCOMPARE(NumberedLines::numberIn("kaji-soak seq=", "kaji-soak seq="), -1);
        QCOMPARE(NumberedLines::numberIn("GET /healthz 200", "kaji-soak seq="), -1);
    }

    void everyLineOnceIsClean()
    {
        NumberedLines lines;
        for (qint64 n = 1; n <= 1000; ++n)
            lines.seen(n);
        const NumberedLines::Summary s = lines.check(1000);
        QVERIFY(s.ok());
        QCOMPARE(s.received, 1000);
    }

    void gapsRepeatsAndStrangers()
    {
        NumberedLines lines;
        for (qint64 n : {1, 2, 3, 5, 6, 6, 7, 4, 9, 12})
            lines.seen(n);
        const NumberedLines::Summary s = lines.check(10);
        QVERIFY(!s.ok());
        QCOMPARE(s.lost, 2); // 8 and 10
        QCOMPARE(s.firstLost, 8);
        QCOMPARE(s.duplicated, 1);
        QCOMPARE(s.firstDuplicated, 6);
        QCOMPARE(s.outOfOrder, 1); // 4, after 7 (a repeated 6 is a duplicate, not disorder)
        QCOMPARE(s.unexpected, 1); // 12 was never written
    }

    void lostAtTheEnd()
    {
        NumberedLines lines;
        lines.seen(1);
        QCOMPARE(lines.check(3).lost, 2);
        QCOMPARE(lines.check(1).lost, 0);
        NumberedLines restarted; // a view that started over at 5
        for (qint64 n = 5; n <= 8; ++n)
            restarted.seen(n);
        QCOMPARE(restarted.check(8, 5).lost, 0);
        QCOMPARE(restarted.check(8).lost, 4);
    }

    void slope()
    {
        std::vector<std::pair<double, double>> flat, rising, noisy;
        for (int i = 0; i <= 360; ++i) {
            const double t = i * 10.0; // an hour of samples every 10 s
            flat.push_back({t, 200});
            rising.push_back({t, 200 + t / 3600 * 12}); // 12 MiB per hour
            noisy.push_back({t, 200 + (i % 2 ? 3 : -3)});
        }
        QCOMPARE(slopePerHour(flat), 0.0);
        QVERIFY(qAbs(slopePerHour(rising) - 12) < 1e-9);
        QVERIFY(qAbs(slopePerHour(noisy)) < 0.5);
        QCOMPARE(slopePerHour({}), 0.0);
        QCOMPARE(slopePerHour({{5, 1}, {5, 9}}), 0.0);
        const auto half = secondHalf(rising);
        QCOMPARE(half.front().first, 1800.0);
        QCOMPARE(half.size(), size_t(181));
        QVERIFY(qAbs(slopePerHour(half) - 12) < 1e-9);
    }

    void quietClusterNeedsEquality()
    {
        Listing api;
        api.resourceVersion = 100;
        api.objects = {{QStringLiteral("a/p1"), {QStringLiteral("u1"), 50}}, {QStringLiteral("a/p2"), {QStringLiteral("u2"), 60}}};
        QVERIFY(compareStore(api.objects, api, api).none());

        ObjectMap older = api.objects;
        older[QStringLiteral("a/p2")].resourceVersion = 55;
        QCOMPARE(compareStore(older, api, api).stale, QStringList{QStringLiteral("a/p2")});

        ObjectMap withGhost = api.objects;
        withGhost.insert(QStringLiteral("a/gone"), {QStringLiteral("u9"), 40});
        QCOMPARE(compareStore(withGhost, api, api).ghosts, QStringList{QStringLiteral("a/gone")});

        ObjectMap without = api.objects;
        without.remove(QStringLiteral("a/p1"));
        QCOMPARE(compareStore(without, api, api).missing, QStringList{QStringLiteral("a/p1")});

        ObjectMap otherUid = api.objects;
        otherUid[QStringLiteral("a/p1")].uid = QStringLiteral("u7");
        QCOMPARE(compareStore(otherUid, api, api).impossible, QStringList{QStringLiteral("a/p1")});
    }

    void churnWithinTheWindowIsNoDivergence()
    {
        Listing before, after;
        before.resourceVersion = 100;
        before.objects = {{QStringLiteral("a/kept"), {QStringLiteral("u1"), 50}},
                          {QStringLiteral("a/changed"), {QStringLiteral("u2"), 90}},
                          {QStringLiteral("a/deleted"), {QStringLiteral("u3"), 95}},
                          {QStringLiteral("a/recreated"), {QStringLiteral("u4"), 70}}};
        after.resourceVersion = 130;
        after.objects = {{QStringLiteral("a/kept"), {QStringLiteral("u1"), 50}},
                         {QStringLiteral("a/changed"), {QStringLiteral("u2"), 120}},
                         {QStringLiteral("a/created"), {QStringLiteral("u5"), 110}},
                         {QStringLiteral("a/recreated"), {QStringLiteral("u6"), 125}}};
        // The store is somewhere in the window: 'changed' at a version the
        // API held in between, 'deleted' already gone, 'created' not yet
        // there, 'recreated' still the old incarnation.
        const ObjectMap shown = {{QStringLiteral("a/kept"), {QStringLiteral("u1"), 50}},
                                 {QStringLiteral("a/changed"), {QStringLiteral("u2"), 105}},
                                 {QStringLiteral("a/recreated"), {QStringLiteral("u4"), 70}}};
        QVERIFY2(compareStore(shown, before, after).none(), qPrintable(compareStore(shown, before, after).summary()));
        // A deletion seen, then a creation not yet seen: fine as well.
        ObjectMap later = shown;
        later.insert(QStringLiteral("a/created"), {QStringLiteral("u5"), 110});
        later.insert(QStringLiteral("a/deleted"), {QStringLiteral("u3"), 95});
        QVERIFY(compareStore(later, before, after).none());
    }

    void churnDoesNotHideRealDivergence()
    {
        Listing before, after;
        before.resourceVersion = 100;
        before.objects = {{QStringLiteral("a/kept"), {QStringLiteral("u1"), 50}},
                          {QStringLiteral("a/changed"), {QStringLiteral("u2"), 90}}};
        after = before;
        after.resourceVersion = 130;
        after.objects[QStringLiteral("a/changed")].resourceVersion = 120;
        const ObjectMap shown = {{QStringLiteral("a/changed"), {QStringLiteral("u2"), 80}}, // missed an update before R1
                                 {QStringLiteral("a/old"), {QStringLiteral("u8"), 99}}}; // deleted before R1
        const Divergence d = compareStore(shown, before, after);
        QCOMPARE(d.stale, QStringList{QStringLiteral("a/changed")});
        QCOMPARE(d.ghosts, QStringList{QStringLiteral("a/old")});
        QCOMPARE(d.missing, QStringList{QStringLiteral("a/kept")});
        QCOMPARE(d.count(), 3);
        QVERIFY(d.summary().contains(QStringLiteral("1 missing (a/kept)")));
        // Ahead of the API at the window's end cannot be.
        const ObjectMap ahead = {{QStringLiteral("a/kept"), {QStringLiteral("u1"), 50}},
                                 {QStringLiteral("a/changed"), {QStringLiteral("u2"), 125}}};
        QCOMPARE(compareStore(ahead, before, after).impossible, QStringList{QStringLiteral("a/changed")});
    }
};

QTEST_GUILESS_MAIN(TstSoakChecks)
#include "tst_soakchecks.moc"
