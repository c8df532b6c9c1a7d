#pragma once

#include <QKeySequence>
#include <QWidget>

class QScrollArea;

// GUI thread.
namespace Kaji::Ui {

// The keyboard shortcuts over the window (`?`, Help → Keyboard shortcuts).
// The list is read from the window's actual QActions and QShortcuts each
// time it opens, so it cannot fall behind the menus.
class ShortcutOverlay : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString group; // the menu's title, or the action's "shortcutGroup" property
        QString text; // the action's words without mnemonics
        QList<QKeySequence> keys;
    };
    // Covers `window` (its child) while shown.
    explicit ShortcutOverlay(QWidget *window);

    // Every action with a shortcut under `window`: its menu bar's menus first
    // (grouped by menu), then the window's own actions and other actions and
    // QShortcuts in its widgets. A QShortcut is listed by its whatsThis().
    static QList<Entry> collect(const QWidget *window);
    // "&Go to…" / "移動(&G)…" → "Go to…" / "移動…".
    static QString plainText(const QString &text);

    void open();
    QList<Entry> entries() const { return m_entries; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void placeCard();

    QList<Entry> m_entries;
    QWidget *m_card;
    QScrollArea *m_scroll;
};

} // namespace Kaji::Ui
