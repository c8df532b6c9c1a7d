#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Kube {

// A place in YAML text: 1-based line and column (in characters). Line 0
// means unknown.
struct YamlPosition {
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const YamlPosition &) const = default;
};

struct YamlProblem {
    YamlPosition position;
    QString message;
};

struct YamlReadResult {
    // The document as JSON, as the API server reads it; null for an empty
    // document and when `error` is set.
    nlohmann::json value;
    // Why the text is not a document the API server would read.
    std::optional<YamlProblem> error;
    // Keys set twice in one mapping (directly or through a `<<` merge), at
    // the second. Strict field validation rejects them; without it the
    // later value wins, which is what `value` holds.
    QList<YamlProblem> duplicateKeys;
    // Unquoted values that mean something other than they seem to say
    // (`yes` is a boolean, `0755` is 493).
    QList<YamlProblem> warnings;
    // Where each key and sequence item is written, by JSON pointer
    // (RFC 6901, "/spec/containers/0/image"); "" is the document.
    QHash<QString, YamlPosition> positions;

    bool ok() const { return !error && duplicateKeys.isEmpty(); }
};

// Reads YAML the way the API server and kubectl do (go-yaml v2, then JSON,
// as sigs.k8s.io/yaml): YAML 1.1 scalars, `<<` merge keys, keys turned
// into strings, anchors and aliases expanded. libyaml (which go-yaml was ported from) does the parsing.
class YamlReader {
public:
    // Reads the first document of `text`. `firstLine` is where `text`
    // starts in its file (a document of a stream), so positions point into
    // the file.
    static YamlReadResult read(const QByteArray &text, int firstLine = 1);

    // A key or index as one token of a JSON pointer ("a/b" → "a~1b").
    static QString pointerToken(const QString &key);
};

} // namespace Kaji::Kube
