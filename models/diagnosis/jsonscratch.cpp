#include "jsonscratch.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace Kaji::Models {

struct JsonScratch::Parser {
    simdjson::dom::parser dom;
    std::vector<char> padded; // the text, copied with the padding simdjson reads past its end
    nlohmann::json fallback; // what simdjson refused and nlohmann read (integers beyond 64 bits)
};

namespace {

// Buffers grown by one large document (a ConfigMap of 1 MiB) are let go
// before the next small one, rather than held by a thread for good.
constexpr size_t LargeText = 1u << 20;

JsonScratch::Type integerType(qint64 value)
{
    return value < 0 ? JsonScratch::Type::Integer : JsonScratch::Type::Unsigned;
}

} // namespace

JsonScratch::JsonScratch() = default;
JsonScratch::~JsonScratch() = default;

void JsonScratch::clear()
{
    m_nodes.clear();
    m_kept.clear();
}

JsonScratch::Index JsonScratch::add(std::string_view key)
{
    m_nodes.emplace_back();
    m_nodes.back().key = key;
    return Index(m_nodes.size() - 1);
}

namespace {

// Sorts an object's members by key; of members named alike the last one
// counts. Their own children stay where they are.
void sortMembersOf(std::vector<JsonScratch::Node> &nodes, JsonScratch::Index object)
{
    const JsonScratch::Node &holder = nodes[object];
    const auto first = nodes.begin() + holder.first;
    const auto last = first + holder.count;
    std::stable_sort(first, last, [](const JsonScratch::Node &a, const JsonScratch::Node &b) { return a.key < b.key; });
    for (auto it = first; it != last && it + 1 != last; ++it) {
        if (it->key == (it + 1)->key)
            it->dropped = true;
    }
}

// simdjson's tree read into the scratch's nodes; a class so that the
// recursion needs nothing but the element and where it goes.
class DomReader {
public:
    explicit DomReader(std::vector<JsonScratch::Node> &nodes) : m_nodes(nodes) {}

    void read(simdjson::dom::element value, JsonScratch::Index into, int depth)
    {
        using simdjson::dom::element_type;
        JsonScratch::Node &out = m_nodes[into];
        switch (value.type()) {
        case element_type::NULL_VALUE: return;
        case element_type::BOOL:
            out.type = JsonScratch::Type::Boolean;
            out.boolean = value.get_bool().value_unsafe();
            return;
        case element_type::INT64:
            out.integer = value.get_int64().value_unsafe();
            out.type = integerType(out.integer);
            return;
        case element_type::UINT64:
            out.type = JsonScratch::Type::Unsigned;
            out.unsignedInteger = value.get_uint64().value_unsafe();
            return;
        case element_type::DOUBLE:
            out.type = JsonScratch::Type::Float;
            out.real = value.get_double().value_unsafe();
            return;
        case element_type::STRING:
            out.type = JsonScratch::Type::String;
            out.text = value.get_string().value_unsafe();
            return;
        case element_type::ARRAY: readArray(value.get_array().value_unsafe(), into, depth); return;
        case element_type::OBJECT: readObject(value.get_object().value_unsafe(), into, depth); return;
        }
    }

private:
    // The children's places, side by side after the nodes made so far.
    template<typename Container>
    JsonScratch::Index reserve(Container container, JsonScratch::Index into, JsonScratch::Type type)
    {
        size_t count = container.size();
        if (count >= simdjson::internal::JSON_COUNT_MASK) // saturated: count them
            count = size_t(std::distance(container.begin(), container.end()));
        const auto first = JsonScratch::Index(m_nodes.size());
        m_nodes.resize(m_nodes.size() + count);
        JsonScratch::Node &out = m_nodes[into];
        out.type = type;
        out.first = first;
        out.count = JsonScratch::Index(count);
        return first;
    }

    void readArray(simdjson::dom::array array, JsonScratch::Index into, int depth)
    {
        if (depth >= JsonScratch::MaxDepth)
            return; // stays null
        JsonScratch::Index child = reserve(array, into, JsonScratch::Type::Array);
        for (simdjson::dom::element element : array)
            read(element, child++, depth + 1);
    }

    void readObject(simdjson::dom::object object, JsonScratch::Index into, int depth)
    {
        if (depth >= JsonScratch::MaxDepth)
            return;
        JsonScratch::Index child = reserve(object, into, JsonScratch::Type::Object);
        for (const simdjson::dom::key_value_pair member : object) {
            m_nodes[child].key = member.key;
            read(member.value, child++, depth + 1);
        }
        sortMembersOf(m_nodes, into); // after the children: sorting moves them whole
    }

    std::vector<JsonScratch::Node> &m_nodes;
};

} // namespace

bool JsonScratch::parse(std::string_view text)
{
    clear();
    if (m_parser && m_parser->padded.size() > LargeText && text.size() < LargeText / 16) {
        m_parser.reset();
        m_nodes = {};
    }
    if (m_parser)
        m_parser->fallback = nullptr;
    else
        m_parser = std::make_unique<Parser>();
    std::vector<char> &padded = m_parser->padded;
    if (padded.size() < text.size() + simdjson::SIMDJSON_PADDING)
        padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), text.data(), text.size());
    std::memset(padded.data() + text.size(), 0, simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    const simdjson::error_code error = m_parser->dom.parse(padded.data(), text.size(), false).get(root);
    if (!error) {
        m_nodes.emplace_back();
        DomReader reader(m_nodes);
        reader.read(root, Root, 0);
        return true;
    }
    // What simdjson refuses may still be JSON to nlohmann, which the mirror
    // used before: integers beyond 64 bits (doubles to nlohmann), nesting
    // deeper than simdjson's limit, a byte order mark. Only text that is
    // not JSON pays for the second try.
    m_parser->fallback = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (m_parser->fallback.is_discarded())
        return false;
    assign(m_parser->fallback);
    return true;
}

void JsonScratch::assign(const nlohmann::json &value)
{
    clear();
    m_nodes.emplace_back();
    read(value, Root, 0);
}

void JsonScratch::read(const nlohmann::json &value, Index into, int depth)
{
    using Kind = nlohmann::json::value_t;
    Node &out = m_nodes[into];
    switch (value.type()) {
    case Kind::boolean:
        out.type = Type::Boolean;
        out.boolean = value.get<bool>();
        return;
    case Kind::number_integer:
        out.type = Type::Integer;
        out.integer = value.get<qint64>();
        return;
    case Kind::number_unsigned:
        out.type = Type::Unsigned;
        out.unsignedInteger = value.get<quint64>();
        return;
    case Kind::number_float:
        out.type = Type::Float;
        out.real = value.get<double>();
        return;
    case Kind::string:
        out.type = Type::String;
        out.text = value.get_ref<const std::string &>();
        return;
    case Kind::array:
    case Kind::object:
        if (depth >= MaxDepth)
            return;
        break;
    default: return; // null, binary, discarded
    }
    const auto first = Index(m_nodes.size());
    const auto count = Index(value.size());
    m_nodes.resize(m_nodes.size() + count);
    Node &container = m_nodes[into];
    container.type = value.is_object() ? Type::Object : Type::Array;
    container.first = first;
    container.count = count;
    Index child = first;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (value.is_object())
            m_nodes[child].key = it.key();
        read(*it, child++, depth + 1);
    }
}

const JsonScratch::Node *JsonScratch::member(Index object, std::string_view key) const
{
    const Node &holder = m_nodes[object];
    if (holder.type != Type::Object)
        return nullptr;
    const auto first = m_nodes.begin() + holder.first;
    const auto last = first + holder.count;
    for (auto it = std::lower_bound(first, last, key, [](const Node &member, std::string_view wanted) { return member.key < wanted; });
         it != last && it->key == key; ++it) {
        if (!it->dropped)
            return &*it;
    }
    return nullptr;
}

JsonScratch::Node *JsonScratch::member(Index object, std::string_view key)
{
    return const_cast<Node *>(std::as_const(*this).member(object, key));
}

void JsonScratch::drop(Index object, std::initializer_list<std::string_view> keys)
{
    for (std::string_view key : keys) {
        if (Node *found = member(object, key))
            found->dropped = true;
    }
}

JsonScratch::Index JsonScratch::addMember(Index object, std::string_view key)
{
    Q_ASSERT(m_nodes[object].type == Type::Object);
    if (Node *existing = member(object, key))
        existing->dropped = true;
    const Index from = m_nodes[object].first;
    const Index count = m_nodes[object].count;
    const auto first = Index(m_nodes.size());
    m_nodes.reserve(m_nodes.size() + count + 1);
    for (Index i = 0; i < count; ++i)
        m_nodes.push_back(m_nodes[from + i]); // their own children stay where they are
    add(key);
    m_nodes[object].first = first;
    m_nodes[object].count = count + 1;
    sortMembersOf(m_nodes, object);
    const Node *added = nullptr;
    for (Index i = first; i < first + count + 1; ++i) {
        if (m_nodes[i].key == key && !m_nodes[i].dropped)
            added = &m_nodes[i];
    }
    return indexOf(*added);
}

JsonScratch::Index JsonScratch::makeArray(Index value, Index count)
{
    const auto first = Index(m_nodes.size());
    m_nodes.resize(m_nodes.size() + count);
    Node &array = m_nodes[value];
    array.type = Type::Array;
    array.first = first;
    array.count = count;
    return first;
}

JsonScratch::Index JsonScratch::makeObject(Index value, std::initializer_list<std::string_view> keys)
{
    const Index first = makeArray(value, Index(keys.size()));
    m_nodes[value].type = Type::Object;
    Index child = first;
    for (std::string_view key : keys)
        m_nodes[child++].key = key;
    sortMembersOf(m_nodes, value);
    return first;
}

JsonScratch::Index JsonScratch::liveCount(Index value) const
{
    const Node &holder = m_nodes[value];
    if (!holder.isContainer())
        return 0;
    Index live = 0;
    for (Index i = holder.first; i < holder.first + holder.count; ++i)
        live += m_nodes[i].dropped ? 0 : 1;
    return live;
}

std::string_view JsonScratch::keep(std::string text)
{
    return m_kept.emplace_back(std::move(text));
}

nlohmann::json JsonScratch::toJson(Index index) const
{
    const Node &value = m_nodes[index];
    switch (value.type) {
    case Type::Null: return nullptr;
    case Type::Boolean: return value.boolean;
    case Type::Integer: return value.integer;
    case Type::Unsigned: return value.unsignedInteger;
    case Type::Float: return value.real;
    case Type::String: return std::string(value.text);
    case Type::Array:
    case Type::Object: break;
    }
    nlohmann::json out = value.type == Type::Object ? nlohmann::json::object() : nlohmann::json::array();
    for (Index i = value.first; i < value.first + value.count; ++i) {
        if (m_nodes[i].dropped)
            continue;
        if (value.type == Type::Object)
            out[std::string(m_nodes[i].key)] = toJson(i);
        else
            out.push_back(toJson(i));
    }
    return out;
}

} // namespace Kaji::Models
