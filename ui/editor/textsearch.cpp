#include "textsearch.h"

#include <QPlainTextEdit>
#include <QTextDocument>

namespace Kaji::Ui {
namespace {

QTextDocument::FindFlags flags(const SearchQuery &query, bool backward = false)
{
    QTextDocument::FindFlags out;
    if (query.caseSensitive)
        out |= QTextDocument::FindCaseSensitively;
    if (backward)
        out |= QTextDocument::FindBackward;
    return out;
}

} // namespace

TextSearch::TextSearch(QPlainTextEdit *editor, Guard guard) : m_editor(editor), m_guard(std::move(guard))
{
}

bool TextSearch::find(const SearchQuery &query, bool backward)
{
    if (query.text.isEmpty())
        return false;
    const QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(query.text, m_editor->textCursor(), flags(query, backward));
    if (found.isNull()) {
        QTextCursor wrapped(m_editor->document());
        if (backward)
            wrapped.movePosition(QTextCursor::End);
        found = document->find(query.text, wrapped, flags(query, backward));
    }
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    return true;
}

bool TextSearch::selectionMatches(const SearchQuery &query) const
{
    const QTextCursor cursor = m_editor->textCursor();
    return cursor.hasSelection()
        && cursor.selectedText().compare(query.text, query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

QString TextSearch::replace(const SearchQuery &query, const QString &replacement)
{
    if (query.text.isEmpty())
        return {};
    if (selectionMatches(query)) {
        QTextCursor cursor = m_editor->textCursor();
        const QString refused = m_guard(cursor.selectionStart(), cursor.selectionEnd());
        if (!refused.isEmpty())
            return refused;
        cursor.insertText(replacement);
        m_editor->setTextCursor(cursor);
    }
    find(query);
    return {};
}

TextSearch::ReplaceAll TextSearch::replaceAll(const SearchQuery &query, const QString &replacement)
{
    ReplaceAll result;
    if (query.text.isEmpty())
        return result;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock(); // one undo step for all of them
    QTextCursor found = document->find(query.text, 0, flags(query));
    while (!found.isNull()) {
        const QString refused = m_guard(found.selectionStart(), found.selectionEnd());
        if (refused.isEmpty()) {
            edit.setPosition(found.selectionStart());
            edit.setPosition(found.selectionEnd(), QTextCursor::KeepAnchor);
            edit.insertText(replacement);
            ++result.replaced;
            found = document->find(query.text, edit.position(), flags(query));
        } else {
            ++result.refused;
            result.reason = refused;
            found = document->find(query.text, found.selectionEnd(), flags(query));
        }
    }
    edit.endEditBlock();
    return result;
}

int TextSearch::count(const SearchQuery &query) const
{
    if (query.text.isEmpty())
        return 0;
    int n = 0;
    const QTextDocument *document = m_editor->document();
    for (QTextCursor found = document->find(query.text, 0, flags(query)); !found.isNull();
         found = document->find(query.text, found.selectionEnd(), flags(query)))
        ++n;
    return n;
}

} // namespace Kaji::Ui
