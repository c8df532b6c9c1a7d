#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Pure functions over text; any thread.
namespace Kaji::Models::SecretMask {

// What the editor shows in place of a Secret's value until the user reveals
// it. Works on the text (not on parsed YAML) so that a mask survives text
// that does not parse while the user types, and so that the rest of the
// text stays exactly as written.
QString mask();

// One value of a Secret's `stringData` or `data` map in the editor's text:
// its key line and the lines of a multi-line (literal block) value.
struct Entry {
    QString section; // "stringData" or "data"
    QString key; // as written in the text (quotes included when quoted)
    int firstLine = 0; // 0-based
    int lastLine = 0; // inclusive; trailing empty lines are not part of it
    bool masked = false; // a one-line entry whose value is the mask

    QString id() const { return section + u'\n' + key; }
};

// The entries of the top-level `stringData` and `data` maps, in text order.
QList<Entry> entries(const QString &text);
QList<Entry> entries(const QStringList &lines);
// The entry whose lines hold `line` (0-based), or null.
const Entry *entryAt(const QList<Entry> &entries, int line);

// The real values behind the masks: for each entry masked, its lines as
// they were. A hidden value is kept here until the text is shown anew, so
// an undo that brings a mask back still maps to a value.
struct Concealed {
    QStringList order; // ids as first concealed (text order): pairs renamed keys
    QHash<QString, QStringList> lines;

    bool isEmpty() const { return lines.isEmpty(); }
    void keep(const Entry &entry, const QStringList &entryLines);
};

// The one line that replaces an entry's lines while it is masked: its key,
// the mask, and (for `data`) the note comment after a base64 value.
QString maskedLine(const Entry &entry, const QStringList &entryLines);

// `text` with every entry masked except those whose id is in `keepShown`;
// what was masked goes to `concealed`. Entries already masked (a draft that
// was saved with an unresolvable mask) stay masked and are not kept: their
// value is unknown, and unmask() reports them.
QString conceal(const QString &text, const QStringList &keepShown, Concealed &concealed);

struct Unmasked {
    QString text; // the masks replaced by the values behind them
    // Keys whose value is still the mask with nothing known behind it (a
    // mask pasted under a new key): such text must never be sent.
    QStringList unresolved;
    // For each line of `text` (0-based), the line of the masked text it
    // comes from: to place the server's complaints in what the user sees.
    QList<int> maskedLineOf;
};

// The text the user means: each masked value maps back to the value kept
// for its key; a value the user replaced is the user's; a deleted key stays
// deleted. A masked entry under a key that was not concealed (renamed)
// takes the value of the concealed key that is missing from the text in
// that section, in order, when the counts of both match; otherwise it is
// unresolved.
Unmasked unmask(const QString &maskedText, const Concealed &concealed);

} // namespace Kaji::Models::SecretMask
