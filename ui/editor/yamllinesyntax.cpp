#include "yamllinesyntax.h"

namespace Kaji::Ui {
namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

int skipSpaces(QStringView s, int pos)
{
    while (pos < s.size() && isSpace(s[pos]))
        ++pos;
    return pos;
}

// A " #" starts a comment outside quotes; returns its column or the end.
int commentStart(QStringView s, int from)
{
    for (int i = from; i < s.size(); ++i) {
        if (s[i] == u'#' && (i == 0 || isSpace(s[i - 1])))
            return i;
    }
    return int(s.size());
}

int trimmedEnd(QStringView s, int from, int end)
{
    while (end > from && isSpace(s[end - 1]))
        --end;
    return end;
}

QString unquote(QStringView quoted)
{
    const QChar quote = quoted.front();
    QString out;
    for (int i = 1; i < quoted.size(); ++i) {
        const QChar c = quoted[i];
        if (c == quote) {
            if (quote == u'\'' && i + 1 < quoted.size() && quoted[i + 1] == u'\'') {
                out += c;
                ++i;
                continue;
            }
            break;
        }
        // The common escapes only: a key with \t or \u in it is too rare to
        // be worth a full decoder here.
        if (quote == u'"' && c == u'\\' && i + 1 < quoted.size()) {
            out += quoted[++i];
            continue;
        }
        out += c;
    }
    return out;
}

// Where a quoted scalar that starts at `from` ends (after its closing
// quote), or -1 when it runs past the line.
int quotedEnd(QStringView s, int from)
{
    YamlOpenValue open;
    open.quote = s[from];
    return YamlLineSyntax::continueOpen(s, from + 1, open);
}

struct KeyMatch {
    QString key;
    int end = -1; // after the key's text
    int colon = -1;
};

// `key:` or `"quoted key":` at `pos`, followed by a space or the end.
KeyMatch findKey(QStringView s, int pos)
{
    KeyMatch match;
    const QChar first = s[pos];
    if (first == u'"' || first == u'\'') {
        const int end = quotedEnd(s, pos);
        if (end < 0)
            return match;
        const int colon = skipSpaces(s, end);
        if (colon < s.size() && s[colon] == u':' && (colon + 1 == s.size() || isSpace(s[colon + 1])))
            match = {unquote(s.mid(pos, end - pos)), end, colon};
        return match;
    }
    if (first == u'[' || first == u'{' || first == u'#' || first == u'|' || first == u'>')
        return match;
    if ((first == u'?' || first == u':') && (pos + 1 == s.size() || isSpace(s[pos + 1])))
        return match; // complex keys: rare in manifests, left as text
    for (int i = pos; i < s.size(); ++i) {
        if (s[i] == u'#' && i > pos && isSpace(s[i - 1]))
            return match;
        if (s[i] == u':' && (i + 1 == s.size() || isSpace(s[i + 1]))) {
            const int end = trimmedEnd(s, pos, i);
            return {s.mid(pos, end - pos).toString(), end, i};
        }
    }
    return match;
}

// A value (after "key: " or "- ") from `pos`; notes a block scalar or a
// flow or quoted value that goes on on the next line.
void readValue(QStringView s, int pos, YamlLine &line)
{
    const QChar first = s[pos];
    int end = int(s.size());
    if (first == u'|' || first == u'>') {
        line.blockScalar = true;
        end = commentStart(s, pos);
    } else if (first == u'[' || first == u'{' || first == u'"' || first == u'\'') {
        YamlOpenValue open;
        if (first == u'[' || first == u'{')
            open.flowDepth = 1;
        else
            open.quote = first;
        const int closed = YamlLineSyntax::continueOpen(s, pos + 1, open);
        if (closed < 0)
            line.open = open;
        else
            end = commentStart(s, closed);
    } else {
        end = commentStart(s, pos);
    }
    const int valueEnd = trimmedEnd(s, pos, end);
    line.segments.append({YamlLineSegment::Type::Value, pos, valueEnd, {}});
    if (end < s.size())
        line.segments.append({YamlLineSegment::Type::Comment, end, int(s.size()), {}});
}

} // namespace

int YamlLineSyntax::indentOf(QStringView line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == u' ')
        ++indent;
    return indent;
}

int YamlLineSyntax::continueOpen(QStringView s, int from, YamlOpenValue &open)
{
    for (int i = from; i < s.size(); ++i) {
        const QChar c = s[i];
        if (open.quote == u'"') {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                open.quote = QChar();
        } else if (open.quote == u'\'') {
            if (c == u'\'' && i + 1 < s.size() && s[i + 1] == u'\'')
                ++i;
            else if (c == u'\'')
                open.quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            // A quote opens a scalar only where one can start, not inside
            // a plain word (`[it's]`).
            int before = i - 1;
            while (before >= from && isSpace(s[before]))
                --before;
            if (before < from || QStringView(u"[{,:").contains(s[before]))
                open.quote = c;
        } else if (c == u'[' || c == u'{') {
            ++open.flowDepth;
        } else if (c == u']' || c == u'}') {
            --open.flowDepth;
        } else if (c == u'#' && (i == 0 || isSpace(s[i - 1]))) {
            return -1; // a comment inside an open flow: the rest of the line
        }
        if (!open.isOpen())
            return i + 1;
    }
    return -1;
}

YamlLine YamlLineSyntax::read(QStringView s)
{
    YamlLine line;
    while (!s.isEmpty() && (s.back() == u'\r' || s.back() == u'\n'))
        s.chop(1);
    line.indent = indentOf(s);
    if (skipSpaces(s, line.indent) == s.size()) {
        line.blank = true;
        return line;
    }
    if (s.startsWith(u"---") || s.startsWith(u"...")) {
        if (s.size() == 3 || isSpace(s[3])) {
            line.separator = true;
            return line;
        }
    }
    int pos = line.indent;
    if (s[pos] == u'#') {
        line.comment = true;
        line.segments.append({YamlLineSegment::Type::Comment, pos, int(s.size()), {}});
        return line;
    }
    while (pos < s.size()) {
        if (s[pos] == u'-' && (pos + 1 == s.size() || isSpace(s[pos + 1]))) {
            line.segments.append({YamlLineSegment::Type::Item, pos, pos + 1, {}});
            pos = skipSpaces(s, pos + 1);
            continue;
        }
        if (s[pos] == u'#') {
            line.segments.append({YamlLineSegment::Type::Comment, pos, int(s.size()), {}});
            return line;
        }
        const KeyMatch key = findKey(s, pos);
        if (key.colon >= 0) {
            line.segments.append({YamlLineSegment::Type::Key, pos, key.end, key.key});
            const int value = skipSpaces(s, key.colon + 1);
            if (value == s.size())
                return line;
            if (s[value] == u'#') {
                line.segments.append({YamlLineSegment::Type::Comment, value, int(s.size()), {}});
                return line;
            }
            readValue(s, value, line);
            return line;
        }
        // A flow, quoted or block value as an item (`- [a, b]`) or alone.
        if (QStringView(u"[{\"'|>").contains(s[pos])) {
            readValue(s, pos, line);
            return line;
        }
        const int end = commentStart(s, pos);
        line.segments.append({YamlLineSegment::Type::Text, pos, trimmedEnd(s, pos, end), {}});
        if (end < s.size())
            line.segments.append({YamlLineSegment::Type::Comment, end, int(s.size()), {}});
        return line;
    }
    return line;
}

} // namespace Kaji::Ui
