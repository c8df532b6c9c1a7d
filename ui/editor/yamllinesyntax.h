#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

// Pure functions; any thread.
namespace Kaji::Ui {

// A flow collection (`[a, b`) or quoted scalar (`"abc`) left open at the
// end of a line: what is still open, carried to the next line.
struct YamlOpenValue {
    int flowDepth = 0;
    QChar quote; // '"' or '\'' while inside a quoted scalar
    bool isOpen() const { return flowDepth > 0 || !quote.isNull(); }
};

// A piece of one line: columns are 0-based, [start, end).
struct YamlLineSegment {
    enum class Type {
        Item, // the "-" of a sequence item
        Key, // a mapping key, up to its ":"
        Value, // what follows a key's ":" or an item's "- " (a scalar, flow or block indicator)
        Text, // plain text that is no key (yet): a key being typed, a scalar item
        Comment,
    };
    Type type = Type::Text;
    int start = 0;
    int end = 0;
    QString key; // Key: the key as the document means it (quotes removed)
};

struct YamlLine {
    int indent = 0; // leading spaces
    bool blank = false; // nothing but spaces
    bool comment = false; // only a comment
    bool separator = false; // "---" (or "...") between documents
    QList<YamlLineSegment> segments;
    bool blockScalar = false; // ends in `|` or `>`: the more indented lines that follow are text
    YamlOpenValue open; // a flow or quoted value that goes on on the next line
};

// Reads one line of block-style YAML without a parser, by the characters
// that give a document its shape, so that it works on text being typed,
// which a parser refuses.
class YamlLineSyntax {
public:
    static YamlLine read(QStringView line);
    // Goes on through a value left open on an earlier line; returns the
    // column after its end, or -1 while it is still open.
    static int continueOpen(QStringView line, int from, YamlOpenValue &open);
    static int indentOf(QStringView line);
};

} // namespace Kaji::Ui
