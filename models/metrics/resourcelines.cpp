#include "resourcelines.h"

#include "usagequantity.h"

#include <QString>

namespace Kaji::Models {
namespace {

std::optional<qint64> cpuMillisOf(const nlohmann::json &list)
{
    const auto it = list.find("cpu");
    if (it == list.end() || !it->is_string())
        return std::nullopt;
    const auto nanos = Kube::cpuNanocores(it->get_ref<const std::string &>());
    return nanos ? std::optional(Kube::nanocoresToMillis(*nanos)) : std::nullopt;
}

std::optional<qint64> bytesOf(const nlohmann::json &list)
{
    const auto it = list.find("memory");
    if (it == list.end() || !it->is_string())
        return std::nullopt;
    return Kube::memoryBytes(it->get_ref<const std::string &>());
}

// Sums a field over containers; absent as soon as one container lacks it.
void addTo(std::optional<qint64> &sum, bool &open, std::optional<qint64> value)
{
    if (!value) {
        open = true;
        sum.reset();
        return;
    }
    if (!open)
        sum = sum.value_or(0) + *value;
}

ResourceLines linesOf(const nlohmann::json &resources)
{
    ResourceLines lines;
    if (!resources.is_object())
        return lines;
    const nlohmann::json requests = resources.value("requests", nlohmann::json::object());
    const nlohmann::json limits = resources.value("limits", nlohmann::json::object());
    lines.cpuRequestMillis = cpuMillisOf(requests);
    lines.memoryRequestBytes = bytesOf(requests);
    lines.cpuLimitMillis = cpuMillisOf(limits);
    lines.memoryLimitBytes = bytesOf(limits);
    // A limit alone sets the request to it, as the API server defaults it.
    if (!lines.cpuRequestMillis)
        lines.cpuRequestMillis = lines.cpuLimitMillis;
    if (!lines.memoryRequestBytes)
        lines.memoryRequestBytes = lines.memoryLimitBytes;
    return lines;
}

const nlohmann::json &containersOf(const nlohmann::json &pod)
{
    static const nlohmann::json none = nlohmann::json::array();
    const auto spec = pod.find("spec");
    if (spec == pod.end() || !spec->is_object())
        return none;
    const auto containers = spec->find("containers");
    return containers != spec->end() && containers->is_array() ? *containers : none;
}

} // namespace

ResourceLines podResourceLines(const nlohmann::json &pod)
{
    ResourceLines sum;
    bool cpuRequestOpen = false, cpuLimitOpen = false, memoryRequestOpen = false, memoryLimitOpen = false;
    const nlohmann::json &containers = containersOf(pod);
    if (containers.empty())
        return sum;
    for (const nlohmann::json &c : containers) {
        const ResourceLines one = linesOf(c.value("resources", nlohmann::json::object()));
        addTo(sum.cpuRequestMillis, cpuRequestOpen, one.cpuRequestMillis);
        addTo(sum.cpuLimitMillis, cpuLimitOpen, one.cpuLimitMillis);
        addTo(sum.memoryRequestBytes, memoryRequestOpen, one.memoryRequestBytes);
        addTo(sum.memoryLimitBytes, memoryLimitOpen, one.memoryLimitBytes);
    }
    return sum;
}

ResourceLines containerResourceLines(const nlohmann::json &pod, const QString &container)
{
    for (const nlohmann::json &c : containersOf(pod)) {
        if (QString::fromStdString(c.value("name", std::string())) == container)
            return linesOf(c.value("resources", nlohmann::json::object()));
    }
    return {};
}

ResourceLines nodeResourceLines(const nlohmann::json &node)
{
    ResourceLines lines;
    const auto status = node.find("status");
    if (status == node.end() || !status->is_object())
        return lines;
    const nlohmann::json allocatable = status->value("allocatable", nlohmann::json::object());
    lines.cpuLimitMillis = cpuMillisOf(allocatable);
    lines.memoryLimitBytes = bytesOf(allocatable);
    return lines;
}

} // namespace Kaji::Models
