#include "editorregions.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

namespace Kaji::Ui {
namespace {

QColor tint(const QPalette &palette, const QColor &towards, int percent)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [percent](int a, int b) { return a + (b - a) * percent / 100; };
    return QColor(mix(base.red(), towards.red()), mix(base.green(), towards.green()), mix(base.blue(), towards.blue()));
}

QTextEdit::ExtraSelection lineSelection(const QTextCursor &at, const QColor &colour)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(at.block());
    selection.format.setBackground(colour);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    return selection;
}

} // namespace

EditorRegions::EditorRegions(QTextDocument *document) : m_document(document)
{
}

void EditorRegions::addReadOnly(int firstBlock, int lastBlock, const QString &reason)
{
    const QTextBlock first = m_document->findBlockByNumber(firstBlock);
    const QTextBlock last = m_document->findBlockByNumber(lastBlock);
    if (!first.isValid() || !last.isValid() || lastBlock < firstBlock)
        return;
    QTextCursor end(last);
    end.movePosition(QTextCursor::EndOfBlock);
    m_readOnly.append({QTextCursor(first), end, reason});
}

void EditorRegions::addServerOwned(int block, const QString &toolTip)
{
    const QTextBlock line = m_document->findBlockByNumber(block);
    if (line.isValid())
        m_serverOwned.append({QTextCursor(line), toolTip});
}

void EditorRegions::clear()
{
    m_readOnly.clear();
    m_serverOwned.clear();
}

QString EditorRegions::refusal(int from, int to) const
{
    for (const Region &region : m_readOnly) {
        const int start = region.start.position();
        const int end = region.end.position();
        const bool touches = from == to ? from >= start && from <= end : from <= end && to >= start;
        if (touches)
            return region.reason;
    }
    return {};
}

QString EditorRegions::toolTipAt(int position) const
{
    const int block = m_document->findBlock(position).blockNumber();
    for (const Region &region : m_readOnly) {
        if (position >= region.start.position() && position <= region.end.position())
            return region.reason;
    }
    for (const Mark &mark : m_serverOwned) {
        if (mark.line.block().blockNumber() == block)
            return mark.toolTip;
    }
    return {};
}

bool EditorRegions::isReadOnlyBlock(int blockNumber) const
{
    return std::any_of(m_readOnly.cbegin(), m_readOnly.cend(), [blockNumber](const Region &region) {
        return blockNumber >= region.start.block().blockNumber() && blockNumber <= region.end.block().blockNumber();
    });
}

bool EditorRegions::isServerOwnedBlock(int blockNumber) const
{
    return std::any_of(m_serverOwned.cbegin(), m_serverOwned.cend(),
                       [blockNumber](const Mark &mark) { return mark.line.block().blockNumber() == blockNumber; });
}

QList<QTextEdit::ExtraSelection> EditorRegions::selections(const QPalette &palette) const
{
    QList<QTextEdit::ExtraSelection> out;
    // Subtle: the text stays the thing to read, the tint only says "not yours".
    const QColor readOnly = tint(palette, palette.color(QPalette::PlaceholderText), 12);
    const QColor serverOwned = tint(palette, palette.color(QPalette::Highlight), 10);
    for (const Region &region : m_readOnly) {
        for (QTextBlock b = region.start.block(); b.isValid() && b.position() <= region.end.position(); b = b.next()) {
            if (b.isVisible())
                out.append(lineSelection(QTextCursor(b), readOnly));
        }
    }
    for (const Mark &mark : m_serverOwned)
        out.append(lineSelection(mark.line, serverOwned));
    return out;
}

} // namespace Kaji::Ui
