#pragma once

#include "manifestdiagnostic.h"

#include <QList>
#include <QTextCursor>
#include <QTextEdit>

#include <optional>

class QPalette;
class QTextDocument;

// GUI thread.
namespace Kaji::Ui {

// The diagnostics shown in an editor, each held by a cursor over the text
// it underlines (from its column to the end of that token), so they stay
// on their text while the user types until the next validation replaces
// them.
class EditorDiagnostics {
public:
    explicit EditorDiagnostics(QTextDocument *document);

    void set(const ManifestDiagnostics &diagnostics);
    void clear();
    bool isEmpty() const { return m_items.isEmpty(); }

    // Where they are now (lines and columns after the edits since).
    ManifestDiagnostics current() const;
    // The most severe on a 0-based block, for the gutter.
    std::optional<ManifestDiagnostic::Severity> worstOnBlock(int blockNumber) const;
    QStringList messagesOnBlock(int blockNumber) const;
    // Those whose underline covers `position` (or whose line it is, for
    // diagnostics that underline nothing).
    QStringList messagesAt(int position) const;

    QList<QTextEdit::ExtraSelection> selections(const QPalette &palette) const;
    static QColor colour(ManifestDiagnostic::Severity severity, const QPalette &palette);

private:
    struct Item {
        QTextCursor range;
        ManifestDiagnostic diagnostic;
    };

    QTextCursor underline(const ManifestDiagnostic &diagnostic) const;

    QTextDocument *m_document;
    QList<Item> m_items;
};

} // namespace Kaji::Ui
