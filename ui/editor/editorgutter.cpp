#include "editorgutter.h"

#include "editordiagnostics.h"
#include "editorfolding.h"
#include "editorregions.h"
#include "manifesteditor.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

namespace Kaji::Ui {

EditorGutter::EditorGutter(ManifestEditor *editor) : QWidget(editor), m_editor(editor)
{
    // Scrolls and repaints with the text.
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            scroll(0, dy);
        else
            update(0, rect.y(), width(), rect.height());
    });
}

int EditorGutter::markerWidth() const
{
    return fontMetrics().height() * 3 / 4 + 2;
}

int EditorGutter::foldWidth() const
{
    return fontMetrics().height() * 3 / 4 + 2;
}

QSize EditorGutter::sizeHint() const
{
    const int digits = int(QString::number(std::max(1, m_editor->blockCount())).size());
    const int numbers = fontMetrics().horizontalAdvance(u'9') * std::max(3, digits) + 8;
    return {markerWidth() + numbers + foldWidth(), 0};
}

QTextBlock EditorGutter::blockAt(int y) const
{
    QTextBlock block = m_editor->firstVisibleBlock();
    qreal top = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset()).top();
    while (block.isValid()) {
        const qreal height = m_editor->blockBoundingRect(block).height();
        if (block.isVisible() && y >= top && y < top + height)
            return block;
        top += height;
        block = block.next();
    }
    return {};
}

void EditorGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const YamlEditorColours &colours = m_editor->m_colours;
    painter.fillRect(event->rect(), colours.gutterBackground);
    painter.setRenderHint(QPainter::Antialiasing);
    const int lineHeight = fontMetrics().height();
    const int current = m_editor->textCursor().blockNumber();
    const int numbersRight = width() - foldWidth() - 4;
    QTextBlock block = m_editor->firstVisibleBlock();
    qreal top = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = m_editor->blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int n = block.blockNumber();
            const int y = int(top);
            if (m_editor->m_regions->isReadOnlyBlock(n)) {
                // A rule along read-only lines, beside the tint in the text.
                painter.fillRect(QRect(1, y, 2, int(height)), colours.lineNumber);
            }
            if (const auto severity = m_editor->m_diagnostics->worstOnBlock(n)) {
                const qreal d = lineHeight * 0.5;
                painter.setPen(Qt::NoPen);
                painter.setBrush(EditorDiagnostics::colour(*severity, palette()));
                painter.drawEllipse(QRectF(4, y + (lineHeight - d) / 2, d, d));
            } else if (const ValueMarker *marker = markerOn(n)) {
                paintLock(painter, QRectF(2, y, markerWidth() - 2, lineHeight), marker->concealed);
            }
            painter.setPen(n == current ? colours.currentLineNumber : colours.lineNumber);
            painter.drawText(QRect(markerWidth(), y, numbersRight - markerWidth(), lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(n + 1));
            const bool folded = m_editor->m_folding->isFolded(block);
            if (folded || m_editor->m_folding->isFoldable(block)) {
                const qreal s = lineHeight * 0.35;
                const QPointF c(width() - foldWidth() / 2.0, y + lineHeight / 2.0);
                QPainterPath triangle;
                if (folded) {
                    triangle.moveTo(c.x() - s / 2, c.y() - s);
                    triangle.lineTo(c.x() + s / 2 + 1, c.y());
                    triangle.lineTo(c.x() - s / 2, c.y() + s);
                } else {
                    triangle.moveTo(c.x() - s, c.y() - s / 2);
                    triangle.lineTo(c.x() + s, c.y() - s / 2);
                    triangle.lineTo(c.x(), c.y() + s / 2 + 1);
                }
                triangle.closeSubpath();
                painter.setPen(Qt::NoPen);
                painter.setBrush(folded ? colours.currentLineNumber : colours.lineNumber);
                painter.drawPath(triangle);
            }
        }
        top += height;
        block = block.next();
    }
}

const ValueMarker *EditorGutter::markerOn(int blockNumber) const
{
    for (const ValueMarker &marker : m_editor->m_valueMarkers) {
        if (marker.line == blockNumber + 1)
            return &marker;
    }
    return nullptr;
}

// A padlock, shut over a masked value and open over a shown one.
void EditorGutter::paintLock(QPainter &painter, const QRectF &cell, bool shut) const
{
    const qreal w = std::min(cell.width(), cell.height()) * 0.7;
    const QRectF body(cell.center().x() - w / 2, cell.center().y() - w * 0.05, w, w * 0.55);
    const QColor colour = m_editor->m_colours.currentLineNumber;
    painter.setPen(QPen(colour, std::max(1.0, w / 7)));
    painter.setBrush(shut ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(body, 1.5, 1.5);
    const qreal r = w * 0.3;
    const QRectF shackle(body.center().x() - r, body.top() - r * 1.6, 2 * r, 2 * r);
    painter.setBrush(Qt::NoBrush);
    QPainterPath arc;
    if (shut) {
        arc.moveTo(shackle.left(), body.top());
        arc.lineTo(shackle.left(), shackle.center().y());
        arc.arcTo(shackle, 180, -180);
        arc.lineTo(shackle.right(), body.top());
    } else {
        // Lifted and swung open to the left.
        const QRectF lifted = shackle.translated(-r, -r * 0.4);
        arc.moveTo(lifted.left(), lifted.center().y() + r * 0.3);
        arc.lineTo(lifted.left(), lifted.center().y());
        arc.arcTo(lifted, 180, -180);
        arc.lineTo(lifted.right(), body.top());
    }
    painter.drawPath(arc);
}

void EditorGutter::paintFoldHints(ManifestEditor *editor, QPainter &painter, const QRect &area)
{
    QTextBlock block = editor->firstVisibleBlock();
    qreal top = editor->blockBoundingGeometry(block).translated(editor->contentOffset()).top();
    const QFontMetrics metrics(editor->font());
    while (block.isValid() && top <= area.bottom()) {
        const qreal height = editor->blockBoundingRect(block).height();
        if (block.isVisible() && editor->m_folding->isFolded(block)) {
            QTextCursor end(block);
            end.movePosition(QTextCursor::EndOfBlock);
            const QRect at = editor->cursorRect(end);
            const int hidden = editor->m_folding->blockEnd(block).blockNumber() - block.blockNumber();
            const QString label = QStringLiteral(" ⋯ %1 ").arg(ManifestEditor::tr("%n line(s)", nullptr, hidden));
            const QRect box(at.right() + metrics.horizontalAdvance(u' '), int(top) + 1, metrics.horizontalAdvance(label),
                            metrics.height() - 2);
            painter.setPen(editor->m_colours.lineNumber);
            painter.setBrush(editor->m_colours.gutterBackground);
            painter.drawRoundedRect(box, 3, 3);
            painter.drawText(box, Qt::AlignCenter, label);
        }
        top += height;
        block = block.next();
    }
}

void EditorGutter::mousePressEvent(QMouseEvent *event)
{
    const QTextBlock block = blockAt(int(event->position().y()));
    if (block.isValid() && event->position().x() >= width() - foldWidth() - 2) {
        if (m_editor->m_folding->toggle(block))
            update();
        return;
    }
    if (block.isValid() && event->position().x() < markerWidth() + 2 && markerOn(block.blockNumber())) {
        Q_EMIT m_editor->valueMarkerClicked(block.blockNumber() + 1);
        return;
    }
    QWidget::mousePressEvent(event);
}

bool EditorGutter::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QTextBlock block = blockAt(help->pos().y());
    QStringList lines;
    if (block.isValid()) {
        lines = m_editor->m_diagnostics->messagesOnBlock(block.blockNumber());
        const QString region = m_editor->m_regions->toolTipAt(block.position());
        if (!region.isEmpty())
            lines.append(region);
        if (const ValueMarker *marker = markerOn(block.blockNumber()); marker && !marker->toolTip.isEmpty())
            lines.append(marker->toolTip);
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
    return true;
}

} // namespace Kaji::Ui
