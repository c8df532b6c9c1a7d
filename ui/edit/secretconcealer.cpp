#include "secretconcealer.h"

#include "editor/manifesteditor.h"

#include <QMenu>
#include <QTextBlock>

namespace Kaji::Ui {

namespace SecretMask = Models::SecretMask;

SecretConcealer::SecretConcealer(ManifestEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor->document(), &QTextDocument::contentsChanged, this, &SecretConcealer::updateMarkers);
    connect(editor, &ManifestEditor::maskedValueTouched, this, [this](int line) { revealLine(line - 1); });
    connect(editor, &ManifestEditor::valueMarkerClicked, this, [this](int line) {
        const QList<SecretMask::Entry> entries = SecretMask::entries(m_editor->toPlainText());
        if (const SecretMask::Entry *entry = SecretMask::entryAt(entries, line - 1))
            entry->masked ? revealLine(line - 1) : hideLine(line - 1);
    });
    editor->setContextMenuHook([this](QMenu *menu, int line) {
        if (!m_enabled)
            return;
        const QList<SecretMask::Entry> entries = SecretMask::entries(m_editor->toPlainText());
        if (entries.isEmpty())
            return;
        menu->addSeparator();
        if (const SecretMask::Entry *entry = SecretMask::entryAt(entries, line - 1)) {
            const bool masked = entry->masked;
            QAction *one = menu->addAction(masked ? tr("Reveal value of %1").arg(entry->key)
                                                  : tr("Hide value of %1").arg(entry->key));
            connect(one, &QAction::triggered, this,
                [this, line, masked] { masked ? revealLine(line - 1) : hideLine(line - 1); });
        }
        connect(menu->addAction(tr("Reveal all values")), &QAction::triggered, this, &SecretConcealer::revealAll);
        connect(menu->addAction(tr("Hide all values")), &QAction::triggered, this, &SecretConcealer::hideAll);
    });
}

void SecretConcealer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_editor->setMaskedValue(enabled ? SecretMask::mask() : QString());
    if (!enabled)
        m_editor->setValueMarkers({});
}

void SecretConcealer::show(const QString &text)
{
    // The old text's values go with it: setManifest() clears the undo
    // history that could bring its masks back.
    m_concealed = {};
    m_editor->setManifest(m_enabled ? SecretMask::conceal(text, m_revealed, m_concealed) : text);
    updateMarkers();
}

SecretMask::Unmasked SecretConcealer::unmasked() const
{
    if (!m_enabled) {
        SecretMask::Unmasked out;
        out.text = m_editor->toPlainText();
        return out;
    }
    return SecretMask::unmask(m_editor->toPlainText(), m_concealed);
}

int SecretConcealer::lineOf(const QString &key) const
{
    for (const SecretMask::Entry &entry : SecretMask::entries(m_editor->toPlainText())) {
        if (entry.key == key)
            return entry.firstLine;
    }
    return -1;
}

bool SecretConcealer::reveal(const QString &key)
{
    const int line = lineOf(key);
    return line >= 0 && revealLine(line);
}

bool SecretConcealer::hide(const QString &key)
{
    const int line = lineOf(key);
    return line >= 0 && hideLine(line);
}

QStringList SecretConcealer::maskedKeys() const
{
    QStringList keys;
    for (const SecretMask::Entry &entry : SecretMask::entries(m_editor->toPlainText())) {
        if (entry.masked)
            keys.append(entry.key);
    }
    return keys;
}

void SecretConcealer::revealAll()
{
    const QList<SecretMask::Entry> entries = SecretMask::entries(m_editor->toPlainText());
    // From the end: a value of several lines moves only what is below it.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->masked)
            revealLine(it->firstLine);
    }
}

void SecretConcealer::hideAll()
{
    const QList<SecretMask::Entry> entries = SecretMask::entries(m_editor->toPlainText());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (!it->masked)
            hideLine(it->firstLine);
    }
}

bool SecretConcealer::revealLine(int line)
{
    if (!m_enabled)
        return false;
    const QString text = m_editor->toPlainText();
    const QList<SecretMask::Entry> entries = SecretMask::entries(text);
    const SecretMask::Entry *entry = SecretMask::entryAt(entries, line);
    if (!entry || !entry->masked)
        return false;
    // The mapping a save would use, renamed keys included.
    const SecretMask::Unmasked real = SecretMask::unmask(text, m_concealed);
    if (real.unresolved.contains(entry->key)) {
        Q_EMIT unknownValue(entry->key);
        return false;
    }
    const QStringList realLines = real.text.split(u'\n');
    QStringList value;
    for (int i = 0; i < realLines.size(); ++i) {
        if (real.maskedLineOf.at(i) == entry->firstLine)
            value.append(realLines.at(i));
    }
    if (!m_revealed.contains(entry->id()))
        m_revealed.append(entry->id());
    replaceLines(entry->firstLine, entry->lastLine, value.join(u'\n'));
    Q_EMIT revealedChanged();
    return true;
}

bool SecretConcealer::hideLine(int line)
{
    if (!m_enabled)
        return false;
    const QStringList lines = m_editor->toPlainText().split(u'\n');
    const QList<SecretMask::Entry> entries = SecretMask::entries(lines);
    const SecretMask::Entry *entry = SecretMask::entryAt(entries, line);
    if (!entry || entry->masked)
        return false;
    // What hides behind the mask is the value as it is now, the user's
    // changes included.
    const QStringList value = lines.mid(entry->firstLine, entry->lastLine - entry->firstLine + 1);
    m_concealed.keep(*entry, value);
    m_revealed.removeAll(entry->id());
    replaceLines(entry->firstLine, entry->lastLine, SecretMask::maskedLine(*entry, value));
    Q_EMIT revealedChanged();
    return true;
}

void SecretConcealer::replaceLines(int first, int last, const QString &with)
{
    QTextDocument *document = m_editor->document();
    const QTextBlock from = document->findBlockByNumber(first);
    const QTextBlock to = document->findBlockByNumber(last);
    if (!from.isValid() || !to.isValid())
        return;
    // One undoable step, as if the user had typed it.
    QTextCursor cursor(from);
    cursor.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertText(with);
}

void SecretConcealer::updateMarkers()
{
    if (!m_enabled)
        return;
    QList<ValueMarker> markers;
    for (const SecretMask::Entry &entry : SecretMask::entries(m_editor->toPlainText())) {
        markers.append({ entry.firstLine + 1, entry.masked,
            entry.masked ? tr("The value of %1 is hidden: click to reveal it.").arg(entry.key)
                         : tr("Click to hide the value of %1.").arg(entry.key) });
    }
    m_editor->setValueMarkers(markers);
}

} // namespace Kaji::Ui
