#include "podrequests.h"

#include "quantity.h"

#include <QString>

namespace Kaji::Models {

ResourceRequests PodRequests::of(const Json &podSpec)
{
    ResourceRequests sum, init;
    const Json &containers = jsonChild(podSpec, "containers");
    if (containers.is_array())
        for (const Json &c : containers) {
            const ResourceRequests r = ofContainer(c);
            sum.cpuMillis += r.cpuMillis;
            sum.memoryBytes += r.memoryBytes;
        }
    const Json &inits = jsonChild(podSpec, "initContainers");
    if (inits.is_array())
        for (const Json &c : inits) {
            const ResourceRequests r = ofContainer(c);
            init = {qMax(init.cpuMillis, r.cpuMillis), qMax(init.memoryBytes, r.memoryBytes)};
        }
    return {qMax(sum.cpuMillis, init.cpuMillis), qMax(sum.memoryBytes, init.memoryBytes)};
}

ResourceRequests PodRequests::ofContainer(const Json &container)
{
    const Json &requests = jsonChild(jsonChild(container, "resources"), "requests");
    return {parsed(m_cpu, jsonChild(requests, "cpu").text(), cpuMillis),
            parsed(m_memory, jsonChild(requests, "memory").text(), memoryBytes)};
}

qint64 PodRequests::parsed(Memo &known, std::string_view text, qint64 (*parse)(const QString &))
{
    if (text.empty())
        return 0;
    const auto it = known.find(text);
    if (it != known.end())
        return it->second;
    const qint64 value = qMax<qint64>(0, parse(QString::fromUtf8(text.data(), qsizetype(text.size()))));
    known.emplace(std::string(text), value);
    return value;
}

ResourceRequests NodeRequests::on(std::string_view node) const
{
    const auto it = m_byNode.find(node);
    return it == m_byNode.end() ? ResourceRequests() : it->second;
}

void NodeRequests::count(const Json &pod, int sign)
{
    const std::string_view node = jsonChild(jsonChild(pod, "spec"), "nodeName").text();
    const std::string_view phase = jsonChild(jsonChild(pod, "status"), "phase").text();
    if (node.empty() || phase == "Succeeded" || phase == "Failed")
        return;
    const ResourceRequests asked = m_requests.of(jsonChild(pod, "spec"));
    auto it = m_byNode.find(node);
    if (it == m_byNode.end())
        it = m_byNode.emplace(std::string(node), ResourceRequests()).first;
    it->second.cpuMillis += sign * asked.cpuMillis;
    it->second.memoryBytes += sign * asked.memoryBytes;
    if (it->second == ResourceRequests())
        m_byNode.erase(it); // a node's last pod went: nothing is kept for names gone
}

} // namespace Kaji::Models
