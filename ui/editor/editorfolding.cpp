#include "editorfolding.h"

#include "yamlfolding.h"

#include <QPlainTextEdit>
#include <QTextBlock>

namespace Kaji::Ui {
namespace {

YamlFolding::LineAt linesOf(const QTextDocument *document)
{
    return [document](int i) { return document->findBlockByNumber(i).text(); };
}

} // namespace

EditorFolding::EditorFolding(QPlainTextEdit *editor) : m_editor(editor)
{
}

bool EditorFolding::isFoldable(const QTextBlock &block) const
{
    const QTextDocument *document = m_editor->document();
    return YamlFolding::isFoldable(linesOf(document), document->blockCount(), block.blockNumber());
}

bool EditorFolding::isFolded(const QTextBlock &block) const
{
    return indexOf(block) >= 0;
}

QTextBlock EditorFolding::blockEnd(const QTextBlock &block) const
{
    const QTextDocument *document = m_editor->document();
    return document->findBlockByNumber(YamlFolding::blockEnd(linesOf(document), document->blockCount(), block.blockNumber()));
}

qsizetype EditorFolding::indexOf(const QTextBlock &block) const
{
    for (qsizetype i = 0; i < m_folds.size(); ++i) {
        if (m_folds[i].position() == block.position())
            return i;
    }
    return -1;
}

bool EditorFolding::fold(const QTextBlock &block)
{
    if (!block.isValid() || isFolded(block))
        return false;
    const QTextBlock last = blockEnd(block);
    if (last.blockNumber() <= block.blockNumber())
        return false;
    m_folds.append(QTextCursor(block));
    m_hiding = true;
    setHidden(block.next(), last, true);
    // The cursor must not stay in a hidden line where typing would go
    // unseen: it moves to the fold's first line.
    const int cursor = m_editor->textCursor().position();
    if (cursor > block.position() + block.length() - 1 && cursor <= last.position() + last.length() - 1) {
        QTextCursor moved(block);
        moved.movePosition(QTextCursor::EndOfBlock);
        m_editor->setTextCursor(moved);
    }
    relayout(block, last);
    return true;
}

bool EditorFolding::unfold(const QTextBlock &block)
{
    const qsizetype index = indexOf(block);
    if (index < 0)
        return false;
    m_folds.removeAt(index);
    const QTextBlock last = blockEnd(block);
    // Folds inside stay folded: show their first lines, skip their insides.
    for (QTextBlock b = block.next(); b.isValid() && b.blockNumber() <= last.blockNumber(); b = b.next()) {
        b.setVisible(true);
        if (isFolded(b))
            b = blockEnd(b);
    }
    relayout(block, last);
    return true;
}

bool EditorFolding::toggle(const QTextBlock &block)
{
    return isFolded(block) ? unfold(block) : fold(block);
}

void EditorFolding::unfoldAll()
{
    m_folds.clear();
    repair();
}

void EditorFolding::reveal(const QTextBlock &block)
{
    // Outermost first would leave inner ones hiding it: unfold from the
    // nearest fold outwards until the block shows.
    for (QTextBlock b = block.previous(); b.isValid() && !block.isVisible(); b = b.previous()) {
        if (isFolded(b) && blockEnd(b).blockNumber() >= block.blockNumber())
            unfold(b);
    }
}

void EditorFolding::repair()
{
    if (m_folds.isEmpty() && !m_hiding)
        return; // the common case, on every keystroke: nothing to walk
    QTextDocument *document = m_editor->document();
    QList<QTextCursor> kept;
    QList<QPair<int, int>> hidden;
    for (const QTextCursor &fold : std::as_const(m_folds)) {
        const QTextBlock block = document->findBlock(fold.position());
        const QTextBlock last = blockEnd(block);
        if (block.position() != fold.position() || last.blockNumber() <= block.blockNumber())
            continue;
        kept.append(fold);
        hidden.append({block.blockNumber() + 1, last.blockNumber()});
    }
    m_folds = kept;
    bool changed = false;
    for (QTextBlock b = document->firstBlock(); b.isValid(); b = b.next()) {
        const int n = b.blockNumber();
        const bool hide = std::any_of(hidden.cbegin(), hidden.cend(), [n](const auto &r) { return n >= r.first && n <= r.second; });
        if (b.isVisible() == hide) {
            b.setVisible(!hide);
            changed = true;
        }
    }
    m_hiding = !m_folds.isEmpty();
    if (changed)
        relayout(document->firstBlock(), document->lastBlock());
}

void EditorFolding::setHidden(const QTextBlock &first, const QTextBlock &last, bool hidden)
{
    for (QTextBlock b = first; b.isValid() && b.blockNumber() <= last.blockNumber(); b = b.next())
        b.setVisible(!hidden);
}

void EditorFolding::relayout(const QTextBlock &first, const QTextBlock &last)
{
    QTextDocument *document = m_editor->document();
    document->markContentsDirty(first.position(), last.position() + last.length() - first.position());
    m_editor->viewport()->update();
}

} // namespace Kaji::Ui
