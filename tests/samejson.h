#pragma once

// JSON equality for tests that compare what YAML became: numbers by value
// (YAML's 1.0 and 1e3 reach JSON as 1 and 1000), everything else by type
// and content.

#include <nlohmann/json.hpp>

namespace KajiTest {

inline bool sameJson(const nlohmann::json &a, const nlohmann::json &b)
{
    if (a.is_number() && b.is_number())
        return a == b;
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    if (a.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()) || !sameJson(it.value(), b[it.key()]))
                return false;
        }
        return true;
    }
    if (a.is_array()) {
        for (size_t i = 0; i < a.size(); ++i) {
            if (!sameJson(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace KajiTest
