#pragma once

#include "objectfacts.h"

#include <QString>

// Plain value; any thread.
namespace Kaji::Models {

// A coordination.k8s.io Lease as the architecture view reads it: leader
// election (kube-scheduler, kube-controller-manager), API server identity
// and the kubelet's heartbeat (kube-node-lease) all renew one.
struct LeaseFacts {
    QString holder; // spec.holderIdentity: "host_uuid" for leader election
    qint64 renewEpochSecs = 0; // spec.renewTime (or acquireTime before the first renewal)
    qint64 durationSecs = 0; // spec.leaseDurationSeconds
    qint64 transitions = 0; // spec.leaseTransitions: how often the leader changed

    static LeaseFacts read(const Kube::ObjectFacts &lease);

    // The host part of a leader's identity ("cp-1" of "cp-1_4f1c…").
    QString holderHost() const;
    // Not renewed within its duration: the holder stopped, or cannot reach
    // the API server. A Lease never renewed counts as stale.
    bool stale(qint64 nowEpochSecs) const;
    // "12s", "3m4s": time since the last renewal.
    QString age(qint64 nowEpochSecs) const;
};

} // namespace Kaji::Models
