#pragma once

// Internal to kube/: include only from .cpp files, so simdjson's large
// header stays out of every other layer. Any thread; a JsonScanner per
// thread (it owns parser buffers).

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <string_view>

namespace Kaji::Kube::JsonScan {

using Value = simdjson::ondemand::value;
using Object = simdjson::ondemand::object;

// Tolerant readers in the spirit of Go's decoder: a missing, null or
// wrongly typed field reads as its zero value and never throws, so one odd
// object cannot stop a list of fifty thousand.
std::string_view view(Value value);
QString text(Value value);
QByteArray bytes(Value value);
bool boolean(Value value);
// int32 fields (counts, exit codes): clamped, floats read as 0.
qint64 int32(Value value);
// RFC 3339 timestamp in whole seconds since the epoch; 0 when absent.
qint64 epochSecs(Value value);
bool isNull(Value value);

// A field's key as it stands in the text, when it has no escapes (the
// API server's keys never do): no copy into the parser's string buffer.
inline bool plainKey(const simdjson::ondemand::field &field, std::string_view &key)
{
    const char *begin = field.key().raw(); // just past the opening quote
    const char *end = begin;
    // The parser found this key's closing quote before handing it out.
    while (*end != '"') {
        if (*end == '\\')
            return false;
        ++end;
    }
    key = std::string_view(begin, size_t(end - begin));
    return true;
}

// Calls f(key, value) for each field of an object (nothing for any other
// kind of value) while f returns true; the fields after are skipped unread,
// which costs less than reading their keys. Stops at the first structural
// error: what was read stays.
template<typename F>
void forFieldsWhile(Value value, F &&f)
{
    Object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return;
    for (auto result : object) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(result).get(field) != simdjson::SUCCESS
            || (!plainKey(field, key) && field.unescaped_key().get(key) != simdjson::SUCCESS))
            return;
        if (!f(key, field.value()))
            return;
    }
}

// Calls f(key, value) for each field of an object.
template<typename F>
void forFields(Value value, F &&f)
{
    forFieldsWhile(value, [&](std::string_view key, Value v) {
        f(key, v);
        return true;
    });
}

// Calls f(value) for each element of an array (nothing for non-arrays).
template<typename F>
void forItems(Value value, F &&f)
{
    simdjson::ondemand::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return;
    for (auto result : array) {
        Value item;
        if (std::move(result).get(item) != simdjson::SUCCESS)
            return;
        f(item);
    }
}


// The one parser of this thread, and a padded copy of `json` for it (the
// parser reads up to 64 bytes past the end).
simdjson::ondemand::parser &parser();
// Lets this thread's parser go when a list page grew it past what watch
// events need: a page of 500 pods grows it to ~13 MB (an index entry of 4
// bytes per byte of text, and a string buffer), held otherwise for as long
// as the thread lives.
void releaseLargeParser();
simdjson::padded_string padded(std::string_view json);

// Spare bytes the parser may read past the end of a text.
constexpr qsizetype Padding = simdjson::SIMDJSON_PADDING;

// Makes sure `buffer` has Padding spare bytes after its text, so that
// InPlace can read it without a copy (one reallocation at most; received
// bodies usually have the room already).
void reservePadding(QByteArray &buffer);

// A text for the parser: read where it lies when its buffer has Padding
// spare bytes (a list page of tens of megabytes is not copied), otherwise
// from a padded copy.
class InPlace {
public:
    explicit InPlace(const QByteArray &json);
    simdjson::padded_string_view view() const { return m_view; }

private:
    simdjson::padded_string m_copy;
    simdjson::padded_string_view m_view;
};

// Calls f(item) for each element of a List's "items" (a list page), read
// in place. False when the page is not JSON.
template<typename F>
bool forListItems(const QByteArray &page, F &&f)
{
    const InPlace text(page);
    simdjson::ondemand::document doc;
    Value root;
    if (parser().iterate(text.view()).get(doc) != simdjson::SUCCESS || doc.get_value().get(root) != simdjson::SUCCESS)
        return false;
    forFields(root, [&](std::string_view key, Value items) {
        if (key == "items")
            forItems(items, f);
    });
    return true;
}

} // namespace Kaji::Kube::JsonScan
