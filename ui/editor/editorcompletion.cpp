#include "editorcompletion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTreeView>

namespace Kaji::Ui {

EditorCompletion::EditorCompletion(QPlainTextEdit *editor, ContextAtCursor context)
    : QObject(editor), m_editor(editor), m_context(std::move(context)), m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this))
{
    auto *popup = new QTreeView;
    popup->setHeaderHidden(true);
    popup->setRootIsDecorated(false);
    popup->setUniformRowHeights(true);
    popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_completer->setModel(m_model);
    m_completer->setPopup(popup); // the completer owns it
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionColumn(0);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &EditorCompletion::insert);
}

void EditorCompletion::setProvider(CompletionProvider provider)
{
    m_provider = std::move(provider);
}

bool EditorCompletion::isVisible() const
{
    return m_completer->popup()->isVisible();
}

bool EditorCompletion::popupTakes(const QKeyEvent *event) const
{
    if (!isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab: return true;
    default: return false;
    }
}

void EditorCompletion::hide()
{
    m_completer->popup()->hide();
}

void EditorCompletion::complete(bool explicitly)
{
    if (!m_provider)
        return;
    // Typing a value or text (most keystrokes) needs no look at the whole
    // document: only a line that so far reads like a key being typed does.
    static const QRegularExpression keySoFar(QStringLiteral("^ *(- +)*[\\w.\\-/]*$"));
    const QTextCursor cursor = m_editor->textCursor();
    if (!explicitly && !keySoFar.match(cursor.block().text().left(cursor.positionInBlock())).hasMatch()) {
        hide();
        return;
    }
    const YamlCursorContext context = m_context();
    const bool typingKey = context.atKeyPosition && !context.prefix.isEmpty() && context.kind != YamlCursorContext::Kind::Key;
    if (!context.atKeyPosition || (!explicitly && !typingKey)) {
        hide();
        return;
    }
    // Asked again on every keystroke: the mapping can change as the
    // indentation does, and the provider answers from memory.
    m_model->clear();
    for (const CompletionItem &item : m_provider(context)) {
        if (context.siblingKeys.contains(item.key))
            continue;
        m_model->appendRow({new QStandardItem(item.key), new QStandardItem(item.detail)});
    }
    m_completer->setCompletionPrefix(context.prefix);
    if (m_completer->completionCount() == 0) {
        hide();
        return;
    }
    auto *popup = static_cast<QTreeView *>(m_completer->popup());
    popup->resizeColumnToContents(0);
    popup->resizeColumnToContents(1);
    QRect rect = m_editor->cursorRect();
    rect.translate(m_editor->viewport()->mapTo(m_editor, QPoint()));
    rect.setWidth(std::min(600, popup->columnWidth(0) + popup->columnWidth(1) + popup->verticalScrollBar()->sizeHint().width() + 8));
    m_completer->complete(rect);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void EditorCompletion::insert(const QString &key)
{
    const YamlCursorContext context = m_context();
    QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const int column = cursor.positionInBlock();
    int end = column;
    if (context.kind == YamlCursorContext::Kind::Key) {
        // Over an existing key: the whole key and its ":" give way.
        const QString text = block.text();
        const int colon = int(text.indexOf(u':', column));
        if (colon >= 0) {
            end = colon + 1;
            while (end < text.size() && text[end] == u' ')
                ++end;
        }
    }
    cursor.setPosition(block.position() + std::min(context.prefixColumn, column));
    cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    cursor.insertText(key + QStringLiteral(": "));
    m_editor->setTextCursor(cursor);
    hide();
}

} // namespace Kaji::Ui
