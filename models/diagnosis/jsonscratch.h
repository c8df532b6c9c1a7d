#pragma once

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// One thread at a time; freezeSnapshotText keeps one for each thread.
namespace Kaji::Models {

// A JSON document parsed into a flat array of nodes, for the moment it takes
// to trim and freeze it. The nodes are reused from one document to the
// next, and the text is parsed by simdjson, whose buffers are reused too.
//
// Why not nlohmann::json: every watch event of the mirror (on a settled
// cluster, the nodes' status updates, several a second from 500 nodes) was
// parsed into a tree of heap nodes, one per value and per string, and freed
// right after freezing. At 100,000 pods that parse was 42 % of the
// diagnosis reader's idle CPU, and the small blocks it freed made glibc's
// malloc_consolidate another 17 % (perf over 120 s of idle).
//
// Objects' members are sorted by key, as nlohmann::json keeps them (a
// FrozenJson document searches them that way); of members with the same
// key the last one counts, as with nlohmann. Numbers keep nlohmann's
// types: a non-negative integer is Unsigned, a negative one Integer,
// anything with a fraction or exponent Float. Strings are views into the
// parser's buffers, into the tree assign() read, or into text the scratch
// keeps (keep()): valid until the next parse() or assign().
class JsonScratch {
public:
    enum class Type : quint8 { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };
    using Index = quint32;

    struct Node {
        Type type = Type::Null;
        bool dropped = false; // a member or element trimmed away: not part of the document
        std::string_view key; // a member's name
        std::string_view text; // a string's
        union {
            bool boolean;
            qint64 integer;
            quint64 unsignedInteger;
            double real = 0;
        };
        Index first = 0; // an array's or object's first child: its children are side by side
        Index count = 0; // children, dropped ones included
        bool isContainer() const { return type == Type::Array || type == Type::Object; }
    };

    JsonScratch();
    ~JsonScratch();
    JsonScratch(const JsonScratch &) = delete;
    JsonScratch &operator=(const JsonScratch &) = delete;

    // The document in `text`; false (and an empty scratch) when it is not
    // JSON. Arrays and objects nested MaxDepth deep or more are kept as
    // null, as FrozenJson keeps them.
    bool parse(std::string_view text);
    // The same from a tree that outlives the use of the scratch.
    void assign(const nlohmann::json &value);
    static constexpr int MaxDepth = 256;

    bool isEmpty() const { return m_nodes.empty(); }
    // Nodes, dropped ones and those of replaced children included.
    Index size() const { return Index(m_nodes.size()); }
    static constexpr Index Root = 0;
    Node &node(Index index) { return m_nodes[index]; }
    const Node &node(Index index) const { return m_nodes[index]; }

    // A member that is not dropped, or nullptr (also when `object` is no object).
    const Node *member(Index object, std::string_view key) const;
    Node *member(Index object, std::string_view key);
    Index indexOf(const Node &node) const { return Index(&node - m_nodes.data()); }
    // Drops the members of these names, if `object` is an object.
    void drop(Index object, std::initializer_list<std::string_view> keys);
    // A new member of `object` (which must be an object), as null; any
    // member of the same key is dropped. Moves the object's children, so
    // references to nodes are invalid after it, their indexes are not.
    Index addMember(Index object, std::string_view key);
    // Makes `value` an array of `count` null elements, or an object of
    // null members of these keys; returns the first child's index.
    Index makeArray(Index value, Index count);
    Index makeObject(Index value, std::initializer_list<std::string_view> keys);
    // Children of `value` that are not dropped (0 for scalars).
    Index liveCount(Index value) const;
    // Text that lives as long as the document: for values the trimming makes.
    std::string_view keep(std::string text);

    // The document (dropped parts left out) as a tree: for tests.
    nlohmann::json toJson(Index index = Root) const;

private:
    struct Parser;
    Index add(std::string_view key);
    void read(const nlohmann::json &value, Index into, int depth);
    void clear();

    std::vector<Node> m_nodes;
    std::deque<std::string> m_kept;
    std::unique_ptr<Parser> m_parser; // made on the first parse()
};

} // namespace Kaji::Models
