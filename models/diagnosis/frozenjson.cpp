#include "frozenjson.h"

#include "frozensubtrees.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace Kaji::Models {
namespace {

// What a FrozenJson's values alias: the values, and the documents its
// links point into, kept alive as long as it is.
struct FrozenDocument {
    std::unique_ptr<Json[]> values;
    std::vector<FrozenJson> linked;
};

} // namespace

// Lays a nlohmann::json tree out as one FrozenJson allocation, in two
// passes: the first counts the values and gathers each distinct string
// (keys and text) once, the second writes the values with each container's
// children contiguous, followed by the text. With FrozenSubtrees, the
// first pass also picks the containers that become links.
class FrozenJsonBuilder {
public:
    FrozenJsonBuilder(const nlohmann::json &root, FrozenSubtrees *shared) : m_root(root), m_shared(shared) {}

    FrozenJson build()
    {
        count(m_root, 0);
        const size_t textSlots = (m_textBytes + sizeof(Json) - 1) / sizeof(Json);
        const size_t total = m_valueCount + textSlots;
        auto document = std::make_shared<FrozenDocument>();
        document->values.reset(new Json[total]());
        m_values = document->values.get();
        char *text = reinterpret_cast<char *>(m_values + m_valueCount);
        for (const auto &[string, offset] : m_strings)
            std::memcpy(text + offset, string.data(), string.size());
        m_next = 1;
        place(m_root, 0, {}, 0);
        document->linked.reserve(m_links.size());
        for (auto &[value, linked] : m_links)
            document->linked.push_back(std::move(linked));
        FrozenJson frozen;
        frozen.m_values = std::shared_ptr<const Json[]>(document, document->values.get());
        frozen.m_count = total;
        return frozen;
    }

private:
    static bool isContainer(const nlohmann::json &value) { return value.is_array() || value.is_object(); }

    void intern(std::string_view text)
    {
        if (text.empty())
            return;
        if (m_strings.try_emplace(text, quint32(m_textBytes)).second)
            m_textBytes += text.size();
    }

    // Below the root, a container FrozenSubtrees holds (or takes now) is
    // linked to, not laid out.
    bool linked(const nlohmann::json &value, int depth)
    {
        if (!m_shared || depth == 0 || depth > FrozenSubtrees::MaxDepth || !isContainer(value))
            return false;
        FrozenJson held = m_shared->share(value);
        if (held.isNull())
            return false;
        m_links.emplace_back(&value, std::move(held));
        return true;
    }

    const FrozenJson *linkFor(const nlohmann::json &value) const
    {
        for (const auto &[linkedValue, held] : m_links) {
            if (linkedValue == &value)
                return &held;
        }
        return nullptr;
    }

    void count(const nlohmann::json &value, int depth)
    {
        ++m_valueCount;
        if (linked(value, depth))
            return;
        if (value.is_string())
            intern(value.get_ref<const std::string &>());
        if (!isContainer(value) || depth >= FrozenJson::MaxDepth)
            return;
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (FrozenKeys::indexOf(it.key()) < 0)
                    intern(it.key());
                count(*it, depth + 1);
            }
        } else {
            for (const nlohmann::json &element : value)
                count(element, depth + 1);
        }
    }

    // From the value at `index` to the string's text.
    qint32 textOffset(size_t index, std::string_view text) const
    {
        if (text.empty())
            return 0;
        const size_t at = m_valueCount * sizeof(Json) + m_strings.at(text);
        return qint32(qint64(at) - qint64(index * sizeof(Json)));
    }

    void place(const nlohmann::json &value, size_t index, std::string_view key, int depth)
    {
        Json &out = m_values[index];
        // Keys are names of fields and labels (at most 317 bytes); a longer
        // one is cut rather than the document refused.
        key = key.substr(0, std::numeric_limits<quint16>::max());
        out.m_keySize = quint16(key.size());
        const int common = key.empty() ? -1 : FrozenKeys::indexOf(key);
        out.m_keyInTable = common >= 0;
        out.m_keyOffset = common >= 0 ? common : textOffset(index, key);
        if (const FrozenJson *held = m_links.empty() ? nullptr : linkFor(value)) {
            out.m_type = Json::LinkType;
            out.m_value.link = &held->root();
            return;
        }
        switch (value.type()) {
        case nlohmann::json::value_t::boolean:
            out.m_type = Json::Type::Boolean;
            out.m_value.boolean = value.get<bool>();
            return;
        case nlohmann::json::value_t::number_integer:
            out.m_type = Json::Type::Integer;
            out.m_value.integer = value.get<qint64>();
            return;
        case nlohmann::json::value_t::number_unsigned:
            out.m_type = Json::Type::Unsigned;
            out.m_value.unsignedInteger = value.get<quint64>();
            return;
        case nlohmann::json::value_t::number_float:
            out.m_type = Json::Type::Float;
            out.m_value.real = value.get<double>();
            return;
        case nlohmann::json::value_t::string: {
            const std::string &text = value.get_ref<const std::string &>();
            out.m_type = Json::Type::String;
            out.m_value.ref = {textOffset(index, text), quint32(text.size())};
            return;
        }
        case nlohmann::json::value_t::array:
        case nlohmann::json::value_t::object:
            if (depth >= FrozenJson::MaxDepth)
                return; // stays null
            break;
        default: // null, binary, discarded
            return;
        }
        const size_t first = m_next;
        m_next += value.size();
        out.m_type = value.is_object() ? Json::Type::Object : Json::Type::Array;
        out.m_value.ref = {qint32(qint64(first - index) * qint64(sizeof(Json))), quint32(value.size())};
        size_t child = first;
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it)
                place(*it, child++, it.key(), depth + 1);
        } else {
            for (const nlohmann::json &element : value)
                place(element, child++, {}, depth + 1);
        }
    }

    const nlohmann::json &m_root;
    FrozenSubtrees *m_shared;
    std::vector<std::pair<const nlohmann::json *, FrozenJson>> m_links; // few: a pod has about ten
    size_t m_valueCount = 0;
    size_t m_textBytes = 0;
    std::unordered_map<std::string_view, quint32> m_strings; // text -> offset in the text area
    Json *m_values = nullptr;
    size_t m_next = 0;
};

FrozenJson FrozenJson::freeze(const nlohmann::json &value, FrozenSubtrees *shared)
{
    return FrozenJsonBuilder(value, shared).build();
}

const Json &Json::null()
{
    static const Json value;
    return value;
}

size_t Json::size() const
{
    const Json &self = target();
    if (self.isContainer())
        return self.m_value.ref.size;
    return self.is_null() ? 0 : 1;
}

Json::const_iterator Json::begin() const
{
    const Json &self = target();
    if (!self.isContainer())
        return this; // an empty range: end() is begin() for these
    return reinterpret_cast<const Json *>(self.chars(self.m_value.ref.offset));
}

Json::const_iterator Json::find(std::string_view key) const
{
    if (!is_object())
        return end();
    const Json *first = begin();
    const Json *last = end();
    // Members are in key order (nlohmann::json keeps them sorted); small
    // objects are read through, large ones (labels, annotations) searched.
    if (last - first <= 8) {
        for (const Json *member = first; member != last; ++member) {
            if (member->key() == key)
                return member;
        }
        return last;
    }
    const Json *found = std::lower_bound(first, last, key, [](const Json &member, std::string_view wanted) {
        return member.key() < wanted;
    });
    return found != last && found->key() == key ? found : last;
}

const Json &Json::operator[](std::string_view key) const
{
    const const_iterator found = find(key);
    return found == end() ? null() : *found;
}

bool Json::operator==(const Json &other) const
{
    if (m_type == LinkType || other.m_type == LinkType)
        return target() == other.target(); // a linked document holds no links
    if (is_number() && other.is_number()) {
        if (m_type == Type::Float || other.m_type == Type::Float)
            return get<double>() == other.get<double>();
        if (m_type == other.m_type)
            return m_value.integer == other.m_value.integer;
        const Json &signedOne = m_type == Type::Integer ? *this : other;
        const Json &unsignedOne = m_type == Type::Integer ? other : *this;
        return signedOne.m_value.integer >= 0 && quint64(signedOne.m_value.integer) == unsignedOne.m_value.unsignedInteger;
    }
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Boolean: return m_value.boolean == other.m_value.boolean;
    case Type::String: return text() == other.text();
    case Type::Array:
    case Type::Object: {
        if (size() != other.size())
            return false;
        const Json *mine = begin();
        for (const Json &theirs : other) {
            if (mine->key() != theirs.key() || !(*mine == theirs))
                return false;
            ++mine;
        }
        return true;
    }
    default: return false;
    }
}

quint64 Json::contentHash() const
{
    // The key is this value's own, the content what it reads as.
    const Json &self = target();
    size_t hash = qHashMulti(0, quint8(self.m_type), QByteArrayView(key().data(), qsizetype(key().size())));
    switch (self.m_type) {
    case Type::Null: break;
    case Type::Boolean: hash = qHashMulti(hash, self.m_value.boolean); break;
    case Type::Integer:
    case Type::Unsigned:
    case Type::Float: hash = qHashMulti(hash, self.m_value.unsignedInteger); break;
    case Type::String: hash = qHashMulti(hash, QByteArrayView(text().data(), qsizetype(text().size()))); break;
    case Type::Array:
    case Type::Object:
        for (const Json &child : self)
            hash = qHashMulti(hash, child.contentHash());
        break;
    }
    return hash;
}

const Json &jsonChild(const Json &object, std::string_view key)
{
    return object[key];
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString jsonText(const Json &object, std::string_view key)
{
    return toQString(object[key].text());
}

std::string jsonStdString(const Json &object, std::string_view key)
{
    return std::string(object[key].text());
}

qint64 jsonInt(const Json &object, std::string_view key)
{
    const Json &value = object[key];
    return value.is_number_integer() ? value.get<qint64>() : 0;
}

bool jsonBool(const Json &object, std::string_view key)
{
    return object[key].get<bool>();
}

} // namespace Kaji::Models
