#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFont>
#include <QRect>
#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QScrollBar;

namespace Kaji::Models {
class TerminalScreen;
struct TerminalCell;
}

// GUI thread.
namespace Kaji::Ui {

// A terminal: libvterm (through Models::TerminalScreen) keeps the screen,
// this widget paints it and turns keys, pastes and the mouse into bytes.
// Output is parsed in slices of a few milliseconds and painted at most
// once a frame, so a program printing megabytes never freezes the window.
class TerminalWidget : public QWidget {
    Q_OBJECT
public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // Output of the program. Parsed now up to a time budget, the rest on
    // the event loop (in order).
    void feed(const QByteArray &bytes);
    // Parses everything fed so far (tests, or before a screenshot).
    void flushPending();
    // Output fed but not parsed yet.
    qsizetype pendingBytes() const { return m_pending.size() - m_pendingAt; }
    // The session is over: shows `why` below the screen and ignores keys.
    void setFinished(const QString &why);
    bool isFinished() const { return m_finished; }
    // Running again after a restart: keys reach the program again.
    void setRunning();

    void setTerminalFont(const QFont &font);
    QFont terminalFont() const { return m_font; }
    QSize cellSize() const { return {m_cellWidth, m_cellHeight}; }
    int columns() const;
    int rows() const;

    Models::TerminalScreen *screen() const { return m_screen; }
    // Lines scrolled back into the history (0: following the output).
    int scrollOffset() const { return m_scrollOffset; }
    void scrollBy(int lines); // positive: back into the history
    QString selectedText() const;
    bool hasSelection() const;
    void selectAll();
    void copy();
    void paste();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Bytes for the program: keys, pastes, answers to its queries.
    void input(const QByteArray &bytes);
    // The grid changed size (widget resized, another font).
    void sizeChanged(int cols, int rows);
    // "Restart" from the context menu of a finished session.
    void restartRequested();
    // More output is waiting than a few frames parse (true), or the
    // backlog drained (false): the channel should stop and start reading.
    void backlogFull(bool full);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A place in the text that stays put while output scrolls:
    // line + screen()->scrolledOff() at the time it was taken.
    struct Point {
        qint64 line = 0;
        int col = 0;
        bool operator<(const Point &o) const { return line < o.line || (line == o.line && col < o.col); }
        bool operator==(const Point &o) const = default;
    };

    void drain();
    void screenChanged(const QRect &cells, int scrolledLines);
    void scheduleRepaint(const QRect &pixels);
    void relayout();
    void updateScrollBar();
    QRect gridRect() const;
    Point pointAt(const QPoint &pos) const;
    int viewRowOf(qint64 absoluteLine) const;
    bool isSelected(qint64 absoluteLine, int col) const;
    void paintRow(QPainter &painter, int viewRow, const std::vector<Models::TerminalCell> &cells);
    void paintCursor(QPainter &painter);
    const QFont &fontFor(const Models::TerminalCell &cell) const;
    QColor foregroundOf(const Models::TerminalCell &cell) const;
    QColor backgroundOf(const Models::TerminalCell &cell) const;
    void sendText(const QString &text);
    // The program asked for the mouse (and Shift is not held to select).
    bool reportsMouse(const QMouseEvent *event) const;
    void reportMouse(const QMouseEvent *event, bool pressed);

    Models::TerminalScreen *m_screen;
    QScrollBar *m_scrollBar;
    QLabel *m_finishedLine;
    QFont m_font;
    QFont m_fonts[4]; // regular, bold, italic, bold italic
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QByteArray m_pending;
    qsizetype m_pendingAt = 0;
    QTimer m_drainTimer;
    QTimer m_repaintTimer;
    QRect m_dirty; // widget pixels
    QElapsedTimer m_sinceRepaint;
    int m_scrollOffset = 0;
    bool m_finished = false;
    bool m_backlogFull = false;
    bool m_selecting = false;
    Point m_selectionStart;
    Point m_selectionEnd;
    bool m_hasSelection = false;
    std::vector<Models::TerminalCell> m_rowCells; // reused while painting
};

} // namespace Kaji::Ui
