#include "podconfigmapnames.h"

#include "rulecontext.h"

#include <algorithm>

namespace Kaji::Models {

void addConfigMapsNamed(const Json &podSpec, std::string_view namespaceName, ConfigMapNames &names)
{
    const auto add = [&](const Json &ref) {
        if (!ref.is_null())
            names.insert({{}, namespaceName, jsonChild(ref, "name").text()});
    };
    const Json &volumes = jsonChild(podSpec, "volumes");
    if (volumes.is_array()) {
        for (const Json &v : volumes) {
            add(jsonChild(v, "configMap"));
            const Json &sources = jsonChild(jsonChild(v, "projected"), "sources");
            if (sources.is_array())
                for (const Json &source : sources)
                    add(jsonChild(source, "configMap"));
        }
    }
    for (const char *list : {"containers", "initContainers", "ephemeralContainers"}) {
        const Json &containers = jsonChild(podSpec, list);
        if (!containers.is_array())
            continue;
        for (const Json &c : containers) {
            const Json &env = jsonChild(c, "env");
            if (env.is_array())
                for (const Json &e : env)
                    add(jsonChild(jsonChild(e, "valueFrom"), "configMapKeyRef"));
            const Json &envFrom = jsonChild(c, "envFrom");
            if (envFrom.is_array())
                for (const Json &e : envFrom)
                    add(jsonChild(e, "configMapRef"));
        }
    }
}

quint32 PodConfigMapNames::idOf(Named named)
{
    std::sort(named.begin(), named.end());
    QByteArray text;
    for (const auto &[ns, name] : named)
        text.append(ns.data(), qsizetype(ns.size())).append('/').append(name.data(), qsizetype(name.size())).append('\n');
    const auto known = m_namedIds.constFind(text);
    if (known != m_namedIds.constEnd())
        return *known;
    const auto id = quint32(m_named.size());
    m_named.push_back(std::move(named));
    m_namedIds.insert(text, id);
    return id;
}

// Lists no pod names any more go (pods naming ConfigMaps of their own come
// and go): the kept ones are numbered anew.
void PodConfigMapNames::forgetUnnamed(std::vector<bool> &named)
{
    std::vector<quint32> newId(m_named.size(), 0);
    std::vector<Named> kept;
    m_namedIds.clear();
    for (size_t id = 0; id < m_named.size(); ++id) {
        if (!named[id])
            continue;
        newId[id] = quint32(kept.size());
        kept.push_back(std::move(m_named[id]));
    }
    m_named.clear();
    for (Named &list : kept)
        idOf(std::move(list));
    for (Entry &entry : m_byPod)
        entry.named = newId[entry.named];
    named.assign(m_named.size(), true);
}

void PodConfigMapNames::addAll(const std::vector<FrozenJson> &pods, ConfigMapNames &names)
{
    ++m_run;
    m_walked = 0;
    std::vector<bool> named(m_named.size(), false);
    for (const FrozenJson &pod : pods) {
        auto it = m_byPod.find(&pod.root());
        if (it == m_byPod.end()) {
            ConfigMapNames own;
            addConfigMapsNamed(jsonChild(pod, "spec"), metaNamespaceText(pod), own);
            Named copied;
            copied.reserve(size_t(own.size()));
            for (const ClusterSnapshot::TextKey &key : std::as_const(own))
                copied.emplace_back(key.namespaceName, key.name);
            it = m_byPod.insert(&pod.root(), Entry{pod, idOf(std::move(copied)), 0});
            named.resize(m_named.size(), false);
            ++m_walked;
        }
        it->seenInRun = m_run;
        named[it->named] = true;
    }
    m_byPod.removeIf([this](const auto &item) { return item.value().seenInRun != m_run; });
    if (m_named.size() > 64 && size_t(std::count(named.begin(), named.end(), true)) < m_named.size() / 2)
        forgetUnnamed(named);
    for (size_t id = 0; id < named.size(); ++id) {
        if (!named[id])
            continue;
        for (const auto &[ns, name] : m_named[id])
            names.insert({{}, ns, name});
    }
}

} // namespace Kaji::Models
