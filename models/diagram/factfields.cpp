#include "factfields.h"

#include "jsonfields.h"

namespace Kaji::Models {

const nlohmann::json &factAt(const nlohmann::json &fields, std::initializer_list<const char *> path)
{
    const nlohmann::json *value = &fields;
    for (const char *key : path)
        value = &Kube::jsonChild(*value, key);
    return *value;
}

QString factText(const nlohmann::json &fields, std::initializer_list<const char *> path)
{
    const nlohmann::json &value = factAt(fields, path);
    return value.is_string() ? QString::fromStdString(value.get_ref<const std::string &>()) : QString();
}

qint64 factInt(const nlohmann::json &fields, std::initializer_list<const char *> path, qint64 fallback)
{
    const nlohmann::json &value = factAt(fields, path);
    return value.is_number_integer() ? value.get<qint64>() : fallback;
}

bool factBool(const nlohmann::json &fields, std::initializer_list<const char *> path)
{
    const nlohmann::json &value = factAt(fields, path);
    return value.is_boolean() && value.get<bool>();
}

QString annotationOf(const Kube::ObjectFacts &facts, const char *key)
{
    return factText(facts.fields, {"metadata", "annotations", key});
}

const Kube::OwnerReference *controllerOf(const Kube::ObjectFacts &facts)
{
    for (const Kube::OwnerReference &owner : facts.owners) {
        if (owner.controller)
            return &owner;
    }
    return nullptr;
}

} // namespace Kaji::Models
