#include "frozenjson.h"

#include "frozensubtrees.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <type_traits>
#include <string_view>
#include <vector>

namespace Kaji::Models {
namespace {

// What a FrozenJson's values alias: the documents its links point into,
// kept alive as long as it is, then the values and text, in the block of
// its shared count (TrailingAllocator). One allocation instead of three
// (the count with a header, the values, the list of links): 100 bytes
// less for each pod a mirror holds.
class FrozenDocument {
public:
    // `trailing` is where the block's room after the count begins, known
    // once the block is allocated (before this is constructed in it).
    FrozenDocument(std::byte *const *trailing, size_t linkCount, size_t valueCount)
        : m_links(reinterpret_cast<FrozenJson *>(*trailing))
        , m_linkCount(linkCount)
        , m_values(reinterpret_cast<Json *>(*trailing + linkCount * sizeof(FrozenJson)))
    {
        std::uninitialized_value_construct_n(m_links, linkCount);
        std::uninitialized_value_construct_n(m_values, valueCount);
    }
    ~FrozenDocument() { std::destroy_n(m_links, m_linkCount); }
    FrozenDocument(const FrozenDocument &) = delete;
    FrozenDocument &operator=(const FrozenDocument &) = delete;

    FrozenJson *links() const { return m_links; }
    Json *values() const { return m_values; }

    static size_t trailingBytes(size_t linkCount, size_t valueCount)
    {
        return linkCount * sizeof(FrozenJson) + valueCount * sizeof(Json);
    }

private:
    FrozenJson *m_links;
    size_t m_linkCount;
    Json *m_values; // Json values are trivially destroyed
};
static_assert(alignof(FrozenJson) <= alignof(std::max_align_t) && sizeof(FrozenJson) % alignof(Json) == 0);
static_assert(std::is_trivially_destructible_v<Json>);

// For std::allocate_shared: allocates the one block it asks for (the count
// and the object) with `extra` bytes after it, and says where they begin.
template<typename T>
class TrailingAllocator {
public:
    using value_type = T;
    TrailingAllocator(size_t extra, std::byte **trailing) : m_extra(extra), m_trailing(trailing) {}
    template<typename U>
    TrailingAllocator(const TrailingAllocator<U> &other) : m_extra(other.extra()), m_trailing(other.trailing())
    {
    }

    T *allocate(size_t n)
    {
        Q_ASSERT(n == 1);
        auto *block = static_cast<std::byte *>(::operator new(head() * n + m_extra));
        *m_trailing = block + head();
        return reinterpret_cast<T *>(block);
    }
    void deallocate(T *block, size_t) noexcept { ::operator delete(block); }

    size_t extra() const { return m_extra; }
    std::byte **trailing() const { return m_trailing; }
    template<typename U>
    bool operator==(const TrailingAllocator<U> &other) const
    {
        return m_extra == other.extra();
    }

private:
    static constexpr size_t head()
    {
        constexpr size_t align = alignof(std::max_align_t);
        return (sizeof(T) + align - 1) / align * align;
    }
    size_t m_extra;
    std::byte **m_trailing;
};

// A document's distinct strings and their places in its text area. Open
// addressing in one vector: a map's node per string was most of a freeze's
// allocations, and a mirror freezes a document for every watch event.
class TextPlaces {
public:
    TextPlaces() : m_slots(64) {}

    // Records `text` at `offset` unless it is there already; whether it was new.
    bool add(std::string_view text, quint32 offset)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        Slot &slot = m_slots[find(text)];
        if (slot.data)
            return false;
        slot = {text.data(), quint32(text.size()), offset};
        ++m_used;
        return true;
    }
    // The offset of a recorded text.
    quint32 at(std::string_view text) const { return m_slots[find(text)].offset; }

    template<typename Each>
    void forEach(Each each) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.data)
                each(std::string_view(slot.data, slot.size), slot.offset);
        }
    }

private:
    struct Slot {
        const char *data = nullptr; // null: free (empty strings are never recorded)
        quint32 size = 0;
        quint32 offset = 0;
    };

    // The slot holding `text`, or the free one where it would go.
    size_t find(std::string_view text) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t at = std::hash<std::string_view>{}(text) & mask;
        while (m_slots[at].data && std::string_view(m_slots[at].data, m_slots[at].size) != text)
            at = (at + 1) & mask;
        return at;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.data)
                m_slots[find(std::string_view(slot.data, slot.size))] = slot;
        }
    }

    std::vector<Slot> m_slots; // a power of two in size, at most half used
    size_t m_used = 0;
};

} // namespace

// Lays a parsed document (or one of its containers) out as one FrozenJson
// allocation, in two passes: the first counts the values and gathers each
// distinct string (keys and text) once, the second writes the values with
// each container's children contiguous, followed by the text. Dropped
// members and elements are left out. With FrozenSubtrees, the first pass
// also picks the containers that become links.
class FrozenJsonBuilder {
public:
    using Node = JsonScratch::Node;
    using Index = JsonScratch::Index;

    FrozenJsonBuilder(const JsonScratch &document, Index root, FrozenSubtrees *shared)
        : m_document(document), m_root(root), m_shared(shared)
    {
    }

    FrozenJson build()
    {
        if (m_shared)
            m_shared->beginDocument(m_document);
        count(m_root, 0);
        if (m_shared)
            m_shared->endDocument();
        const size_t textSlots = (m_textBytes + sizeof(Json) - 1) / sizeof(Json);
        const size_t total = m_valueCount + textSlots;
        std::byte *trailing = nullptr;
        const auto document = std::allocate_shared<FrozenDocument>(
            TrailingAllocator<FrozenDocument>(FrozenDocument::trailingBytes(m_links.size(), total), &trailing),
            &trailing, m_links.size(), total);
        m_values = document->values();
        char *text = reinterpret_cast<char *>(m_values + m_valueCount);
        m_strings.forEach([text](std::string_view string, quint32 offset) {
            std::memcpy(text + offset, string.data(), string.size());
        });
        m_next = 1;
        place(m_root, 0, {}, 0);
        for (size_t i = 0; i < m_links.size(); ++i)
            document->links()[i] = std::move(m_links[i].second);
        FrozenJson frozen;
        frozen.m_values = std::shared_ptr<const Json[]>(document, document->values());
        frozen.m_count = total;
        return frozen;
    }

private:
    void intern(std::string_view text)
    {
        if (text.empty())
            return;
        if (m_strings.add(text, quint32(m_textBytes)))
            m_textBytes += text.size();
    }

    // Below the root, a container FrozenSubtrees holds (or takes now) is
    // linked to, not laid out.
    bool linked(Index value, int depth)
    {
        if (!m_shared || depth == 0 || depth > FrozenSubtrees::MaxDepth || !m_document.node(value).isContainer())
            return false;
        FrozenJson held = m_shared->share(m_document, value);
        if (held.isNull())
            return false;
        m_links.emplace_back(value, std::move(held));
        return true;
    }

    const FrozenJson *linkFor(Index value) const
    {
        for (const auto &[linkedValue, held] : m_links) {
            if (linkedValue == value)
                return &held;
        }
        return nullptr;
    }

    void count(Index index, int depth)
    {
        ++m_valueCount;
        if (linked(index, depth))
            return;
        const Node &value = m_document.node(index);
        if (value.type == JsonScratch::Type::String)
            intern(value.text);
        if (!value.isContainer() || depth >= FrozenJson::MaxDepth)
            return;
        for (Index child = value.first; child < value.first + value.count; ++child) {
            const Node &member = m_document.node(child);
            if (member.dropped)
                continue;
            if (value.type == JsonScratch::Type::Object && FrozenKeys::indexOf(member.key) < 0)
                intern(member.key);
            count(child, depth + 1);
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

    void place(Index from, size_t index, std::string_view key, int depth)
    {
        Json &out = m_values[index];
        // Keys are names of fields and labels (at most 317 bytes); a longer
        // one is cut rather than the document refused.
        key = key.substr(0, std::numeric_limits<quint16>::max());
        out.m_keySize = quint16(key.size());
        const int common = key.empty() ? -1 : FrozenKeys::indexOf(key);
        out.m_keyInTable = common >= 0;
        out.m_keyOffset = common >= 0 ? common : textOffset(index, key);
        if (const FrozenJson *held = m_links.empty() ? nullptr : linkFor(from)) {
            out.m_type = Json::LinkType;
            out.m_value.link = &held->root();
            return;
        }
        const Node &value = m_document.node(from);
        switch (value.type) {
        case JsonScratch::Type::Null: return;
        case JsonScratch::Type::Boolean:
            out.m_type = Json::Type::Boolean;
            out.m_value.boolean = value.boolean;
            return;
        case JsonScratch::Type::Integer:
            out.m_type = Json::Type::Integer;
            out.m_value.integer = value.integer;
            return;
        case JsonScratch::Type::Unsigned:
            out.m_type = Json::Type::Unsigned;
            out.m_value.unsignedInteger = value.unsignedInteger;
            return;
        case JsonScratch::Type::Float:
            out.m_type = Json::Type::Float;
            out.m_value.real = value.real;
            return;
        case JsonScratch::Type::String:
            out.m_type = Json::Type::String;
            out.m_value.ref = {textOffset(index, value.text), quint32(value.text.size())};
            return;
        case JsonScratch::Type::Array:
        case JsonScratch::Type::Object:
            if (depth >= FrozenJson::MaxDepth)
                return; // stays null
            break;
        }
        const bool isObject = value.type == JsonScratch::Type::Object;
        const Index size = m_document.liveCount(from);
        const size_t first = m_next;
        m_next += size;
        out.m_type = isObject ? Json::Type::Object : Json::Type::Array;
        out.m_value.ref = {qint32(qint64(first - index) * qint64(sizeof(Json))), quint32(size)};
        size_t child = first;
        for (Index member = value.first; member < value.first + value.count; ++member) {
            const Node &node = m_document.node(member);
            if (!node.dropped)
                place(member, child++, isObject ? node.key : std::string_view(), depth + 1);
        }
    }

    const JsonScratch &m_document;
    const Index m_root;
    FrozenSubtrees *m_shared;
    std::vector<std::pair<Index, FrozenJson>> m_links; // few: a pod has about ten
    size_t m_valueCount = 0;
    size_t m_textBytes = 0;
    TextPlaces m_strings; // text -> offset in the text area
    Json *m_values = nullptr;
    size_t m_next = 0;
};

FrozenJson FrozenJson::freeze(const nlohmann::json &value, FrozenSubtrees *shared)
{
    JsonScratch document;
    document.assign(value);
    return freeze(document, shared);
}

FrozenJson FrozenJson::freeze(const JsonScratch &document, FrozenSubtrees *shared, JsonScratch::Index root)
{
    if (document.isEmpty()) { // nothing parsed: a null, as nlohmann's discarded value froze
        JsonScratch null;
        null.assign(nullptr);
        return FrozenJsonBuilder(null, JsonScratch::Root, nullptr).build();
    }
    return FrozenJsonBuilder(document, root, shared).build();
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
