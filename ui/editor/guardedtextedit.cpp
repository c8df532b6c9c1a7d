#include "guardedtextedit.h"

#include "editguard.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QToolTip>

namespace Kaji::Ui {

bool GuardedTextEdit::refuse(int from, int to)
{
    const QString reason = refusal(from, to);
    if (reason.isEmpty())
        return false;
    tell(reason);
    refused(from, to);
    return true;
}

void GuardedTextEdit::tell(const QString &reason)
{
    QToolTip::showText(viewport()->mapToGlobal(cursorRect().bottomLeft()), reason, viewport());
    Q_EMIT editRefused(reason);
}

void GuardedTextEdit::keyPressEvent(QKeyEvent *event)
{
    const auto range = EditGuard::rangeOf(event, textCursor());
    if (range && !isReadOnly() && refuse(range->first, range->second)) {
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void GuardedTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const QTextCursor cursor = textCursor();
    const bool edits = !event->commitString().isEmpty() || !event->preeditString().isEmpty() || event->replacementLength() > 0;
    if (edits && refuse(cursor.selectionStart(), cursor.selectionEnd())) {
        event->accept();
        return;
    }
    QPlainTextEdit::inputMethodEvent(event);
}

void GuardedTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QTextCursor cursor = textCursor();
    if (refuse(cursor.selectionStart(), cursor.selectionEnd()))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}

void GuardedTextEdit::dragMoveEvent(QDragMoveEvent *event)
{
    QPlainTextEdit::dragMoveEvent(event);
    const int position = cursorForPosition(event->position().toPoint()).position();
    if (!refusal(position, position).isEmpty())
        event->ignore();
}

void GuardedTextEdit::dropEvent(QDropEvent *event)
{
    // Checked here, not in insertFromMimeData: a move within the editor
    // removes the dragged text before inserting it.
    const int position = cursorForPosition(event->position().toPoint()).position();
    const QTextCursor cursor = textCursor();
    const bool movesOwnText = event->source() == viewport() || event->source() == this;
    if (refuse(position, position) || (movesOwnText && refuse(cursor.selectionStart(), cursor.selectionEnd()))) {
        event->ignore();
        return;
    }
    QPlainTextEdit::dropEvent(event);
}

void GuardedTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const QTextCursor cursor = textCursor();
    if (!refusal(cursor.selectionStart(), cursor.selectionEnd()).isEmpty()) {
        // Qt names the standard actions; those that change text go grey.
        for (QAction *action : menu->actions()) {
            const QString name = action->objectName();
            if (name == QLatin1String("edit-cut") || name == QLatin1String("edit-paste") || name == QLatin1String("edit-delete"))
                action->setEnabled(false);
        }
    }
    extendContextMenu(menu, event->pos());
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace Kaji::Ui
