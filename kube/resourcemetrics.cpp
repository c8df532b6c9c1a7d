#include "resourcemetrics.h"

#include "jsonscan.h"
#include "usagequantity.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace Kaji::Kube {
namespace {

// Reads {"cpu": "...", "memory": "..."}; false when a present quantity is unreadable.
bool readUsage(JsonScan::Value value, Usage &usage)
{
    bool readable = true;
    JsonScan::forFields(value, [&](std::string_view key, JsonScan::Value v) {
        if (key == "cpu") {
            const auto cpu = cpuNanocores(JsonScan::view(v));
            readable = readable && cpu.has_value();
            usage.cpuNanocores = cpu.value_or(0);
        } else if (key == "memory") {
            const auto memory = memoryBytes(JsonScan::view(v));
            readable = readable && memory.has_value();
            usage.memoryBytes = memory.value_or(0);
        }
    });
    return readable;
}

void readMetadata(JsonScan::Value value, QString &namespaceName, QString &name)
{
    JsonScan::forFields(value, [&](std::string_view key, JsonScan::Value v) {
        if (key == "name")
            name = JsonScan::text(v);
        else if (key == "namespace")
            namespaceName = JsonScan::text(v);
    });
}

// Calls f(item) for each item of a list body; false when the body is not JSON.
template<typename F>
bool forItems(const QByteArray &json, F &&f)
{
    return JsonScan::forListItems(json, f);
}

} // namespace

Usage PodUsage::total() const
{
    Usage sum;
    for (const ContainerUsage &c : containers) {
        sum.cpuNanocores += c.usage.cpuNanocores;
        sum.memoryBytes += c.usage.memoryBytes;
    }
    return sum;
}

qint64 durationMs(std::string_view text)
{
    // Go's time.Duration.String(): [h][m]s with a decimal fraction, or ms/µs/ns.
    double total = 0;
    std::string rest(text);
    const char *p = rest.c_str();
    while (*p) {
        char *end = nullptr;
        const double number = std::strtod(p, &end);
        if (end == p)
            return 0;
        p = end;
        double unit = 0;
        if (p[0] == 'h') {
            unit = 3'600'000;
            p += 1;
        } else if (p[0] == 'm' && p[1] == 's') {
            unit = 1;
            p += 2;
        } else if (p[0] == 'm') {
            unit = 60'000;
            p += 1;
        } else if (p[0] == 's') {
            unit = 1000;
            p += 1;
        } else if (p[0] == 'n' && p[1] == 's') {
            unit = 1e-6;
            p += 2;
        } else if ((p[0] == 'u' && p[1] == 's')) {
            unit = 1e-3;
            p += 2;
        } else if (std::string_view(p).substr(0, 3) == "\xC2\xB5s") { // µs
            unit = 1e-3;
            p += 3;
        } else {
            return 0;
        }
        total += number * unit;
    }
    return qint64(std::llround(total));
}

std::optional<NodeUsageList> decodeNodeMetrics(const QByteArray &json)
{
    NodeUsageList list;
    const bool parsed = forItems(json, [&](JsonScan::Value item) {
        NodeUsage node;
        bool readable = true;
        JsonScan::forFields(item, [&](std::string_view key, JsonScan::Value v) {
            if (key == "metadata") {
                QString unusedNamespace;
                readMetadata(v, unusedNamespace, node.name);
            } else if (key == "timestamp") {
                node.timestampSecs = JsonScan::epochSecs(v);
            } else if (key == "window") {
                node.windowMs = durationMs(JsonScan::view(v));
            } else if (key == "usage") {
                readable = readUsage(v, node.usage);
            }
        });
        list.unreadable += readable ? 0 : 1;
        list.items.append(std::move(node));
    });
    if (!parsed)
        return std::nullopt;
    return list;
}

std::optional<PodUsageList> decodePodMetrics(const QByteArray &json)
{
    PodUsageList list;
    const bool parsed = forItems(json, [&](JsonScan::Value item) {
        PodUsage pod;
        bool readable = true;
        JsonScan::forFields(item, [&](std::string_view key, JsonScan::Value v) {
            if (key == "metadata") {
                readMetadata(v, pod.namespaceName, pod.name);
            } else if (key == "timestamp") {
                pod.timestampSecs = JsonScan::epochSecs(v);
            } else if (key == "window") {
                pod.windowMs = durationMs(JsonScan::view(v));
            } else if (key == "containers") {
                JsonScan::forItems(v, [&](JsonScan::Value c) {
                    ContainerUsage container;
                    JsonScan::forFields(c, [&](std::string_view ck, JsonScan::Value cv) {
                        if (ck == "name")
                            container.name = JsonScan::text(cv);
                        else if (ck == "usage")
                            readable = readUsage(cv, container.usage) && readable;
                    });
                    pod.containers.append(std::move(container));
                });
            }
        });
        list.unreadable += readable ? 0 : 1;
        list.items.append(std::move(pod));
    });
    if (!parsed)
        return std::nullopt;
    return list;
}

} // namespace Kaji::Kube
