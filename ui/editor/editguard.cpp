#include "editguard.h"

#include <QKeyEvent>
#include <QKeySequence>

namespace Kaji::Ui {
namespace {

std::pair<int, int> span(const QTextCursor &cursor)
{
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

// The selection if there is one, else what moving by `move` covers.
std::pair<int, int> selectionOr(QTextCursor cursor, QTextCursor::MoveOperation move)
{
    if (!cursor.hasSelection())
        cursor.movePosition(move, QTextCursor::KeepAnchor);
    return span(cursor);
}

} // namespace

std::optional<std::pair<int, int>> EditGuard::rangeOf(const QKeyEvent *event, const QTextCursor &cursor)
{
    if (event->matches(QKeySequence::Cut))
        return span(cursor);
    if (event->matches(QKeySequence::Paste))
        return span(cursor);
    if (event->matches(QKeySequence::DeleteStartOfWord))
        return selectionOr(cursor, QTextCursor::PreviousWord);
    if (event->matches(QKeySequence::DeleteEndOfWord))
        return selectionOr(cursor, QTextCursor::NextWord);
    if (event->matches(QKeySequence::DeleteEndOfLine)) {
        // At the end of a line it joins the next one: the line break goes.
        QTextCursor c = cursor;
        if (!c.hasSelection())
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!c.hasSelection())
            c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        return span(c);
    }
    if (event->matches(QKeySequence::DeleteCompleteLine)) {
        QTextCursor c = cursor;
        c.setPosition(c.selectionStart());
        c.movePosition(QTextCursor::StartOfBlock);
        QTextCursor end = cursor;
        end.setPosition(cursor.selectionEnd());
        end.movePosition(QTextCursor::EndOfBlock);
        end.movePosition(QTextCursor::NextCharacter);
        return std::pair(c.position(), end.position());
    }
    switch (event->key()) {
    case Qt::Key_Backspace: return selectionOr(cursor, QTextCursor::PreviousCharacter);
    case Qt::Key_Delete: return selectionOr(cursor, QTextCursor::NextCharacter);
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
    case Qt::Key_Backtab: return span(cursor);
    default: break;
    }
    const QString text = event->text();
    const bool typed = !text.isEmpty() && text.front().isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
    if (typed)
        return span(cursor);
    return std::nullopt;
}

} // namespace Kaji::Ui
