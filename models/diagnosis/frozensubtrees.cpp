#include "frozensubtrees.h"

#include <QHashFunctions>

namespace Kaji::Models {
namespace {

struct Shape {
    quint64 hash = 0;
    size_t values = 0;
};

// Nesting below a container beyond which it is not held: deeper than any
// API object, and a malformed one must not exhaust the stack.
constexpr int MaxNesting = 64;

size_t hashText(size_t seed, const std::string &text)
{
    return qHashMulti(seed, QByteArrayView(text.data(), qsizetype(text.size())));
}

// The content's hash and its number of values; false when it is nested
// too deep or holds what a frozen document keeps as null.
bool shapeOf(const nlohmann::json &value, int nesting, Shape &shape)
{
    using Type = nlohmann::json::value_t;
    ++shape.values;
    shape.hash = qHashMulti(shape.hash, quint8(value.type()));
    switch (value.type()) {
    case Type::null: return true;
    case Type::boolean: shape.hash = qHashMulti(shape.hash, value.get<bool>()); return true;
    case Type::number_integer: shape.hash = qHashMulti(shape.hash, value.get<qint64>()); return true;
    case Type::number_unsigned: shape.hash = qHashMulti(shape.hash, value.get<quint64>()); return true;
    case Type::number_float: shape.hash = qHashMulti(shape.hash, value.get<double>()); return true;
    case Type::string: shape.hash = hashText(shape.hash, value.get_ref<const std::string &>()); return true;
    case Type::array:
    case Type::object: break;
    default: return false; // binary, discarded
    }
    if (nesting >= MaxNesting)
        return false;
    shape.hash = qHashMulti(shape.hash, value.size());
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (value.is_object())
            shape.hash = hashText(shape.hash, it.key());
        if (!shapeOf(*it, nesting + 1, shape))
            return false;
    }
    return true;
}

// Whether `frozen` (laid out from a tree, without links) holds what
// `value` does, types included: a link must read exactly as the values it
// replaces.
bool sameContent(const nlohmann::json &value, const Json &frozen)
{
    using Type = nlohmann::json::value_t;
    switch (value.type()) {
    case Type::null: return frozen.is_null();
    case Type::boolean: return frozen.is_boolean() && frozen.get<bool>() == value.get<bool>();
    case Type::number_integer: return frozen.type() == Json::Type::Integer && frozen.get<qint64>() == value.get<qint64>();
    case Type::number_unsigned:
        return frozen.type() == Json::Type::Unsigned && frozen.get<quint64>() == value.get<quint64>();
    case Type::number_float: return frozen.is_number_float() && frozen.get<double>() == value.get<double>();
    case Type::string: return frozen.is_string() && frozen.text() == value.get_ref<const std::string &>();
    case Type::array:
    case Type::object: break;
    default: return false;
    }
    if (value.is_object() != frozen.is_object() || value.is_array() != frozen.is_array() || value.size() != frozen.size())
        return false;
    const Json *member = frozen.begin();
    for (auto it = value.begin(); it != value.end(); ++it, ++member) {
        if (value.is_object() && member->key() != it.key())
            return false;
        if (!sameContent(*it, *member))
            return false;
    }
    return true;
}

} // namespace

FrozenJson FrozenSubtrees::share(const nlohmann::json &value)
{
    Shape shape;
    if (!value.is_structured() || !shapeOf(value, 0, shape) || shape.values < MinValues)
        return {};
    const auto [first, last] = m_held.equal_range(shape.hash);
    for (auto it = first; it != last; ++it) {
        if (sameContent(value, it->second.root()))
            return it->second;
    }
    quint64 &seen = m_seen[shape.hash % m_seen.size()];
    if (seen != shape.hash) {
        seen = shape.hash;
        return {};
    }
    FrozenJson held = FrozenJson::freeze(value);
    m_held.emplace(shape.hash, held);
    if (m_held.size() >= 2 * m_heldAfterLetGo + 256)
        letGoOfUnused();
    return held;
}

void FrozenSubtrees::letGoOfUnused()
{
    // Only this table holds such a copy: no document links to it, and none
    // can come to without share() handing it out again.
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (it->second.holders() == 1)
            it = m_held.erase(it);
        else
            ++it;
    }
    m_heldAfterLetGo = m_held.size();
}

size_t FrozenSubtrees::bytes() const
{
    size_t total = 0;
    for (const auto &[hash, held] : m_held)
        total += held.bytes();
    return total;
}

} // namespace Kaji::Models
