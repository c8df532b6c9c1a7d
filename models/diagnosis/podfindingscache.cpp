#include "podfindingscache.h"

#include "podrules.h"
#include "rulecontext.h"

#include <algorithm>
#include <functional>

namespace Kaji::Models {

PodFindingsCache::PodUid PodFindingsCache::uidOf(std::string_view uid)
{
    // The API server's uids are UUIDs: 32 hex digits in 8-4-4-4-12.
    PodUid out;
    bool canonical = uid.size() == 36;
    int digits = 0;
    for (size_t at = 0; canonical && at < uid.size(); ++at) {
        const char c = uid[at];
        if (at == 8 || at == 13 || at == 18 || at == 23) {
            canonical = c == '-';
            continue;
        }
        const int value = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'             ? c - 'a' + 10
            : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                               : -1;
        quint64 &half = digits++ < 16 ? out.high : out.low;
        half = (half << 4) | quint64(value);
        canonical = value >= 0;
    }
    if (canonical)
        return out;
    // Any other text (fixtures): two unrelated hashes of it.
    return {std::hash<std::string_view>{}(uid), qHash(QByteArrayView(uid.data(), qsizetype(uid.size())), 0x5bd1e995)};
}

quint64 PodFindingsCache::versionNumberOf(std::string_view resourceVersion)
{
    // etcd's revisions are decimal numbers; another store's text is hashed,
    // with the top bit set so that it never equals a number.
    constexpr quint64 Hashed = quint64(1) << 63;
    quint64 number = 0;
    if (!resourceVersion.empty() && resourceVersion.size() <= 18
        && std::ranges::all_of(resourceVersion, [&](char c) {
               number = number * 10 + quint64(c - '0');
               return c >= '0' && c <= '9';
           }))
        return number;
    return std::hash<std::string_view>{}(resourceVersion) | Hashed;
}

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
    m_entries.removeIf([this](const auto &item) { return item.value().seenInRun != m_run; });
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
    if (!entry.details)
        return true;
    for (const auto &[read, version] : entry.details->reads) {
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
    const PodUid key = uidOf(uid);
    if (!uid.empty() && !resourceVersion.empty()) {
        const auto it = m_entries.find(key);
        if (it != m_entries.end() && it->resourceVersion == versionNumberOf(resourceVersion)
            && stillHolds(*it, context.now)) {
            Entry &entry = *it;
            entry.seenInRun = m_run;
            if (entry.details) {
                for (const Finding &finding : entry.details->findings)
                    context.add(finding);
            }
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
        m_entries.remove(key);
        return walked;
    }
    Entry entry;
    entry.resourceVersion = versionNumberOf(resourceVersion);
    entry.validFrom = context.now;
    entry.validUntil = log.validUntil();
    if (!log.reads().isEmpty() || context.findings.size() > before) {
        auto details = std::make_shared<Details>();
        details->reads.reserve(log.reads().size());
        for (const SnapshotRead &read : log.reads())
            details->reads.append({read, versionNow(read)});
        details->findings = context.findings.mid(before);
        entry.details = std::move(details);
    }
    entry.containersWalked = walked;
    entry.seenInRun = m_run;
    m_entries.insert(key, std::move(entry));
    return walked;
}

} // namespace Kaji::Models
