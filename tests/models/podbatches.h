#pragma once

// Pods and change batches for the Pods table's tests, as the PodStore hands
// them to the model.

#include "podstore.h"

#include <QRandomGenerator>

namespace KajiTest {

inline Kaji::Kube::PodChangeBatchPtr podBatch(bool reset, QList<Kaji::Kube::PodRecord> upserted,
                                              QStringList removed = {})
{
    auto b = QSharedPointer<Kaji::Kube::PodChangeBatch>::create();
    b->reset = reset;
    b->upserted = Kaji::Kube::sharedRecords(std::move(upserted));
    b->removed = std::move(removed);
    return b;
}

// A pod of five namespaces, nine nodes and four statuses; names share
// prefixes ("pod-7-…") and restarts tie often, as a sort and a filter meet
// them in a real table.
inline Kaji::Kube::PodRecord randomPod(QRandomGenerator &random, int serial)
{
    Kaji::Kube::PodRecord record;
    record.namespaceName = QStringLiteral("ns-%1").arg(random.bounded(5));
    record.name = QStringLiteral("pod-%1-%2").arg(random.bounded(40)).arg(serial);
    record.status.status = QStringList{QStringLiteral("Running"), QStringLiteral("Pending"),
                                       QStringLiteral("CrashLoopBackOff"), QStringLiteral("Init:0/2")}
                               .at(random.bounded(4));
    record.status.totalContainers = 1 + random.bounded(3);
    record.status.readyContainers = random.bounded(record.status.totalContainers + 1);
    record.status.restarts = random.bounded(12);
    record.createdEpochSecs = 1000 + random.bounded(500);
    record.podIp = QStringLiteral("10.0.%1.%2").arg(random.bounded(3)).arg(random.bounded(250));
    record.nodeName = QStringLiteral("node-%1").arg(random.bounded(9));
    return record;
}

} // namespace KajiTest
