#pragma once

#include "clustersnapshot.h"

#include <QHash>
#include <QSet>

#include <string>
#include <utility>
#include <vector>

// The engine's thread, one run at a time.
namespace Kaji::Models {

// {"", namespace, name} of ConfigMaps, viewing the documents that name them.
using ConfigMapNames = QSet<ClusterSnapshot::TextKey>;

// The ConfigMaps a pod spec names: its volumes (projected too), and the env
// and envFrom of all its containers.
void addConfigMapsNamed(const Json &podSpec, std::string_view namespaceName, ConfigMapNames &names);

// The ConfigMaps each pod names, kept between runs by the pod's document.
// A document never changes, and a pod that did not change keeps its
// document, so a run walks the specs of new and changed pods only. Why: a
// run walked every pod's volumes and containers, 58 of the 146 ms a run in
// which nothing changed took at 20,000 pods (kaji_bench_diagnosis).
//
// Memory: a pod costs an entry of about 40 bytes; the names are held once
// for all the pods that name the same ones (most name only their
// namespace's kube-root-ca.crt, through the service account's volume).
class PodConfigMapNames {
public:
    // Adds what `pods` name to `names` (views into this object, valid until
    // the next call); forgets the pods no longer there.
    void addAll(const std::vector<FrozenJson> &pods, ConfigMapNames &names);
    // Pods remembered, and how many of the last call's were walked.
    qsizetype size() const { return m_byPod.size(); }
    qsizetype walkedLastRun() const { return m_walked; }

private:
    using Named = std::vector<std::pair<std::string, std::string>>; // {namespace, name}, sorted
    quint32 idOf(Named named);
    void forgetUnnamed(std::vector<bool> &named);

    struct Entry {
        FrozenJson pod; // held, so that no other document takes its address while it is a key
        quint32 named = 0; // in m_named
        quint32 seenInRun = 0;
    };
    QHash<const Json *, Entry> m_byPod;
    std::vector<Named> m_named; // each distinct list once
    QHash<QByteArray, quint32> m_namedIds; // a list's text -> its place in m_named
    quint32 m_run = 0;
    qsizetype m_walked = 0;
};

} // namespace Kaji::Models
