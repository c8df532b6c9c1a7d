#pragma once

#include "frozenkeys.h"
#include "jsonscratch.h"

#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

// Immutable once made: any thread may read a document, and share it.
namespace Kaji::Models {

// One value of a FrozenJson document: 16 bytes, read-only, with the read
// interface of nlohmann::json that the rules use.
//
// Why not nlohmann::json: its tree spends a heap node per object member and
// per string, 12 KB for a pod of 2.8 KB of text even after unread fields
// are dropped; a snapshot of 50,000 pods held 620 MB while the rules ran.
// Here a document is one allocation: its values side by side (a value's
// children contiguous, each member carrying its key), then its text, each
// distinct string once; the field names every kind repeats are not copied
// into it but point into one table (FrozenKeys). Offsets are relative to
// the value that holds them, so a value needs nothing but itself to be read.
//
// A container may instead be a link to the same content in another
// document (FrozenSubtrees: the containers, tolerations and labels the
// replicas of a workload repeat are held once). A link reads as what it
// links to, under its own key; only this class knows the difference.
//
// Unlike nlohmann::json it never throws: a missing member reads as null,
// get<T>() of another type gives T's zero value, and only arrays and
// objects have elements to iterate.
class Json {
public:
    enum class Type : quint8 { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };
    // Elements of an array, or members of an object (in key order, as
    // nlohmann::json keeps them); key() names a member.
    using const_iterator = const Json *;

    Json() = default; // null

    Type type() const { return target().m_type; }
    bool is_null() const { return type() == Type::Null; }
    bool is_boolean() const { return type() == Type::Boolean; }
    bool is_number() const { return is_number_integer() || type() == Type::Float; }
    bool is_number_integer() const { return type() == Type::Integer || type() == Type::Unsigned; }
    bool is_number_float() const { return type() == Type::Float; }
    bool is_string() const { return type() == Type::String; }
    bool is_array() const { return type() == Type::Array; }
    bool is_object() const { return type() == Type::Object; }

    // As nlohmann::json: elements of containers, 0 for null, 1 otherwise.
    size_t size() const;
    bool empty() const { return size() == 0; }
    const_iterator begin() const;
    const_iterator end() const { return begin() + (target().isContainer() ? target().m_value.ref.size : 0); }

    // The member's name when this value is one of an object's.
    std::string_view key() const
    {
        return m_keyInTable ? FrozenKeys::table()[size_t(m_keyOffset)] : std::string_view(chars(m_keyOffset), m_keySize);
    }
    // A member by name: end() when absent (or this is no object).
    const_iterator find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != end(); }
    // A member by name, null when absent (nlohmann would assert).
    const Json &operator[](std::string_view key) const;

    // The text of a string, empty for other types.
    std::string_view text() const
    {
        const Json &self = target();
        return self.m_type == Type::String ? std::string_view(self.chars(self.m_value.ref.offset), self.m_value.ref.size)
                                           : std::string_view();
    }
    template<typename T>
    T get() const;

    // Deep equality; integers compare by value whatever their sign type.
    bool operator==(const Json &other) const;

    // The same content hashes the same, within a process.
    quint64 contentHash() const;

    static const Json &null();

private:
    friend class FrozenJsonBuilder;
    // m_type's value for a link; type() never returns it.
    static constexpr Type LinkType = Type(0xff);
    // What this value reads as: itself, or what it links to.
    const Json &target() const { return m_type == LinkType ? *m_value.link : *this; }
    bool isContainer() const { return m_type == Type::Array || m_type == Type::Object; }
    const char *chars(qint32 offset) const { return reinterpret_cast<const char *>(this) + offset; }

    Type m_type = Type::Null;
    bool m_keyInTable = false; // m_keyOffset is then a place in FrozenKeys::table()
    quint16 m_keySize = 0;
    qint32 m_keyOffset = 0; // from this value to its key's text
    union Value {
        qint64 integer;
        quint64 unsignedInteger;
        double real;
        bool boolean;
        const Json *link; // the root of a document this one holds
        struct {
            qint32 offset; // from this value to the first child, or to the text
            quint32 size; // children, or bytes of text
        } ref;
    } m_value = {0};
};
static_assert(sizeof(Json) == 16, "a value stays 16 bytes");

template<typename T>
T Json::get() const
{
    if constexpr (std::is_same_v<T, bool>) {
        return m_type == Type::Boolean && m_value.boolean;
    } else if constexpr (std::is_arithmetic_v<T>) {
        switch (m_type) { // scalars are never links
        case Type::Integer: return static_cast<T>(m_value.integer);
        case Type::Unsigned: return static_cast<T>(m_value.unsignedInteger);
        case Type::Float: return static_cast<T>(m_value.real);
        default: return T(0);
        }
    } else {
        static_assert(std::is_same_v<T, std::string>, "get<T>: bool, numbers or std::string");
        return std::string(text());
    }
}

class FrozenSubtrees;

// An owned, immutable document; copies share it.
class FrozenJson {
public:
    FrozenJson() = default;
    // Values nested deeper than MaxDepth are kept as null (no API object
    // comes near; a malformed one must not exhaust the stack). With
    // `shared`, containers it already holds (or now sees a second time)
    // become links to its copies.
    static FrozenJson freeze(const nlohmann::json &value, FrozenSubtrees *shared = nullptr);
    // The same from a parsed document, or from one of its values (`root`);
    // dropped members and elements are left out.
    static FrozenJson freeze(const JsonScratch &document, FrozenSubtrees *shared = nullptr,
                             JsonScratch::Index root = JsonScratch::Root);
    static constexpr int MaxDepth = 256;

    bool isNull() const { return !m_values; }
    const Json &root() const { return m_values ? m_values[0] : Json::null(); }
    operator const Json &() const { return root(); } // NOLINT: reads as the value it holds
    // Bytes the document holds (values and text), without what it links to.
    size_t bytes() const { return m_count * sizeof(Json); }
    // Documents holding this one (FrozenSubtrees lets go of what only it holds).
    long holders() const { return m_values.use_count(); }

private:
    friend class FrozenJsonBuilder;
    // Aliases the values of a Document (frozenjson.cpp), which also holds
    // the documents its links point into.
    std::shared_ptr<const Json[]> m_values;
    size_t m_count = 0;
};

// The field readers of Kube/jsonfields.h, for frozen values: the zero
// value for missing members or other types.
const Json &jsonChild(const Json &object, std::string_view key);
QString jsonText(const Json &object, std::string_view key);
std::string jsonStdString(const Json &object, std::string_view key);
qint64 jsonInt(const Json &object, std::string_view key);
bool jsonBool(const Json &object, std::string_view key);
QString toQString(std::string_view text);

} // namespace Kaji::Models
