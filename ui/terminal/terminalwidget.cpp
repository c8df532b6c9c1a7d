#include "terminalwidget.h"

#include "terminalkeys.h"
#include "terminal/terminalscreen.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Kaji::Ui {

using Models::TerminalCell;
using Models::TerminalScreen;

namespace {

constexpr int Margin = 2;
constexpr int ScrollbackLines = 10000;
// Output is parsed in slices; after this long the event loop gets a turn
// (painting, input) before the next slice.
constexpr int ParseBudgetMs = 8;
constexpr qsizetype ParseSlice = 16 * 1024;
// At most one repaint per frame; while a flood of output is being parsed,
// fewer, so the time goes to parsing (nobody reads 60 screens a second).
constexpr int FrameMs = 16;
constexpr int FloodFrameMs = 40;
// Back-pressure: above this much unparsed output the channel stops
// reading (about a tenth of a second of parsing), below the low mark it
// reads again. Bounds memory, and what flushPending() could ever parse at once.
constexpr qsizetype BacklogHigh = 4 * 1024 * 1024;
constexpr qsizetype BacklogLow = 512 * 1024;

bool isCopy(const QKeyEvent *e)
{
    return e->key() == Qt::Key_C && (e->modifiers() & Qt::ControlModifier) && (e->modifiers() & Qt::ShiftModifier);
}

bool isPaste(const QKeyEvent *e)
{
    return (e->key() == Qt::Key_V && (e->modifiers() & Qt::ControlModifier) && (e->modifiers() & Qt::ShiftModifier))
        || (e->key() == Qt::Key_Insert && e->modifiers() == Qt::ShiftModifier);
}

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QWidget(parent), m_screen(new TerminalScreen(80, 24, ScrollbackLines, this)), m_scrollBar(new QScrollBar(Qt::Vertical, this)),
      m_finishedLine(new QLabel(this))
{
    setObjectName(QStringLiteral("terminal"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled);
    setCursor(Qt::IBeamCursor);
    m_scrollBar->setCursor(Qt::ArrowCursor);
    m_finishedLine->setObjectName(QStringLiteral("terminalFinished"));
    m_finishedLine->setAutoFillBackground(true);
    m_finishedLine->setBackgroundRole(QPalette::ToolTipBase);
    m_finishedLine->setForegroundRole(QPalette::ToolTipText);
    m_finishedLine->setContentsMargins(0, 3, 0, 3);
    m_finishedLine->setIndent(6);
    m_finishedLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finishedLine->hide();

    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &TerminalWidget::drain);
    m_repaintTimer.setSingleShot(true);
    connect(&m_repaintTimer, &QTimer::timeout, this, [this] {
        update(m_dirty);
        m_dirty = QRect();
        m_sinceRepaint.restart();
    });
    connect(m_screen, &TerminalScreen::output, this, [this](const QByteArray &bytes) {
        if (!m_finished)
            Q_EMIT input(bytes);
    });
    connect(m_screen, &TerminalScreen::changed, this, &TerminalWidget::screenChanged);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        const int offset = m_screen->scrollbackCount() - value;
        if (offset != m_scrollOffset) {
            m_scrollOffset = offset;
            update();
        }
    });
    setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

TerminalWidget::~TerminalWidget() = default;

// --- output -----------------------------------------------------------------

void TerminalWidget::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_pending.append(bytes);
    if (!m_drainTimer.isActive())
        drain();
    if (!m_backlogFull && pendingBytes() > BacklogHigh) {
        m_backlogFull = true;
        Q_EMIT backlogFull(true);
    }
}

void TerminalWidget::drain()
{
    QElapsedTimer clock;
    clock.start();
    while (m_pendingAt < m_pending.size()) {
        const qsizetype n = std::min(ParseSlice, m_pending.size() - m_pendingAt);
        m_screen->write(m_pending.constData() + m_pendingAt, n);
        m_pendingAt += n;
        if (clock.elapsed() >= ParseBudgetMs)
            break;
    }
    if (m_backlogFull && pendingBytes() < BacklogLow) {
        m_backlogFull = false;
        Q_EMIT backlogFull(false);
    }
    if (m_pendingAt >= m_pending.size()) {
        m_pending.clear();
        m_pendingAt = 0;
        return;
    }
    // Keep what is parsed from piling up while a large output streams in.
    if (m_pendingAt > 1024 * 1024) {
        m_pending.remove(0, m_pendingAt);
        m_pendingAt = 0;
    }
    m_drainTimer.start();
}

void TerminalWidget::flushPending()
{
    m_drainTimer.stop();
    if (m_pendingAt < m_pending.size())
        m_screen->write(m_pending.constData() + m_pendingAt, m_pending.size() - m_pendingAt);
    m_pending.clear();
    m_pendingAt = 0;
    if (m_backlogFull) {
        m_backlogFull = false;
        Q_EMIT backlogFull(false);
    }
}

void TerminalWidget::screenChanged(const QRect &cells, int scrolledLines)
{
    if (scrolledLines > 0 || m_scrollBar->maximum() != m_screen->scrollbackCount())
        updateScrollBar();
    if (m_scrollOffset > 0) {
        // Reading the history: the view stays on the same text.
        if (scrolledLines > 0) {
            m_scrollOffset = std::min(m_scrollOffset + scrolledLines, m_screen->scrollbackCount());
            updateScrollBar();
        }
        scheduleRepaint(rect());
        return;
    }
    if (!cells.isValid())
        return;
    const QRect grid = gridRect();
    scheduleRepaint(QRect(grid.left() + cells.x() * m_cellWidth, grid.top() + cells.y() * m_cellHeight,
        cells.width() * m_cellWidth, cells.height() * m_cellHeight));
}

void TerminalWidget::scheduleRepaint(const QRect &pixels)
{
    m_dirty = m_dirty.united(pixels);
    if (m_repaintTimer.isActive())
        return;
    const int frame = m_drainTimer.isActive() ? FloodFrameMs : FrameMs;
    const qint64 since = m_sinceRepaint.isValid() ? m_sinceRepaint.elapsed() : frame;
    m_repaintTimer.start(int(std::max<qint64>(0, frame - since)));
}

void TerminalWidget::setFinished(const QString &why)
{
    m_finished = true;
    m_finishedLine->setText(why);
    m_finishedLine->show();
    relayout();
    update();
}

void TerminalWidget::setRunning()
{
    m_finished = false;
    m_finishedLine->hide();
    relayout();
    update();
}

// --- geometry ---------------------------------------------------------------

void TerminalWidget::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_font.setStyleHint(QFont::TypeWriter);
    m_font.setKerning(false);
    const QFontMetricsF metrics(m_font);
    m_cellWidth = std::max(1, int(std::ceil(metrics.horizontalAdvance(QLatin1Char('M')) - 0.01)));
    m_cellHeight = std::max(1, int(std::ceil(metrics.height())));
    m_ascent = int(std::round(metrics.ascent()));
    for (int i = 0; i < 4; ++i) {
        QFont f = m_font;
        f.setBold(i & 1);
        f.setItalic(i & 2);
        // Every narrow glyph one cell wide, so a run of them drawn as one
        // string lands on the grid.
        f.setLetterSpacing(QFont::AbsoluteSpacing, m_cellWidth - QFontMetricsF(f).horizontalAdvance(QLatin1Char('M')));
        m_fonts[i] = f;
    }
    relayout();
    update();
}

QRect TerminalWidget::gridRect() const
{
    const int bottom = m_finishedLine->isVisible() ? m_finishedLine->height() : 0;
    return QRect(Margin, Margin, std::max(0, width() - m_scrollBar->sizeHint().width() - 2 * Margin),
        std::max(0, height() - bottom - 2 * Margin));
}

int TerminalWidget::columns() const
{
    return m_screen->cols();
}

int TerminalWidget::rows() const
{
    return m_screen->rows();
}

void TerminalWidget::relayout()
{
    const int barWidth = m_scrollBar->sizeHint().width();
    const int lineHeight = m_finishedLine->isVisible() ? m_finishedLine->sizeHint().height() : 0;
    m_finishedLine->setGeometry(0, height() - lineHeight, width(), lineHeight);
    m_scrollBar->setGeometry(width() - barWidth, 0, barWidth, height() - lineHeight);
    const QRect grid = gridRect();
    const int cols = std::max(1, grid.width() / m_cellWidth);
    const int rows = std::max(1, grid.height() / m_cellHeight);
    if (cols == m_screen->cols() && rows == m_screen->rows())
        return;
    m_screen->resize(cols, rows);
    m_scrollOffset = std::min(m_scrollOffset, m_screen->scrollbackCount());
    updateScrollBar();
    update();
    Q_EMIT sizeChanged(cols, rows);
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QSize TerminalWidget::sizeHint() const
{
    return {80 * m_cellWidth + 2 * Margin + m_scrollBar->sizeHint().width(), 24 * m_cellHeight + 2 * Margin};
}

QSize TerminalWidget::minimumSizeHint() const
{
    return {10 * m_cellWidth, 3 * m_cellHeight};
}

void TerminalWidget::updateScrollBar()
{
    const QSignalBlocker blocker(m_scrollBar);
    const int history = m_screen->scrollbackCount();
    m_scrollBar->setRange(0, history);
    m_scrollBar->setPageStep(m_screen->rows());
    m_scrollBar->setValue(history - m_scrollOffset);
}

void TerminalWidget::scrollBy(int lines)
{
    const int offset = std::clamp(m_scrollOffset + lines, 0, m_screen->scrollbackCount());
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    updateScrollBar();
    update();
}

// --- painting ---------------------------------------------------------------

const QFont &TerminalWidget::fontFor(const TerminalCell &cell) const
{
    return m_fonts[(cell.has(TerminalCell::Bold) ? 1 : 0) | (cell.has(TerminalCell::Italic) ? 2 : 0)];
}

QColor TerminalWidget::foregroundOf(const TerminalCell &cell) const
{
    const bool reverse = cell.has(TerminalCell::Reverse);
    if (reverse ? cell.has(TerminalCell::DefaultBackground) : cell.has(TerminalCell::DefaultForeground))
        return palette().color(reverse ? QPalette::Base : QPalette::Text);
    return QColor::fromRgb(reverse ? cell.background : cell.foreground);
}

QColor TerminalWidget::backgroundOf(const TerminalCell &cell) const
{
    const bool reverse = cell.has(TerminalCell::Reverse);
    if (reverse ? cell.has(TerminalCell::DefaultForeground) : cell.has(TerminalCell::DefaultBackground))
        return palette().color(reverse ? QPalette::Text : QPalette::Base);
    return QColor::fromRgb(reverse ? cell.foreground : cell.background);
}

bool TerminalWidget::isSelected(qint64 absoluteLine, int col) const
{
    if (!m_hasSelection)
        return false;
    const Point from = std::min(m_selectionStart, m_selectionEnd);
    const Point to = std::max(m_selectionStart, m_selectionEnd);
    const Point here{absoluteLine, col};
    return !(here < from) && here < to;
}

void TerminalWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    const QRect grid = gridRect();
    const int first = std::max(0, (event->rect().top() - grid.top()) / m_cellHeight);
    const int last = std::min(m_screen->rows() - 1, (event->rect().bottom() - grid.top()) / m_cellHeight);
    painter.setClipRect(grid.intersected(event->rect()));
    for (int row = first; row <= last; ++row) {
        m_screen->line(row - m_scrollOffset, m_rowCells);
        paintRow(painter, row, m_rowCells);
    }
    paintCursor(painter);
}

void TerminalWidget::paintRow(QPainter &painter, int viewRow, const std::vector<TerminalCell> &cells)
{
    const QRect grid = gridRect();
    const int y = grid.top() + viewRow * m_cellHeight;
    const qint64 absolute = viewRow - m_scrollOffset + m_screen->scrolledOff();
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightText = palette().color(QPalette::HighlightedText);
    const int cols = int(cells.size());

    // Backgrounds, one rectangle per run of a colour.
    int runStart = 0;
    QColor runColour;
    for (int col = 0; col <= cols; ++col) {
        QColor colour;
        if (col < cols)
            colour = isSelected(absolute, col) ? highlight : backgroundOf(cells[size_t(col)]);
        if (col == cols || colour != runColour) {
            if (col > runStart && runColour.isValid() && runColour != base)
                painter.fillRect(grid.left() + runStart * m_cellWidth, y, (col - runStart) * m_cellWidth, m_cellHeight, runColour);
            runStart = col;
            runColour = colour;
        }
    }

    // Text: runs of plain ASCII in one style as one string (the fonts'
    // spacing keeps them on the grid); anything else alone in its cells, so
    // a fallback font's other advance cannot shift the rest of the line.
    QString run;
    int runCol = 0;
    const QFont *runFont = nullptr;
    QColor runPen;
    quint8 runDecoration = 0;
    const auto decorate = [&](int col, int span, quint8 decoration, const QColor &pen) {
        if (decoration & TerminalCell::Underline)
            painter.fillRect(grid.left() + col * m_cellWidth, y + m_ascent + 1, span * m_cellWidth, 1, pen);
        if (decoration & TerminalCell::Strike)
            painter.fillRect(grid.left() + col * m_cellWidth, y + m_ascent * 2 / 3, span * m_cellWidth, 1, pen);
    };
    const auto flush = [&] {
        if (!run.isEmpty()) {
            painter.setFont(*runFont);
            painter.setPen(runPen);
            painter.drawText(QPointF(grid.left() + runCol * m_cellWidth, y + m_ascent), run);
            decorate(runCol, int(run.size()), runDecoration, runPen);
        }
        run.clear();
    };
    for (int col = 0; col < cols; ++col) {
        const TerminalCell &cell = cells[size_t(col)];
        if (cell.width == 0)
            continue;
        const QColor pen = isSelected(absolute, col) ? highlightText : foregroundOf(cell);
        const quint8 decoration = cell.attributes & (TerminalCell::Underline | TerminalCell::Strike);
        const char32_t c = cell.chars[0];
        const bool plain = cell.width == 1 && (c == 0 || (c >= 0x20 && c < 0x7f)) && cell.chars[1] == 0;
        if (plain) {
            const QFont &font = fontFor(cell);
            if (run.isEmpty() || &font != runFont || pen != runPen || decoration != runDecoration) {
                flush();
                runCol = col;
                runFont = &font;
                runPen = pen;
                runDecoration = decoration;
            }
            run += c ? QChar(char16_t(c)) : QChar(u' ');
            continue;
        }
        flush();
        const QString text = cell.text();
        const int span = cell.width == 2 ? 2 : 1;
        painter.setFont(fontFor(cell));
        painter.setPen(pen);
        // Centred in its cells: CJK glyphs come from a fallback font whose
        // advance is rarely exactly two cells.
        const qreal advance = painter.fontMetrics().horizontalAdvance(text);
        const qreal x = grid.left() + col * m_cellWidth + (span * m_cellWidth - advance) / 2;
        painter.drawText(QPointF(x, y + m_ascent), text);
        decorate(col, span, decoration, pen);
    }
    flush();
}

void TerminalWidget::paintCursor(QPainter &painter)
{
    if (m_finished || !m_screen->cursorVisible())
        return;
    const QPoint cursor = m_screen->cursor();
    const int viewRow = cursor.y() + m_scrollOffset;
    if (viewRow >= m_screen->rows())
        return;
    const TerminalCell cell = m_screen->cell(cursor.y(), cursor.x());
    const QRect grid = gridRect();
    const QRect box(grid.left() + cursor.x() * m_cellWidth, grid.top() + viewRow * m_cellHeight,
        (cell.width == 2 ? 2 : 1) * m_cellWidth, m_cellHeight);
    const QColor colour = palette().color(QPalette::Text);
    if (!hasFocus()) {
        painter.setPen(colour);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        return;
    }
    switch (m_screen->cursorShape()) {
    case TerminalScreen::CursorShape::Underline: painter.fillRect(box.left(), box.bottom() - 1, box.width(), 2, colour); break;
    case TerminalScreen::CursorShape::Bar: painter.fillRect(box.left(), box.top(), 2, box.height(), colour); break;
    case TerminalScreen::CursorShape::Block:
        painter.fillRect(box, colour);
        if (!cell.isBlank()) {
            painter.setFont(fontFor(cell));
            painter.setPen(palette().color(QPalette::Base));
            const QString text = cell.text();
            const qreal advance = painter.fontMetrics().horizontalAdvance(text);
            painter.drawText(QPointF(box.left() + (box.width() - advance) / 2, box.top() + m_ascent), text);
        }
        break;
    }
}

// --- keyboard ---------------------------------------------------------------

bool TerminalWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // A running terminal gets every key, as in any terminal emulator:
        // Ctrl+W, Ctrl+R or Tab mean something to the shell.
        auto *key = static_cast<QKeyEvent *>(event);
        if (!m_finished || isCopy(key)) {
            key->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress:
        // Before QWidget moves the focus on Tab.
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    default: break;
    }
    return QWidget::event(event);
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    if (isCopy(event)) {
        copy();
        return;
    }
    if (event->modifiers() == Qt::ShiftModifier && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        scrollBy((event->key() == Qt::Key_PageUp ? 1 : -1) * std::max(1, m_screen->rows() - 1));
        return;
    }
    if (m_finished) {
        event->ignore();
        return;
    }
    if (isPaste(event)) {
        paste();
        return;
    }
    if (sendKeyEvent(*m_screen, *event)) {
        scrollBy(-m_scrollOffset); // typing returns to the prompt
        return;
    }
    event->ignore();
}

void TerminalWidget::sendText(const QString &text)
{
    if (m_finished || text.isEmpty())
        return;
    for (char32_t c : text.toUcs4())
        m_screen->sendCharacter(c);
    scrollBy(-m_scrollOffset);
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *event)
{
    sendText(event->commitString());
    event->accept();
}

QVariant TerminalWidget::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle) {
        const QPoint cursor = m_screen->cursor();
        const QRect grid = gridRect();
        return QRect(grid.left() + cursor.x() * m_cellWidth, grid.top() + (cursor.y() + m_scrollOffset) * m_cellHeight,
            m_cellWidth, m_cellHeight);
    }
    if (query == Qt::ImFont)
        return m_font;
    return QWidget::inputMethodQuery(query);
}

// --- selection, clipboard ---------------------------------------------------

TerminalWidget::Point TerminalWidget::pointAt(const QPoint &pos) const
{
    const QRect grid = gridRect();
    const int row = std::clamp((pos.y() - grid.top()) / m_cellHeight, 0, m_screen->rows() - 1);
    // Half a cell rounds, so a drag over the first half of a character
    // leaves it out, as in text editors.
    const int col = std::clamp((pos.x() - grid.left() + m_cellWidth / 2) / m_cellWidth, 0, m_screen->cols());
    return {row - m_scrollOffset + m_screen->scrolledOff(), col};
}

bool TerminalWidget::hasSelection() const
{
    return m_hasSelection && !selectedText().isEmpty();
}

QString TerminalWidget::selectedText() const
{
    if (!m_hasSelection)
        return {};
    const Point from = std::min(m_selectionStart, m_selectionEnd);
    const Point to = std::max(m_selectionStart, m_selectionEnd);
    const qint64 off = m_screen->scrolledOff();
    return m_screen->text(int(from.line - off), from.col, int(to.line - off), to.col);
}

void TerminalWidget::selectAll()
{
    const qint64 off = m_screen->scrolledOff();
    m_selectionStart = {off - m_screen->scrollbackCount(), 0};
    m_selectionEnd = {off + m_screen->rows() - 1, m_screen->cols()};
    m_hasSelection = true;
    update();
}

void TerminalWidget::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TerminalWidget::paste()
{
    if (m_finished)
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    m_screen->paste(text);
    scrollBy(-m_scrollOffset);
}

bool TerminalWidget::reportsMouse(const QMouseEvent *event) const
{
    // Shift keeps the mouse for selecting, as in xterm.
    return !m_finished && m_scrollOffset == 0 && m_screen->mouseMode() != TerminalScreen::MouseMode::None
        && !(event->modifiers() & Qt::ShiftModifier);
}

void TerminalWidget::reportMouse(const QMouseEvent *event, bool pressed)
{
    const QRect grid = gridRect();
    const QPoint pos = event->position().toPoint();
    const int mods = ((event->modifiers() & Qt::ControlModifier) ? TerminalScreen::Control : 0)
        | ((event->modifiers() & Qt::AltModifier) ? TerminalScreen::Alt : 0);
    m_screen->sendMouseMove((pos.y() - grid.top()) / m_cellHeight, (pos.x() - grid.left()) / m_cellWidth, mods);
    const int button = event->button() == Qt::LeftButton ? 1
        : event->button() == Qt::MiddleButton            ? 2
        : event->button() == Qt::RightButton             ? 3
                                                         : 0;
    if (button)
        m_screen->sendMouseButton(button, pressed, mods);
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (reportsMouse(event)) {
        reportMouse(event, true);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_selecting = true;
        m_selectionStart = m_selectionEnd = pointAt(event->position().toPoint());
        if (m_hasSelection) {
            m_hasSelection = false;
            update();
        }
    } else if (event->button() == Qt::MiddleButton && QGuiApplication::clipboard()->supportsSelection() && !m_finished) {
        const QString text = QGuiApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty())
            m_screen->paste(text);
    }
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting && reportsMouse(event)) {
        const auto mode = m_screen->mouseMode();
        if (mode == TerminalScreen::MouseMode::Move || (mode == TerminalScreen::MouseMode::Drag && event->buttons()))
            reportMouse(event, false);
        return;
    }
    if (!m_selecting)
        return;
    const QPoint pos = event->position().toPoint();
    const QRect grid = gridRect();
    if (pos.y() < grid.top())
        scrollBy(1);
    else if (pos.y() > grid.bottom())
        scrollBy(-1);
    m_selectionEnd = pointAt(pos);
    m_hasSelection = !(m_selectionStart == m_selectionEnd);
    update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting && reportsMouse(event)) {
        reportMouse(event, false);
        return;
    }
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    if (m_hasSelection && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    // A word: the run of non-blank cells under the pointer.
    const QRect grid = gridRect();
    const int row = std::clamp((event->position().toPoint().y() - grid.top()) / m_cellHeight, 0, m_screen->rows() - 1);
    const int col = std::clamp((event->position().toPoint().x() - grid.left()) / m_cellWidth, 0, m_screen->cols() - 1);
    std::vector<TerminalCell> cells;
    m_screen->line(row - m_scrollOffset, cells);
    if (cells[size_t(col)].isBlank() && cells[size_t(col)].width != 0)
        return;
    int from = col;
    int to = col + 1;
    while (from > 0 && (!cells[size_t(from - 1)].isBlank() || cells[size_t(from - 1)].width == 0))
        --from;
    while (to < int(cells.size()) && (!cells[size_t(to)].isBlank() || cells[size_t(to)].width == 0))
        ++to;
    const qint64 line = row - m_scrollOffset + m_screen->scrolledOff();
    m_selectionStart = {line, from};
    m_selectionEnd = {line, to};
    m_hasSelection = true;
    m_selecting = false;
    update();
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int notches = event->angleDelta().y() / 40; // three lines a notch
    if (notches == 0)
        return;
    if (!m_finished && m_scrollOffset == 0 && m_screen->mouseMode() != TerminalScreen::MouseMode::None
        && !(event->modifiers() & Qt::ShiftModifier)) {
        const QRect grid = gridRect();
        const QPoint pos = event->position().toPoint();
        m_screen->sendMouseMove((pos.y() - grid.top()) / m_cellHeight, (pos.x() - grid.left()) / m_cellWidth);
        for (int i = 0; i < std::abs(notches) / 3 + 1; ++i)
            m_screen->sendMouseButton(notches > 0 ? 4 : 5, true);
        return;
    }
    // Full-screen programs have no history here: the wheel moves through
    // their text instead (arrow keys), as most terminals do.
    if (m_screen->altScreen() && !m_finished) {
        for (int i = 0; i < std::abs(notches); ++i)
            m_screen->sendKey(notches > 0 ? TerminalScreen::Key::Up : TerminalScreen::Key::Down);
        return;
    }
    scrollBy(notches);
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"), this, &TerminalWidget::copy);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setEnabled(hasSelection());
    QAction *paste = menu.addAction(tr("Paste"), this, &TerminalWidget::paste);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setEnabled(!m_finished && !QGuiApplication::clipboard()->text().isEmpty());
    menu.addAction(tr("Select all"), this, &TerminalWidget::selectAll);
    if (m_finished) {
        menu.addSeparator();
        menu.addAction(tr("Restart"), this, &TerminalWidget::restartRequested);
    }
    menu.exec(event->globalPos());
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TerminalWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}

} // namespace Kaji::Ui
