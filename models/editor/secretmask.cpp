#include "secretmask.h"

#include <QSet>

#include <algorithm>

namespace Kaji::Models::SecretMask {
namespace {

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

// Where the `:` that ends a map key starting at `from` is, or -1. Quoted
// keys may hold `: ` themselves.
int keyColon(const QString &line, int from)
{
    int i = from;
    if (i < line.size() && (line.at(i) == u'"' || line.at(i) == u'\'')) {
        const QChar quote = line.at(i);
        for (++i; i < line.size(); ++i) {
            if (quote == u'"' && line.at(i) == u'\\') {
                ++i;
            } else if (line.at(i) == quote) {
                if (quote == u'\'' && i + 1 < line.size() && line.at(i + 1) == u'\'') {
                    ++i; // '' is a quote inside single quotes
                    continue;
                }
                break;
            }
        }
        return i + 1 < line.size() && line.at(i + 1) == u':' ? i + 1 : -1;
    }
    for (; i < line.size(); ++i) {
        if (line.at(i) == u':' && (i + 1 == line.size() || line.at(i + 1) == u' '))
            return i;
    }
    return -1;
}

bool isMaskValue(const QString &line, int colon)
{
    const QString value = line.mid(colon + 1).trimmed();
    if (!value.startsWith(mask()))
        return false;
    const QString rest = value.mid(mask().size()).trimmed();
    return rest.isEmpty() || rest.startsWith(u'#');
}

} // namespace

QString mask()
{
    return QStringLiteral("••••••••");
}

QList<Entry> entries(const QString &text)
{
    return entries(text.split(u'\n'));
}

QList<Entry> entries(const QStringList &lines)
{
    QList<Entry> out;
    QString section;
    int entryIndent = -1;
    bool open = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const int indent = indentOf(line);
        if (indent == 0) {
            open = false;
            entryIndent = -1;
            section.clear();
            if (line.startsWith(u'#'))
                continue;
            const QString head = line.trimmed();
            if (head == QLatin1String("stringData:") || head == QLatin1String("data:"))
                section = head.chopped(1);
            continue;
        }
        if (section.isEmpty())
            continue;
        if (open && indent > entryIndent) {
            out.last().lastLine = i; // a literal block's line (a `#` in it is text)
            continue;
        }
        open = false;
        if (line.at(indent) == u'#')
            continue;
        if (entryIndent < 0)
            entryIndent = indent;
        if (indent != entryIndent)
            continue;
        const int colon = keyColon(line, indent);
        if (colon < 0)
            continue;
        Entry entry;
        entry.section = section;
        entry.key = line.mid(indent, colon - indent);
        entry.firstLine = entry.lastLine = i;
        out.append(entry);
        open = true;
    }
    for (Entry &entry : out) {
        if (entry.firstLine == entry.lastLine) {
            const QString &line = lines.at(entry.firstLine);
            entry.masked = isMaskValue(line, keyColon(line, indentOf(line)));
        }
    }
    return out;
}

const Entry *entryAt(const QList<Entry> &entries, int line)
{
    for (const Entry &entry : entries) {
        if (line >= entry.firstLine && line <= entry.lastLine)
            return &entry;
    }
    return nullptr;
}

void Concealed::keep(const Entry &entry, const QStringList &entryLines)
{
    if (!lines.contains(entry.id()))
        order.append(entry.id());
    lines.insert(entry.id(), entryLines);
}

QString maskedLine(const Entry &entry, const QStringList &entryLines)
{
    const QString &first = entryLines.value(0);
    const int colon = keyColon(first, indentOf(first));
    QString out = first.left(colon + 1) + u' ' + mask();
    // The note that a `data` value is base64 stays: it says why the key is
    // not under stringData. Base64 holds neither spaces nor `#`.
    if (entry.section == QLatin1String("data") && entryLines.size() == 1) {
        const int note = first.indexOf(QLatin1String(" # "), colon);
        if (note >= 0)
            out += first.mid(note);
    }
    return out;
}

QString conceal(const QString &text, const QStringList &keepShown, Concealed &concealed)
{
    QStringList lines = text.split(u'\n');
    const QList<Entry> found = entries(lines);
    for (const Entry &entry : found) {
        if (!entry.masked && !keepShown.contains(entry.id()))
            concealed.keep(entry, lines.mid(entry.firstLine, entry.lastLine - entry.firstLine + 1));
    }
    // From the end, so the line numbers of the entries above stay right.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        if (it->masked || keepShown.contains(it->id()))
            continue;
        const QString line = maskedLine(*it, lines.mid(it->firstLine, it->lastLine - it->firstLine + 1));
        lines.remove(it->firstLine, it->lastLine - it->firstLine + 1);
        lines.insert(it->firstLine, line);
    }
    return lines.join(u'\n');
}

Unmasked unmask(const QString &maskedText, const Concealed &concealed)
{
    const QStringList lines = maskedText.split(u'\n');
    const QList<Entry> found = entries(lines);
    QSet<QString> present;
    for (const Entry &entry : found)
        present.insert(entry.id());

    QHash<int, QStringList> replacement; // by an entry's first line
    QHash<QString, QList<const Entry *>> unknown; // masked under a key never concealed, by section
    for (const Entry &entry : found) {
        if (!entry.masked)
            continue;
        if (const auto it = concealed.lines.constFind(entry.id()); it != concealed.lines.constEnd())
            replacement.insert(entry.firstLine, *it);
        else
            unknown[entry.section].append(&entry);
    }
    Unmasked out;
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        QStringList missing;
        for (const QString &id : concealed.order) {
            if (id.section(u'\n', 0, 0) == it.key() && !present.contains(id))
                missing.append(id);
        }
        if (missing.size() != it.value().size()) {
            for (const Entry *entry : it.value())
                out.unresolved.append(entry->key);
            continue;
        }
        // Renamed: the value the key had, under the name it has now.
        for (int i = 0; i < missing.size(); ++i) {
            QStringList value = concealed.lines.value(missing.at(i));
            const QString &now = lines.at(it.value().at(i)->firstLine);
            const QString &was = value.first();
            value.first() = now.left(keyColon(now, indentOf(now)) + 1) + was.mid(keyColon(was, indentOf(was)) + 1);
            replacement.insert(it.value().at(i)->firstLine, value);
        }
    }
    std::sort(out.unresolved.begin(), out.unresolved.end());

    QStringList real;
    real.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        if (const auto it = replacement.constFind(i); it != replacement.constEnd()) {
            for (const QString &line : *it) {
                real.append(line);
                out.maskedLineOf.append(i);
            }
        } else {
            real.append(lines.at(i));
            out.maskedLineOf.append(i);
        }
    }
    out.text = real.join(u'\n');
    return out;
}

} // namespace Kaji::Models::SecretMask
