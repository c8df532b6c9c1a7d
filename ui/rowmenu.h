#pragma once

#include <QMenu>

class QTimer;

// GUI thread.
namespace Kaji::Ui {

class ActionBar;

// The right-click menu of a table row: the same actions as the details'
// action bar for that object (logs, port forward, scale, restart, delete,
// cordon), enabled exactly when the bar's are, plus copying the name. The
// bar learns the object and the user's permissions asynchronously, so the
// menu follows it while open.
class RowMenu : public QMenu {
    Q_OBJECT
public:
    RowMenu(ActionBar *bar, const QString &key, QWidget *parent = nullptr);

private:
    void sync();
    bool barShowsRow() const;

    ActionBar *m_bar;
    QString m_key;
    QAction *m_pending;
    QAction *m_separator;
    QList<QAction *> m_mirrored;
    QTimer *m_poll;
};

} // namespace Kaji::Ui
