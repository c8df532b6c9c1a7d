#include "yamlfolding.h"

#include "yamllinesyntax.h"

namespace Kaji::Ui {
namespace {

struct Shape {
    bool empty = true; // blank or comment: belongs to whatever surrounds it
    int indent = 0;
    bool item = false; // starts with "- "
};

Shape shapeOf(const QString &line)
{
    const int indent = YamlLineSyntax::indentOf(line);
    if (indent == line.size() || line[indent] == u'#' || line[indent] == u'\r')
        return {};
    const bool item = line[indent] == u'-' && (indent + 1 == line.size() || line[indent + 1] == u' ');
    return {false, indent, item};
}

// A line inside the block of `start`: deeper, or an item of a sequence
// that a key line opens at its own indentation (`containers:` / `- name:`).
bool inside(const Shape &start, bool keyOpensBlock, const Shape &line)
{
    return line.indent > start.indent || (keyOpensBlock && line.item && line.indent == start.indent);
}

bool opensBlock(const QString &text, const Shape &shape)
{
    if (shape.item)
        return false;
    const YamlLine line = YamlLineSyntax::read(text);
    return !line.segments.isEmpty() && line.segments.last().type == YamlLineSegment::Type::Key;
}

} // namespace

bool YamlFolding::isFoldable(const LineAt &lineAt, int lineCount, int line)
{
    if (line < 0 || line >= lineCount)
        return false;
    const QString text = lineAt(line);
    const Shape start = shapeOf(text);
    if (start.empty)
        return false;
    // The next line with something on it decides; comments and blank
    // lines in between do not.
    for (int i = line + 1; i < lineCount; ++i) {
        const Shape shape = shapeOf(lineAt(i));
        if (!shape.empty)
            return inside(start, opensBlock(text, start), shape);
    }
    return false;
}

int YamlFolding::blockEnd(const LineAt &lineAt, int lineCount, int line)
{
    if (line < 0 || line >= lineCount)
        return line;
    const QString text = lineAt(line);
    const Shape start = shapeOf(text);
    if (start.empty)
        return line;
    const bool keyOpensBlock = opensBlock(text, start);
    int end = line;
    for (int i = line + 1; i < lineCount; ++i) {
        const Shape shape = shapeOf(lineAt(i));
        if (shape.empty)
            continue;
        if (!inside(start, keyOpensBlock, shape))
            break;
        end = i;
    }
    return end;
}

} // namespace Kaji::Ui
