#include "frozensubtrees.h"

#include <QHashFunctions>

namespace Kaji::Models {
namespace {

// Nesting below a container beyond which it is not held: deeper than any
// API object, and a malformed one must not exhaust the stack.
constexpr quint32 MaxNesting = 64;

size_t hashText(size_t seed, std::string_view text)
{
    return qHashMulti(seed, QByteArrayView(text.data(), qsizetype(text.size())));
}

using Node = JsonScratch::Node;
using Type = JsonScratch::Type;

// Whether `frozen` (laid out, without links) holds what the document's
// value does, types included: a link must read exactly as the values it
// replaces.
bool sameContent(const JsonScratch &document, JsonScratch::Index index, const Json &frozen)
{
    const Node &value = document.node(index);
    switch (value.type) {
    case Type::Null: return frozen.is_null();
    case Type::Boolean: return frozen.is_boolean() && frozen.get<bool>() == value.boolean;
    case Type::Integer: return frozen.type() == Json::Type::Integer && frozen.get<qint64>() == value.integer;
    case Type::Unsigned: return frozen.type() == Json::Type::Unsigned && frozen.get<quint64>() == value.unsignedInteger;
    case Type::Float: return frozen.is_number_float() && frozen.get<double>() == value.real;
    case Type::String: return frozen.is_string() && frozen.text() == value.text;
    case Type::Array:
    case Type::Object: break;
    }
    const bool isObject = value.type == Type::Object;
    if (isObject != frozen.is_object() || !isObject != frozen.is_array() || document.liveCount(index) != frozen.size())
        return false;
    const Json *member = frozen.begin();
    for (JsonScratch::Index child = value.first; child < value.first + value.count; ++child) {
        const Node &node = document.node(child);
        if (node.dropped)
            continue;
        if ((isObject && member->key() != node.key) || !sameContent(document, child, *member))
            return false;
        ++member;
    }
    return true;
}

} // namespace

void FrozenSubtrees::beginDocument(const JsonScratch &document)
{
    m_document = &document;
    m_shapes.assign(document.isEmpty() ? 0 : document.size(), Shape());
    if (!document.isEmpty())
        shapeOf(document, JsonScratch::Root);
}

// A value's hash from its type, its content and its children's hashes with
// their keys; its values (dropped members left out) and its height.
const FrozenSubtrees::Shape &FrozenSubtrees::shapeOf(const JsonScratch &document, JsonScratch::Index index)
{
    const Node &value = document.node(index);
    Shape shape;
    shape.values = 1;
    shape.hash = qHashMulti(0, quint8(value.type));
    switch (value.type) {
    case Type::Null: break;
    case Type::Boolean: shape.hash = qHashMulti(shape.hash, value.boolean); break;
    case Type::Integer: shape.hash = qHashMulti(shape.hash, value.integer); break;
    case Type::Unsigned: shape.hash = qHashMulti(shape.hash, value.unsignedInteger); break;
    case Type::Float: shape.hash = qHashMulti(shape.hash, value.real); break;
    case Type::String: shape.hash = hashText(shape.hash, value.text); break;
    case Type::Array:
    case Type::Object:
        shape.hash = qHashMulti(shape.hash, document.liveCount(index));
        for (JsonScratch::Index child = value.first; child < value.first + value.count; ++child) {
            const Node &member = document.node(child);
            if (member.dropped)
                continue;
            if (value.type == Type::Object)
                shape.hash = hashText(shape.hash, member.key);
            const Shape &below = shapeOf(document, child);
            shape.hash = qHashMulti(shape.hash, below.hash);
            shape.values += below.values;
            shape.height = std::max(shape.height, below.height + 1);
        }
        break;
    }
    return m_shapes[index] = shape;
}

FrozenJson FrozenSubtrees::share(const JsonScratch &document, JsonScratch::Index value)
{
    Q_ASSERT(m_document == &document);
    const Shape &shape = m_shapes[value];
    if (!document.node(value).isContainer() || shape.height >= MaxNesting || shape.values < MinValues)
        return {};
    const auto [first, last] = m_held.equal_range(shape.hash);
    for (auto it = first; it != last; ++it) {
        if (sameContent(document, value, it->second.root()))
            return it->second;
    }
    quint64 &seen = m_seen[shape.hash % m_seen.size()];
    if (seen != shape.hash) {
        seen = shape.hash;
        return {};
    }
    FrozenJson held = FrozenJson::freeze(document, nullptr, value);
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
