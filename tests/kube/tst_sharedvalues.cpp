// Equal values held once (SharedValues), and the pod store's records
// sharing what they repeat through it without one record's change reaching
// another.

#include "podrecord.h"
#include "recordset.h"
#include "sharedvalues.h"

#include <QTest>

using namespace Kaji::Kube;

namespace {

// A string made at run time, as a parsed one is: a heap block of its own.
QString made(const char *text)
{
    return QString::fromLatin1(text) + QString();
}

PodRecord pod(const char *name, const char *app, const char *zone)
{
    PodRecord record;
    record.namespaceName = made("shop");
    record.name = made(name);
    record.resourceVersion = made("1");
    record.phase = made("Running");
    record.status.status = made("Running");
    record.controllerKind = made("ReplicaSet");
    record.controllerName = made("web-5d8f");
    record.ownerUids = {made("uid-of-web-5d8f")};
    record.labels = {{made("app"), made(app)}, {made("zone"), made(zone)}};
    return record;
}

} // namespace

class TestSharedValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void equalValuesShareOneBlock()
    {
        SharedValues<QString> pool;
        QString first = made("Running"), second = made("Running"), other = made("Pending");
        QVERIFY(first.constData() != second.constData());
        pool.share(first);
        pool.share(second);
        pool.share(other);
        QCOMPARE(second, QStringLiteral("Running"));
        QCOMPARE(second.constData(), first.constData());
        QVERIFY(other.constData() != first.constData());
        QCOMPARE(pool.size(), 2);

        QString empty;
        pool.share(empty);
        QVERIFY(empty.isNull());
        QCOMPARE(pool.size(), 2);
    }

    void valuesNothingHoldsAreLetGo()
    {
        SharedValues<QString> pool;
        QString kept = made("kept");
        pool.share(kept);
        for (int i = 0; i < 10000; ++i) {
            QString passing = QString::number(i) + QString();
            pool.share(passing); // held by nothing once this iteration ends
        }
        // Sweeps whenever the pool doubles: never more than twice what is
        // held, with a floor.
        QVERIFY2(pool.size() <= 130, qPrintable(QString::number(pool.size())));
        QString again = made("kept");
        pool.share(again);
        QCOMPARE(again.constData(), kept.constData());
    }

    void podsOfOneTemplateShareTheirLists()
    {
        RecordSet<PodRecord> set;
        set.beginList();
        set.listed(pod("web-1", "web", "a"));
        set.listed(pod("web-2", "web", "a"));
        set.listed(pod("web-3", "web", "b"));
        set.endList();
        const PodRecord &one = *set.items().value(QStringLiteral("shop/web-1"));
        const PodRecord &two = *set.items().value(QStringLiteral("shop/web-2"));
        const PodRecord &three = *set.items().value(QStringLiteral("shop/web-3"));
        QCOMPARE(two.labels.constData(), one.labels.constData());
        QVERIFY(three.labels.constData() != one.labels.constData()); // another zone
        QCOMPARE(three.labels.at(0).second.constData(), one.labels.at(0).second.constData());
        QCOMPARE(two.ownerUids.constData(), one.ownerUids.constData());
        for (const PodRecord *record : {&two, &three}) {
            QCOMPARE(record->phase.constData(), one.phase.constData());
            QCOMPARE(record->status.status.constData(), one.status.status.constData());
            QCOMPARE(record->controllerKind.constData(), one.controllerKind.constData());
            QCOMPARE(record->controllerName.constData(), one.controllerName.constData());
        }
        QVERIFY(one.name.constData() != two.name.constData());

        // A relabelled pod gets a list of its own; the others keep theirs,
        // and the index follows both.
        set.upsert(pod("web-2", "shop-web", "a"));
        const PodRecord &relabelled = *set.items().value(QStringLiteral("shop/web-2"));
        QCOMPARE(relabelled.labels.at(0).second, QStringLiteral("shop-web"));
        QCOMPARE(one.labels.at(0).second, QStringLiteral("web"));
        QCOMPARE(set.keysMatching(LabelSelector::parse(QStringLiteral("app=web")).value(), QStringLiteral("shop")),
                 (QSet<QString>{QStringLiteral("shop/web-1"), QStringLiteral("shop/web-3")}));
    }
};

QTEST_GUILESS_MAIN(TestSharedValues)
#include "tst_sharedvalues.moc"
