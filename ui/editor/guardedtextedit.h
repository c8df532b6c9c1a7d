#pragma once

#include <QPlainTextEdit>

class QMenu;

// GUI thread.
namespace Kaji::Ui {

// A plain text editor that asks before each edit whether the text it
// would change may change, and refuses it (telling why, in a tooltip and
// a signal) rather than undoing it afterwards: typing, deleting, cutting,
// pasting, dropping and input methods all pass here.
class GuardedTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

Q_SIGNALS:
    // An edit was refused: for a status bar.
    void editRefused(const QString &reason);

protected:
    // Why replacing [from, to) (from == to: inserting at `from`) is
    // refused, or "" when it is allowed.
    virtual QString refusal(int from, int to) const = 0;
    // Refuses and tells when the range is protected.
    bool refuse(int from, int to);
    void tell(const QString &reason);
    // After an edit of [from, to) was refused and told: a subclass may act
    // on it (reveal what the edit was aimed at).
    virtual void refused(int /*from*/, int /*to*/) {}
    // Adds the subclass's own entries to the context menu at `position`.
    virtual void extendContextMenu(QMenu * /*menu*/, const QPoint & /*position*/) {}

    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Kaji::Ui
