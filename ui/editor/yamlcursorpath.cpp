#include "yamlcursorpath.h"

#include "yamllinesyntax.h"

#include "yamlreader.h"

#include <climits>

namespace Kaji::Ui {
namespace {

using Kind = YamlCursorContext::Kind;
using Type = YamlLineSegment::Type;

bool isSeparator(QStringView line)
{
    // Where Kube::YamlStream cuts a stream, so documents agree with validation.
    return line.startsWith(u"---") && (line.size() == 3 || line[3] == u' ' || line[3] == u'\t' || line[3] == u'#');
}

QString plainValue(QStringView value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.mid(1, value.size() - 2).toString();
    return value.toString();
}

struct Element {
    int indent = -1; // the root is left of every column
    QString token; // as in a JSON pointer (escaped)
    bool item = false;
    int index = 0;
    int id = 0;
    QStringList childKeys;
    QList<int> childIds;
};

// Walks a document's lines top-down, keeping the chain of keys and items
// that encloses the current line, and describes the cursor's line when it
// gets there.
class Scanner {
public:
    Scanner(int line, int column) : m_line(line), m_column(column) { m_stack.append(Element{}); }

    void read(int lineNumber, const QString &text);
    // Nothing more to learn past the cursor: its mapping has ended and the
    // document's kind is known.
    bool finished() const { return m_targetGone && !result.apiVersion.isEmpty() && !result.objectKind.isEmpty(); }

    YamlCursorContext result;

private:
    enum class Mode { Normal, Block, Open };

    QString pointer(qsizetype depth) const;
    QString pointer() const { return pointer(m_stack.size()); }
    qsizetype depthLeftOf(int column) const;
    void pop();
    void pushItem(int column);
    void pushKey(int column, const QString &key);
    void describe(const QString &text, const YamlLine &line, int segment);
    void setValue() { set(Kind::Value, pointer(), m_stack.size() - 1); }
    void set(Kind kind, const QString &pointer, qsizetype mappingDepth);
    void setKeyPosition(const QString &text, int start, qsizetype mappingDepth);

    int m_line;
    int m_column;
    QList<Element> m_stack;
    int m_nextId = 1;
    int m_targetId = -1;
    int m_excludeId = -1;
    bool m_targetGone = false;
    Mode m_mode = Mode::Normal;
    int m_blockIndent = 0;
    YamlOpenValue m_open;
};

QString Scanner::pointer(qsizetype depth) const
{
    QString out;
    for (qsizetype i = 1; i < depth; ++i)
        out += u'/' + m_stack[i].token;
    return out;
}

qsizetype Scanner::depthLeftOf(int column) const
{
    qsizetype depth = m_stack.size();
    while (depth > 1 && m_stack[depth - 1].indent >= column)
        --depth;
    return depth;
}

void Scanner::pop()
{
    if (m_stack.last().id == m_targetId)
        m_targetGone = true;
    m_stack.removeLast();
}

void Scanner::pushItem(int column)
{
    while (m_stack.last().indent > column)
        pop();
    int index = 0;
    if (m_stack.last().item && m_stack.last().indent == column) {
        index = m_stack.last().index + 1;
        pop();
    }
    m_stack.append({column, QString::number(index), true, index, m_nextId++, {}, {}});
}

void Scanner::pushKey(int column, const QString &key)
{
    while (m_stack.last().indent >= column)
        pop();
    const int id = m_nextId++;
    Element &parent = m_stack.last();
    parent.childKeys.append(key);
    parent.childIds.append(id);
    if (parent.id == m_targetId && id != m_excludeId)
        result.siblingKeys.append(key);
    m_stack.append({column, Kube::YamlReader::pointerToken(key), false, 0, id, {}, {}});
}

void Scanner::set(Kind kind, const QString &pointer, qsizetype mappingDepth)
{
    result.kind = kind;
    result.pointer = pointer;
    result.mappingPointer = this->pointer(mappingDepth);
    const Element &mapping = m_stack[mappingDepth - 1];
    m_targetId = mapping.id;
    for (qsizetype i = 0; i < mapping.childKeys.size(); ++i) {
        if (mapping.childIds[i] != m_excludeId)
            result.siblingKeys.append(mapping.childKeys[i]);
    }
}

void Scanner::setKeyPosition(const QString &text, int start, qsizetype mappingDepth)
{
    result.prefix = text.mid(start, m_column - start);
    result.prefixColumn = start;
    result.atKeyPosition = !result.prefix.contains(u' ');
    if (result.mappingPointer.isNull())
        result.mappingPointer = pointer(mappingDepth);
}

void Scanner::describe(const QString &text, const YamlLine &line, int i)
{
    const YamlLineSegment &segment = line.segments[i];
    const bool last = i + 1 == line.segments.size();
    switch (segment.type) {
    case Type::Item:
        if (m_column <= segment.end || !last) {
            setValue();
        } else {
            // "- " and nothing yet: the item's first key goes here.
            set(Kind::NewKey, pointer(), m_stack.size());
            setKeyPosition(text, m_column, m_stack.size());
        }
        return;
    case Type::Key:
        if (m_column <= segment.end) {
            m_excludeId = m_stack.last().id;
            set(Kind::Key, pointer(), m_stack.size() - 1);
            setKeyPosition(text, segment.start, m_stack.size() - 1);
        } else {
            setValue();
        }
        return;
    case Type::Value: setValue(); return;
    case Type::Comment: set(Kind::Comment, pointer(), m_stack.size()); return;
    case Type::Text:
        if (i > 0 && line.segments[i - 1].type == Type::Item) {
            // `- ngi`: a scalar item, or the first key of a new item.
            setValue();
            result.mappingPointer = pointer();
            setKeyPosition(text, segment.start, m_stack.size());
        } else {
            const qsizetype depth = depthLeftOf(segment.start);
            set(Kind::NewKey, pointer(depth), depth);
            setKeyPosition(text, segment.start, depth);
        }
        return;
    }
}

void Scanner::read(int lineNumber, const QString &text)
{
    const bool atCursor = lineNumber == m_line;
    if (m_mode == Mode::Block) {
        const int indent = YamlLineSyntax::indentOf(text);
        if (indent == text.size() || indent > m_blockIndent) {
            if (atCursor)
                setValue();
            return;
        }
        m_mode = Mode::Normal;
    }
    if (m_mode == Mode::Open) {
        if (YamlLineSyntax::continueOpen(text, 0, m_open) < 0) {
            if (atCursor)
                setValue();
            return;
        }
        // Whatever follows the closing bracket on this line can only be a comment.
        m_mode = Mode::Normal;
        if (atCursor)
            setValue();
        return;
    }
    const YamlLine line = YamlLineSyntax::read(text);
    if (line.blank || line.comment || line.separator) {
        if (atCursor && line.blank) {
            const qsizetype depth = depthLeftOf(m_column);
            set(Kind::NewKey, pointer(depth), depth);
            setKeyPosition(text, m_column, depth);
        } else if (atCursor && line.comment) {
            set(Kind::Comment, pointer(), m_stack.size());
        }
        return;
    }
    int cursorSegment = -1;
    for (int i = 0; atCursor && i < line.segments.size(); ++i) {
        if (line.segments[i].start <= m_column)
            cursorSegment = i;
    }
    for (int i = 0; i < line.segments.size(); ++i) {
        const YamlLineSegment &segment = line.segments[i];
        if (segment.type == Type::Item)
            pushItem(segment.start);
        if (segment.type == Type::Key) {
            pushKey(segment.start, segment.key);
            const bool topLevel = m_stack.size() == 2;
            if (topLevel && i + 1 < line.segments.size() && line.segments[i + 1].type == Type::Value) {
                const YamlLineSegment &value = line.segments[i + 1];
                const QString plain = plainValue(QStringView(text).mid(value.start, value.end - value.start));
                if (segment.key == QLatin1String("apiVersion"))
                    result.apiVersion = plain;
                else if (segment.key == QLatin1String("kind"))
                    result.objectKind = plain;
            }
        }
        if (i == cursorSegment)
            describe(text, line, i);
    }
    if (line.blockScalar) {
        m_mode = Mode::Block;
        m_blockIndent = m_stack.last().indent;
    } else if (line.open.isOpen()) {
        m_mode = Mode::Open;
        m_open = line.open;
    }
}

} // namespace

YamlCursorContext YamlCursorPath::at(const LineAt &lineAt, int lineCount, int line, int column)
{
    if (line < 0 || line >= lineCount)
        return {};
    if (isSeparator(lineAt(line)))
        return {};
    int start = line;
    while (start > 0 && !isSeparator(lineAt(start - 1)))
        --start;
    Scanner scanner(line, column);
    scanner.result.documentFirstLine = start;
    for (int i = start; i < lineCount; ++i) {
        const QString text = lineAt(i);
        if (i > line && isSeparator(text))
            break;
        scanner.read(i, text);
        if (i >= line && scanner.finished())
            break;
    }
    return scanner.result;
}

YamlCursorContext YamlCursorPath::at(const QString &text, int line, int column)
{
    const QStringList lines = text.split(u'\n');
    return at([&lines](int i) { return lines[i]; }, int(lines.size()), line, column);
}

} // namespace Kaji::Ui
