#pragma once

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Models {

// The lines a usage chart draws against: what a pod asked for and may use
// at most (summed over its app containers), or what a node can give pods.
// A line is absent when any container leaves it open (no limit means no
// ceiling, not a ceiling of the others' sum).
struct ResourceLines {
    std::optional<qint64> cpuRequestMillis, cpuLimitMillis;
    std::optional<qint64> memoryRequestBytes, memoryLimitBytes;
};

ResourceLines podResourceLines(const nlohmann::json &pod);
// Allocatable as the limit lines; capacity is not what pods may use.
ResourceLines nodeResourceLines(const nlohmann::json &node);
// The same for one container of a pod.
ResourceLines containerResourceLines(const nlohmann::json &pod, const QString &container);

} // namespace Kaji::Models
