#pragma once

// Compares a FrozenJson value with the nlohmann::json tree it was made
// from: shared by tst_frozenjson and the fuzz_frozenjson target.

#include "diagnosis/frozenjson.h"

#include <QString>

namespace KajiTest {

// Every value, key and type of `frozen` against the tree it was made from;
// returns the path of the first difference, or nothing.
// Containers nested deeper than FrozenJson::MaxDepth must read as null.
inline QString frozenDifference(const nlohmann::json &tree, const Kaji::Models::Json &frozen,
                                const QString &path = QStringLiteral("$"), int depth = 0)
{
    const auto differs = [&](const char *what) { return path + QStringLiteral(": ") + QLatin1String(what); };
    switch (tree.type()) {
    case nlohmann::json::value_t::null:
        return frozen.is_null() ? QString() : differs("null");
    case nlohmann::json::value_t::boolean:
        return frozen.is_boolean() && frozen.get<bool>() == tree.get<bool>() ? QString() : differs("boolean");
    case nlohmann::json::value_t::number_integer:
        return frozen.is_number_integer() && frozen.get<qint64>() == tree.get<qint64>() ? QString() : differs("integer");
    case nlohmann::json::value_t::number_unsigned:
        return frozen.is_number_integer() && frozen.get<quint64>() == tree.get<quint64>() ? QString() : differs("unsigned");
    case nlohmann::json::value_t::number_float:
        return frozen.is_number_float() && frozen.get<double>() == tree.get<double>() ? QString() : differs("float");
    case nlohmann::json::value_t::string:
        return frozen.is_string() && frozen.get<std::string>() == tree.get<std::string>() ? QString() : differs("string");
    case nlohmann::json::value_t::array:
    case nlohmann::json::value_t::object:
        if (depth >= Kaji::Models::FrozenJson::MaxDepth)
            return frozen.is_null() ? QString() : differs("nested too deep, not cut");
        break;
    default:
        return {};
    }
    if (tree.is_array()) {
        if (!frozen.is_array() || frozen.size() != tree.size())
            return differs("array");
        for (size_t i = 0; i < tree.size(); ++i) {
            const QString found = frozenDifference(tree[i], frozen.begin()[i], path + QStringLiteral("[%1]").arg(i), depth + 1);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (!frozen.is_object() || frozen.size() != tree.size())
        return differs("object");
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        const QString at = path + u'.' + QString::fromStdString(it.key());
        const Kaji::Models::Json::const_iterator member = frozen.find(it.key());
        if (member == frozen.end() || member->key() != it.key())
            return at + QStringLiteral(": missing");
        const QString found = frozenDifference(*it, *member, at, depth + 1);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace KajiTest
