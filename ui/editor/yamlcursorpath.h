#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Pure functions; any thread.
namespace Kaji::Ui {

// What is under a place in manifest text, in the terms of the object it
// describes: the JSON pointer (RFC 6901) of the field, and where a key typed
// there would go.
struct YamlCursorContext {
    enum class Kind {
        None, // separator, indentation, nothing to say
        Key, // on a key: `pointer` is that field
        Value, // on a value (scalar, flow, block text) or a "- ": `pointer` is its field or item
        NewKey, // where a new key is being typed or could be: `pointer` is the mapping
        Comment,
    };
    Kind kind = Kind::None;
    QString pointer;
    // The mapping a key typed at the cursor belongs to ("/spec/template");
    // meaningful when `atKeyPosition`.
    QString mappingPointer;
    bool atKeyPosition = false;
    // The part of the key left of the cursor, and the column it starts at:
    // what completion filters by and replaces.
    QString prefix;
    int prefixColumn = 0;
    // Keys the mapping already has (before and after the cursor), the one
    // under the cursor left out: completion need not offer them again.
    QStringList siblingKeys;
    // The document (of a multi-document text) holding the cursor: its first
    // line (0-based) and its top-level apiVersion and kind when written
    // plainly, which is what a schema lookup needs.
    int documentFirstLine = 0;
    QString apiVersion;
    QString objectKind;
};

// Maps a place in YAML text to its JSON pointer by indentation, without a
// parser, so it also works on incomplete text while a key is being typed.
// Flow style (`{a: 1}`) and multi-line plain scalars degrade to the field
// that holds them.
class YamlCursorPath {
public:
    // Line `i` of the text (0-based), without its line break.
    using LineAt = std::function<QString(int)>;

    // `line` and `column` are 0-based, as QTextCursor counts them
    // (blockNumber, positionInBlock).
    static YamlCursorContext at(const LineAt &lineAt, int lineCount, int line, int column);
    static YamlCursorContext at(const QString &text, int line, int column);
};

} // namespace Kaji::Ui
