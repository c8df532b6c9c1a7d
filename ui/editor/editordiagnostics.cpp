#include "editordiagnostics.h"

#include "healthcolours.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Kaji::Ui {
namespace {

using Severity = ManifestDiagnostic::Severity;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

EditorDiagnostics::EditorDiagnostics(QTextDocument *document) : m_document(document)
{
}

QTextCursor EditorDiagnostics::underline(const ManifestDiagnostic &diagnostic) const
{
    const QTextBlock block = m_document->findBlockByNumber(diagnostic.line - 1);
    if (!block.isValid())
        return {};
    const QString text = block.text();
    int start = 0;
    int end = int(text.size());
    if (diagnostic.column > 0) {
        // Past the end (a parser noticing a problem at the line break):
        // the last character, so something is underlined.
        start = std::min(diagnostic.column - 1, int(text.size()) - 1);
        start = std::max(start, 0);
        while (start < text.size() && isSpace(text[start]))
            ++start;
        end = start;
        // The token: up to a space, or the ":" that ends a key.
        while (end < text.size() && !isSpace(text[end])
               && !(text[end] == u':' && end > start && (end + 1 == text.size() || isSpace(text[end + 1]))))
            ++end;
        if (end == start && start > 0 && start == text.size())
            start = end - 1;
    } else {
        while (start < end && isSpace(text[start]))
            ++start;
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + std::max(end, start), QTextCursor::KeepAnchor);
    return cursor;
}

void EditorDiagnostics::set(const ManifestDiagnostics &diagnostics)
{
    m_items.clear();
    for (const ManifestDiagnostic &diagnostic : diagnostics) {
        const QTextCursor range = underline(diagnostic);
        // Lines past the end (text shortened since): on the last line.
        m_items.append({range.isNull() ? QTextCursor(m_document->lastBlock()) : range, diagnostic});
    }
}

void EditorDiagnostics::clear()
{
    m_items.clear();
}

ManifestDiagnostics EditorDiagnostics::current() const
{
    ManifestDiagnostics out;
    for (const Item &item : m_items) {
        ManifestDiagnostic diagnostic = item.diagnostic;
        const QTextBlock block = m_document->findBlock(item.range.selectionStart());
        diagnostic.line = block.blockNumber() + 1;
        if (diagnostic.column > 0)
            diagnostic.column = item.range.selectionStart() - block.position() + 1;
        out.append(diagnostic);
    }
    return out;
}

std::optional<Severity> EditorDiagnostics::worstOnBlock(int blockNumber) const
{
    std::optional<Severity> worst;
    for (const Item &item : m_items) {
        if (m_document->findBlock(item.range.selectionStart()).blockNumber() != blockNumber)
            continue;
        if (!worst || int(item.diagnostic.severity) < int(*worst))
            worst = item.diagnostic.severity;
    }
    return worst;
}

QStringList EditorDiagnostics::messagesOnBlock(int blockNumber) const
{
    QStringList out;
    for (const Item &item : m_items) {
        if (m_document->findBlock(item.range.selectionStart()).blockNumber() == blockNumber)
            out.append(item.diagnostic.message);
    }
    return out;
}

QStringList EditorDiagnostics::messagesAt(int position) const
{
    QStringList out;
    const QTextBlock block = m_document->findBlock(position);
    for (const Item &item : m_items) {
        const bool covers = item.range.hasSelection()
            ? position >= item.range.selectionStart() && position <= item.range.selectionEnd()
            : m_document->findBlock(item.range.position()) == block;
        if (covers)
            out.append(item.diagnostic.message);
    }
    return out;
}

QList<QTextEdit::ExtraSelection> EditorDiagnostics::selections(const QPalette &palette) const
{
    QList<QTextEdit::ExtraSelection> out;
    for (const Item &item : m_items) {
        if (!item.range.hasSelection())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = item.range;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(colour(item.diagnostic.severity, palette));
        out.append(selection);
    }
    return out;
}

QColor EditorDiagnostics::colour(Severity severity, const QPalette &palette)
{
    // The app's own severity colours, as in the Problems view.
    switch (severity) {
    case Severity::Error: return severityColour(Models::Severity::Error, palette);
    case Severity::Warning: return severityColour(Models::Severity::Warning, palette);
    case Severity::Info: return severityColour(Models::Severity::Info, palette);
    }
    return palette.color(QPalette::Text);
}

} // namespace Kaji::Ui
