#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <string_view>

// Pure functions; any thread.
namespace Kaji::Kube {

// What an unquoted YAML scalar means to the API server and kubectl, which
// read YAML 1.1 through go-yaml v2: `yes` and `on` are booleans, `0755` is
// octal, `1_000` is a thousand, `~` is null. Kaji's reader and writer both
// use these rules, so what Kaji writes reads back the same everywhere.
namespace YamlScalar {

enum class Kind { String, Null, Bool, Int, Float, Timestamp };

struct Resolved {
    Kind kind = Kind::String;
    // string, null, bool, int64 or uint64 (Int), double (Float: may be ±inf
    // or nan, which JSON cannot hold). A Timestamp keeps its text: go-yaml
    // hands timestamps to JSON as strings.
    nlohmann::json value;
};

// The meaning of a plain (unquoted, untagged) scalar.
Resolved resolvePlain(std::string_view text);

// True when `text` written without quotes reads back as this same string,
// for go-yaml v2 and for other YAML 1.1 readers too (which also take
// sexagesimal numbers like 1:30 and timestamps for other types).
bool readsBackAsString(std::string_view text);

// Why a plain scalar means something other than it seems to say ("yes"
// is a boolean, "0755" the number 493), for a warning; empty when it
// means what it looks like.
QString surprise(std::string_view text, const Resolved &resolved);

} // namespace YamlScalar
} // namespace Kaji::Kube
