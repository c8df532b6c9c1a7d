#include "manifesteditor.h"

#include "editguard.h"
#include "editorcompletion.h"
#include "editordiagnostics.h"
#include "editorfolding.h"
#include "editorgutter.h"
#include "editorregions.h"
#include "editorsearchbar.h"
#include "editortooltip.h"
#include "manifestvalidator.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace Kaji::Ui {
namespace {

constexpr QKeyCombination findKey(Qt::CTRL | Qt::Key_F);
constexpr QKeyCombination replaceKey(Qt::CTRL | Qt::Key_H);
constexpr QKeyCombination replaceKey2(Qt::CTRL | Qt::Key_R);
constexpr QKeyCombination completeKey(Qt::CTRL | Qt::Key_Space);

} // namespace

ManifestEditor::ManifestEditor(QWidget *parent)
    : GuardedTextEdit(parent), m_highlighter(YamlHighlighting::create(document(), palette())),
      m_folding(std::make_unique<EditorFolding>(this)), m_regions(std::make_unique<EditorRegions>(document())),
      m_diagnostics(std::make_unique<EditorDiagnostics>(document())), m_gutter(new EditorGutter(this)),
      m_searchBar(new EditorSearchBar(this, [this](int from, int to) { return refusal(from, to); }, this)),
      m_completion(new EditorCompletion(this, [this] { return contextAt(textCursor()); })),
      m_validator(new ManifestValidator([this] { return toPlainText(); }, this)),
      m_colours(YamlHighlighting::editorColours(palette()))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    connect(document(), &QTextDocument::contentsChange, this, &ManifestEditor::textChanged);
    connect(m_validator, &ManifestValidator::finished, this, [this](quint64 revision, const ManifestDiagnostics &diagnostics) {
        setDiagnostics(revision, diagnostics);
        Q_EMIT validationFinished(revision);
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        m_folding->reveal(textCursor().block());
        updateSelections();
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, &ManifestEditor::layoutChrome);
    connect(m_searchBar, &EditorSearchBar::refused, this, &ManifestEditor::tell);
    connect(m_searchBar, &EditorSearchBar::closed, this, &ManifestEditor::layoutChrome);
    layoutChrome();
    updateSelections();
}

ManifestEditor::~ManifestEditor() = default;

void ManifestEditor::setManifest(const QString &text)
{
    m_regions->clear();
    m_diagnostics->clear();
    m_folding->unfoldAll();
    setPlainText(text);
    m_validator->requestNow(m_revision);
    updateSelections();
}

void ManifestEditor::addReadOnlyLines(int firstLine, int lastLine, const QString &reason)
{
    m_regions->addReadOnly(firstLine - 1, lastLine - 1, reason);
    updateSelections();
    m_gutter->update();
}

void ManifestEditor::markServerOwned(int line, const QString &toolTip)
{
    m_regions->addServerOwned(line - 1, toolTip);
    updateSelections();
}

int ManifestEditor::blockEndLine(int line) const
{
    return m_folding->blockEnd(document()->findBlockByNumber(line - 1)).blockNumber() + 1;
}

bool ManifestEditor::foldLine(int line)
{
    // The relayout that folding causes repaints the gutter too.
    return m_folding->fold(document()->findBlockByNumber(line - 1));
}

bool ManifestEditor::unfoldLine(int line)
{
    return m_folding->unfold(document()->findBlockByNumber(line - 1));
}

bool ManifestEditor::isLineFolded(int line) const
{
    return m_folding->isFolded(document()->findBlockByNumber(line - 1));
}

bool ManifestEditor::isLineVisible(int line) const
{
    return document()->findBlockByNumber(line - 1).isVisible();
}

void ManifestEditor::setDiagnostics(quint64 revision, const ManifestDiagnostics &diagnostics)
{
    if (revision != m_revision)
        return; // for text that has changed since: the next run will say
    m_diagnostics->set(diagnostics);
    updateSelections();
    m_gutter->update();
    Q_EMIT diagnosticsChanged();
}

ManifestDiagnostics ManifestEditor::diagnostics() const
{
    return m_diagnostics->current();
}

void ManifestEditor::setValidationCheck(ManifestCheck check)
{
    m_validator->setCheck(std::move(check));
    m_validator->request(m_revision);
}

void ManifestEditor::setValidationDelay(int milliseconds)
{
    m_validator->setDelay(milliseconds);
}

void ManifestEditor::setHoverProvider(HoverProvider provider)
{
    m_hover = std::move(provider); // asked when the mouse rests (EditorToolTip)
}

void ManifestEditor::setCompletionProvider(CompletionProvider provider)
{
    m_completion->setProvider(std::move(provider));
}

YamlCursorContext ManifestEditor::contextAt(const QTextCursor &cursor) const
{
    const QTextDocument *text = document();
    return YamlCursorPath::at([text](int i) { return text->findBlockByNumber(i).text(); }, text->blockCount(),
                              cursor.blockNumber(), cursor.positionInBlock());
}

void ManifestEditor::complete()
{
    const int position = textCursor().position();
    if (m_regions->refusal(position, position).isEmpty())
        m_completion->complete(true);
}

QCompleter *ManifestEditor::completer() const
{
    return m_completion->completer();
}

void ManifestEditor::showFind()
{
    m_searchBar->open(false);
    layoutChrome();
}

void ManifestEditor::showReplace()
{
    m_searchBar->open(true);
    layoutChrome();
}

QString ManifestEditor::refusal(int from, int to) const
{
    const QString region = m_regions->refusal(from, to);
    if (!region.isEmpty())
        return region;
    if (maskedLineTouched(from, to) > 0)
        return tr("This value is masked: it is shown now. Edit it there.");
    return {};
}

int ManifestEditor::maskedLineTouched(int from, int to) const
{
    if (m_mask.isEmpty())
        return 0;
    const QString marker = QStringLiteral(": ") + m_mask;
    const QTextBlock last = document()->findBlock(to);
    for (QTextBlock block = document()->findBlock(from); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const int at = int(text.indexOf(marker));
        const QString after = at >= 0 ? text.mid(at + marker.size()).trimmed() : QString();
        if (at >= 0 && (after.isEmpty() || after.startsWith(u'#'))) {
            const int start = block.position() + at + 2;
            const int end = start + int(m_mask.size());
            const bool touches = from <= end && to >= start;
            const bool replacesWhole = from < to && from <= start && to >= end;
            const bool newLineAfter = m_breakingLine && from == to && from == block.position() + text.size();
            if (touches && !replacesWhole && !newLineAfter)
                return block.blockNumber() + 1;
        }
        if (block == last)
            break;
    }
    return 0;
}

void ManifestEditor::refused(int from, int to)
{
    if (!m_regions->refusal(from, to).isEmpty())
        return;
    // After the refused event is done with, not from inside it.
    if (const int line = maskedLineTouched(from, to))
        QMetaObject::invokeMethod(this, [this, line] { Q_EMIT maskedValueTouched(line); }, Qt::QueuedConnection);
}

void ManifestEditor::setMaskedValue(const QString &mask)
{
    m_mask = mask;
}

void ManifestEditor::setValueMarkers(const QList<ValueMarker> &markers)
{
    m_valueMarkers = markers;
    m_gutter->update();
}

void ManifestEditor::extendContextMenu(QMenu *menu, const QPoint &position)
{
    if (m_menuHook)
        m_menuHook(menu, cursorForPosition(position).blockNumber() + 1);
}

void ManifestEditor::textChanged(int, int removed, int added)
{
    if (removed == 0 && added == 0)
        return;
    ++m_revision;
    m_folding->repair();
    m_validator->request(m_revision);
}

void ManifestEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completion->popupTakes(event)) {
        event->ignore(); // the completer's popup acts on it
        return;
    }
    if (event->keyCombination() == findKey) {
        showFind();
        return;
    }
    if (event->keyCombination() == replaceKey || event->keyCombination() == replaceKey2) {
        showReplace();
        return;
    }
    if (event->keyCombination() == completeKey) {
        complete();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_searchBar->isVisible()) {
        m_searchBar->close();
        return;
    }
    const quint64 before = m_revision;
    m_breakingLine = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !textCursor().hasSelection();
    GuardedTextEdit::keyPressEvent(event);
    m_breakingLine = false;
    const QString typed = event->text();
    const bool keyCharacter = !typed.isEmpty() && (typed.front().isLetterOrNumber() || typed.front() == u'_' || typed.front() == u'-');
    if (m_revision != before && (keyCharacter || m_completion->isVisible()))
        m_completion->complete(false);
}

bool ManifestEditor::event(QEvent *event)
{
    // Window shortcuts (a main window's Find) must not take these keys
    // while the editor has the focus.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        if (combination == findKey || combination == replaceKey || combination == replaceKey2 || combination == completeKey) {
            event->accept();
            return true;
        }
    }
    return GuardedTextEdit::event(event);
}

void ManifestEditor::resizeEvent(QResizeEvent *event)
{
    GuardedTextEdit::resizeEvent(event);
    layoutChrome();
}

void ManifestEditor::changeEvent(QEvent *event)
{
    GuardedTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        YamlHighlighting::followPalette(m_highlighter, palette());
        m_colours = YamlHighlighting::editorColours(palette());
        updateSelections();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange)
        layoutChrome();
}

void ManifestEditor::paintEvent(QPaintEvent *event)
{
    GuardedTextEdit::paintEvent(event);
    QPainter painter(viewport());
    EditorGutter::paintFoldHints(this, painter, event->rect());
}

bool ManifestEditor::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return GuardedTextEdit::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = EditorToolTip::at(*this, help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void ManifestEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(m_colours.currentLine);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    selections += m_regions->selections(palette());
    selections += m_diagnostics->selections(palette());
    setExtraSelections(selections);
}

void ManifestEditor::layoutChrome()
{
    const int top = m_searchBar->isVisible() ? m_searchBar->sizeHint().height() : 0;
    const int gutter = m_gutter->sizeHint().width();
    setViewportMargins(gutter, top, 0, 0);
    const QRect area = contentsRect();
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    m_searchBar->setGeometry(area.left(), area.top(), area.width() - scrollBar, top);
    m_gutter->setGeometry(area.left(), area.top() + top, gutter, area.height() - top);
}

} // namespace Kaji::Ui
