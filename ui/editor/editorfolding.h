#pragma once

#include <QList>
#include <QTextCursor>

class QPlainTextEdit;
class QTextBlock;

// GUI thread.
namespace Kaji::Ui {

// Folded blocks of a plain text editor: the lines of a YAML block hidden
// under its first line. Hiding never touches the text: blocks are made
// invisible, and a fold is remembered by a cursor at its first line, which
// follows edits above it.
class EditorFolding {
public:
    explicit EditorFolding(QPlainTextEdit *editor);

    bool isFoldable(const QTextBlock &block) const;
    bool isFolded(const QTextBlock &block) const;
    // The last block of the block that starts at `block` (`block` when none).
    QTextBlock blockEnd(const QTextBlock &block) const;

    bool fold(const QTextBlock &block);
    bool unfold(const QTextBlock &block);
    bool toggle(const QTextBlock &block);
    void unfoldAll();
    // Unfolds whatever hides `block` (the cursor went there, a search hit).
    void reveal(const QTextBlock &block);
    // After an edit: folds whose first line is gone are dropped and no
    // line stays hidden that no fold covers.
    void repair();

private:
    void setHidden(const QTextBlock &first, const QTextBlock &last, bool hidden);
    void relayout(const QTextBlock &first, const QTextBlock &last);
    qsizetype indexOf(const QTextBlock &block) const;

    QPlainTextEdit *m_editor;
    QList<QTextCursor> m_folds; // at the first line of each fold
    bool m_hiding = false; // some block may be hidden
};

} // namespace Kaji::Ui
