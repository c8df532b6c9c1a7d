#include "podfindingscache.h"

#include "podrules.h"
#include "rulecontext.h"

namespace Kaji::Models {

void PodFindingsCache::beginRun(const ClusterSnapshot &snapshot, const LogReader &logs)
{
    m_snapshot = &snapshot;
    m_logs = &logs;
    m_versions.clear();
    m_checked.clear();
    m_reused = 0;
    ++m_run;
}

void PodFindingsCache::finishRun()
{
    std::erase_if(m_entries, [this](const auto &item) { return item.second.seenInRun != m_run; });
    m_versions.clear();
    m_snapshot = nullptr;
    m_logs = nullptr;
}

quint64 PodFindingsCache::versionNow(const SnapshotRead &read)
{
    const auto known = m_versions.constFind(read);
    if (known != m_versions.constEnd())
        return *known;
    const quint64 version = versionOf(read, *m_snapshot, *m_logs);
    m_versions.insert(read, version);
    return version;
}

bool PodFindingsCache::stillHolds(const Entry &entry, qint64 now)
{
    if (now < entry.validFrom || now >= entry.validUntil)
        return false;
    for (const auto &[read, version] : entry.reads) {
        if (versionNow(read) != version)
            return false;
    }
    return true;
}

bool PodFindingsCache::checkState(RuleContext &context, const Json &pod)
{
    Q_ASSERT(m_snapshot == &context.snapshot);
    const Json &meta = jsonChild(pod, "metadata");
    // Views into the pod's document: a run looks up every pod, and most are
    // reused without a copy of anything.
    const std::string_view uid = jsonChild(meta, "uid").text();
    const std::string_view resourceVersion = jsonChild(meta, "resourceVersion").text();
    if (!uid.empty() && !resourceVersion.empty()) {
        const auto it = m_entries.find(uid);
        if (it != m_entries.end() && it->second.resourceVersion == resourceVersion
            && stillHolds(it->second, context.now)) {
            Entry &entry = it->second;
            entry.seenInRun = m_run;
            for (const Finding &finding : std::as_const(entry.findings))
                context.add(finding);
            ++m_reused;
            return entry.containersWalked;
        }
    }
    m_checked.append(jsonText(meta, "namespace") + u'/' + jsonText(meta, "name"));
    SnapshotReadLog log;
    const qsizetype before = context.findings.size();
    bool walked = false;
    {
        const SnapshotReadLog::Recording recording(&log);
        walked = PodRules::checkState(context, pod);
    }
    if (uid.empty() || resourceVersion.empty() || log.isVolatile()) {
        if (const auto it = m_entries.find(uid); it != m_entries.end())
            m_entries.erase(it);
        return walked;
    }
    Entry entry;
    entry.resourceVersion = resourceVersion;
    entry.validFrom = context.now;
    entry.validUntil = log.validUntil();
    entry.reads.reserve(log.reads().size());
    for (const SnapshotRead &read : log.reads())
        entry.reads.append({read, versionNow(read)});
    entry.findings = context.findings.mid(before);
    entry.containersWalked = walked;
    entry.seenInRun = m_run;
    m_entries.insert_or_assign(std::string(uid), std::move(entry));
    return walked;
}

} // namespace Kaji::Models
