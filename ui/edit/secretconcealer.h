#pragma once

#include "editor/secretmask.h"

#include <QObject>
#include <QStringList>

// GUI thread.
namespace Kaji::Ui {

class ManifestEditor;

// A Secret's values in the manifest editor, masked until the user reveals
// them key by key (the lock in the gutter, the context menu, or Reveal all).
// The editor holds the masked text; text() is what the user means, with
// every mask mapped back to the value behind it, and is the only text that
// may be saved, reviewed or kept as a draft. An edit aimed at a mask shows
// the value first, so nobody types into a mask blindly.
class SecretConcealer : public QObject {
    Q_OBJECT
public:
    explicit SecretConcealer(ManifestEditor *editor);

    // On for a Secret; off, text() is the editor's text as it is.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The editor shows `text` (every value masked but those revealed
    // before, by key).
    void show(const QString &text);
    // The text the user means, and whether any mask has nothing behind it.
    Models::SecretMask::Unmasked unmasked() const;
    QString text() const { return unmasked().text; }

    // `key` as the text writes it; false when no such value is there.
    bool reveal(const QString &key);
    bool hide(const QString &key);
    void revealAll();
    void hideAll();
    QStringList maskedKeys() const;

Q_SIGNALS:
    // A mask with nothing known behind it was to be shown.
    void unknownValue(const QString &key);
    void revealedChanged();

private:
    bool revealLine(int line); // 0-based, any line of the entry
    bool hideLine(int line);
    void replaceLines(int first, int last, const QString &with);
    void updateMarkers();
    int lineOf(const QString &key) const;

    ManifestEditor *m_editor;
    Models::SecretMask::Concealed m_concealed;
    QStringList m_revealed; // ids shown by the user: they stay shown after a save
    bool m_enabled = false;
};

} // namespace Kaji::Ui
