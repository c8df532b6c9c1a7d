// KAJI_TIMEOUTS: what it overrides, what it ignores, and the words a
// timeout is reported with.

#include "timeouts.h"

#include <QTest>

using namespace Kaji::Kube;

class TestTimeouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const Timeouts t = Timeouts::parse({});
        QCOMPARE(t.connectMs, 15000);
        QCOMPARE(t.requestMs, 60000);
        QCOMPARE(t.quietMs, 90000);
        QCOMPARE(t.probeMs, 10000);
        QCOMPARE(t.readMs, 300000);
    }

    void overrides()
    {
        const Timeouts t = Timeouts::parse(QStringLiteral("request=5000, quiet = 4000,probe=1500,connect=2000,read=9000"));
        QCOMPARE(t.requestMs, 5000);
        QCOMPARE(t.quietMs, 4000);
        QCOMPARE(t.probeMs, 1500);
        QCOMPARE(t.connectMs, 2000);
        QCOMPARE(t.readMs, 9000);
    }

    // A typo must not leave a wait without its bound.
    void badValuesKeepTheDefault()
    {
        const Timeouts t = Timeouts::parse(QStringLiteral("request=0,quiet=-5,probe=soon,reqest=1,connect"));
        QCOMPARE(t.requestMs, 60000);
        QCOMPARE(t.quietMs, 90000);
        QCOMPARE(t.probeMs, 10000);
        QCOMPARE(t.connectMs, 15000);
    }

    void words()
    {
        QCOMPARE(Timeouts::noAnswerWithin(60000), QStringLiteral("the server did not answer within 60 s"));
        QCOMPARE(Timeouts::noAnswerWithin(2500), QStringLiteral("the server did not answer within 3 s"));
        QCOMPARE(Timeouts::noAnswerWithin(400), QStringLiteral("the server did not answer within 0.4 s"));
    }
};

QTEST_GUILESS_MAIN(TestTimeouts)
#include "tst_timeouts.moc"
