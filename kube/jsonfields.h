#pragma once

#include <QString>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Kube {

// Reads fields of API objects that may be missing, null or of another type
// (a broken server, a fuzzer, a future API version): the zero value then,
// as Go's decoder gives, and never an exception.
const nlohmann::json &jsonChild(const nlohmann::json &object, const char *key);
QString jsonText(const nlohmann::json &object, const char *key);
std::string jsonStdString(const nlohmann::json &object, const char *key);
qint64 jsonInt(const nlohmann::json &object, const char *key);
bool jsonBool(const nlohmann::json &object, const char *key);
// The entry of status.conditions of the given type, or null.
const nlohmann::json &jsonCondition(const nlohmann::json &object, const char *type);

} // namespace Kaji::Kube
