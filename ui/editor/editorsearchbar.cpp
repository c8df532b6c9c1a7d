#include "editorsearchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kaji::Ui {
namespace {

QToolButton *button(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

EditorSearchBar::EditorSearchBar(QPlainTextEdit *editor, TextSearch::Guard guard, QWidget *parent)
    : QFrame(parent), m_editor(editor), m_search(editor, std::move(guard)), m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)), m_case(button(QStringLiteral("Aa"), tr("Match case"), this)),
      m_status(new QLabel(this)), m_replaceRow(new QWidget(this))
{
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_case->setCheckable(true);

    auto *previous = button(QStringLiteral("↑"), tr("Previous match (Shift+Enter)"), this);
    auto *next = button(QStringLiteral("↓"), tr("Next match (Enter)"), this);
    auto *closeButton = button(QStringLiteral("✕"), tr("Close (Escape)"), this);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_case);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    findRow->addWidget(closeButton);

    auto *replaceOneButton = button(tr("Replace"), tr("Replace this match and find the next"), m_replaceRow);
    auto *replaceAllButton = button(tr("Replace all"), tr("Replace every match (one undo step)"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOneButton);
    replaceRow->addWidget(replaceAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(previous, &QToolButton::clicked, this, &EditorSearchBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &EditorSearchBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &EditorSearchBar::close);
    connect(replaceOneButton, &QToolButton::clicked, this, &EditorSearchBar::replaceOne);
    connect(replaceAllButton, &QToolButton::clicked, this, &EditorSearchBar::replaceAll);
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as you type from where the current match starts, so the
        // match grows in place instead of jumping to the next one.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        findNext();
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

void EditorSearchBar::open(bool replace)
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    setReplaceVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void EditorSearchBar::close()
{
    hide();
    m_editor->setFocus();
    Q_EMIT closed();
}

void EditorSearchBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
    adjustSize();
}

SearchQuery EditorSearchBar::query() const
{
    return {m_find->text(), m_case->isChecked()};
}

void EditorSearchBar::updateStatus(bool found)
{
    const int count = m_search.count(query());
    m_status->setText(m_find->text().isEmpty() ? QString() : found ? tr("%n match(es)", nullptr, count) : tr("No matches"));
}

bool EditorSearchBar::findNext()
{
    const bool found = m_search.find(query());
    updateStatus(found);
    return found;
}

bool EditorSearchBar::findPrevious()
{
    const bool found = m_search.find(query(), true);
    updateStatus(found);
    return found;
}

void EditorSearchBar::replaceOne()
{
    const QString refused = m_search.replace(query(), m_replace->text());
    if (!refused.isEmpty())
        Q_EMIT this->refused(refused);
    updateStatus(m_editor->textCursor().hasSelection());
}

void EditorSearchBar::replaceAll()
{
    const TextSearch::ReplaceAll result = m_search.replaceAll(query(), m_replace->text());
    if (result.refused > 0)
        Q_EMIT refused(tr("%n match(es) left unchanged: %1", nullptr, result.refused).arg(result.reason));
    m_status->setText(tr("%n replaced", nullptr, result.replaced));
}

bool EditorSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (watched == m_replace)
            replaceOne();
        else if (key->modifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Kaji::Ui
