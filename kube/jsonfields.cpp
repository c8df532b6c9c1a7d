#include "jsonfields.h"

namespace Kaji::Kube {

const nlohmann::json &jsonChild(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

std::string jsonStdString(const nlohmann::json &object, const char *key)
{
    const nlohmann::json &value = jsonChild(object, key);
    return value.is_string() ? value.get<std::string>() : std::string();
}

QString jsonText(const nlohmann::json &object, const char *key)
{
    const nlohmann::json &value = jsonChild(object, key);
    return value.is_string() ? QString::fromStdString(value.get_ref<const std::string &>()) : QString();
}

qint64 jsonInt(const nlohmann::json &object, const char *key)
{
    const nlohmann::json &value = jsonChild(object, key);
    return value.is_number_integer() ? value.get<qint64>() : 0;
}

bool jsonBool(const nlohmann::json &object, const char *key)
{
    const nlohmann::json &value = jsonChild(object, key);
    return value.is_boolean() && value.get<bool>();
}

const nlohmann::json &jsonCondition(const nlohmann::json &object, const char *type)
{
    static const nlohmann::json null;
    const nlohmann::json &conditions = jsonChild(jsonChild(object, "status"), "conditions");
    if (!conditions.is_array())
        return null;
    for (const nlohmann::json &condition : conditions) {
        if (condition.is_object() && jsonStdString(condition, "type") == type)
            return condition;
    }
    return null;
}

} // namespace Kaji::Kube
