#pragma once

#include "objectfacts.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>

// Pure functions; any thread.
namespace Kaji::Models {

// Reads an object's pruned fields by path: factText(fields, {"spec", "volumeName"}).
// Missing, null or mistyped values read as zero values and never throw: the
// facts come from any server, broken ones included.
const nlohmann::json &factAt(const nlohmann::json &fields, std::initializer_list<const char *> path);
QString factText(const nlohmann::json &fields, std::initializer_list<const char *> path);
// `fallback` when absent or not an integer (spec.replicas unset means 1).
qint64 factInt(const nlohmann::json &fields, std::initializer_list<const char *> path, qint64 fallback = 0);
bool factBool(const nlohmann::json &fields, std::initializer_list<const char *> path);
// metadata.annotations[key], kept only when the kind's shape keeps it.
QString annotationOf(const Kube::ObjectFacts &facts, const char *key);
// The owner reference marked controller, or null.
const Kube::OwnerReference *controllerOf(const Kube::ObjectFacts &facts);

} // namespace Kaji::Models
