#pragma once

#include <QTextCursor>

#include <optional>
#include <utility>

class QKeyEvent;

// Pure functions; GUI thread (text cursors).
namespace Kaji::Ui {

// The stretch of text a key press is about to change, worked out before
// the editor acts on it, so that an edit into protected text can be
// refused instead of undone.
class EditGuard {
public:
    // [from, to) the key would replace (from == to: insert at from), or
    // nothing when the key changes no text (moves, copy, undo).
    static std::optional<std::pair<int, int>> rangeOf(const QKeyEvent *event, const QTextCursor &cursor);
};

} // namespace Kaji::Ui
