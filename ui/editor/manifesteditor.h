#pragma once

#include "editorhooks.h"
#include "guardedtextedit.h"
#include "manifestdiagnostic.h"
#include "manifestvalidation.h"
#include "yamlhighlighting.h"

#include <memory>

class QCompleter;
class QMenu;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// GUI thread.
namespace Kaji::Ui {

class EditorCompletion;
class EditorDiagnostics;
class EditorFolding;
class EditorGutter;
class EditorRegions;
class EditorSearchBar;
class ManifestValidator;

// A mark in the gutter beside a value that can be hidden (a Secret's):
// clicking it asks to show or hide that value.
struct ValueMarker {
    int line = 0; // 1-based
    bool concealed = false; // masked now (a closed lock) or shown (open)
    QString toolTip;
};

// The manifest editor: YAML highlighting that follows the palette, line
// numbers, folding, find and replace, read-only and server-owned lines,
// diagnostics from validation that runs off the GUI thread while the user
// types, and hooks for field documentation and key completion.
//
// Lines and columns in this API are 1-based, as Kube::YamlPosition counts
// them. The widget never drops the user's text by itself: only
// setManifest() and explicit replace actions (undoable) replace text.
class ManifestEditor : public GuardedTextEdit {
    Q_OBJECT
public:
    explicit ManifestEditor(QWidget *parent = nullptr);
    ~ManifestEditor() override;

    // Starts over with `text` (the object as first shown): clears read-only
    // and server-owned lines, folds, diagnostics and the undo history, and
    // validates it at once.
    void setManifest(const QString &text);
    // Bumped by every change of the text (never by folding or colouring).
    quint64 revision() const { return m_revision; }

    void addReadOnlyLines(int firstLine, int lastLine, const QString &reason);
    void markServerOwned(int line, const QString &toolTip);
    // The last line of the YAML block that starts at `line` (`line` when it
    // starts none): with addReadOnlyLines and foldLine for `status:`.
    int blockEndLine(int line) const;
    bool foldLine(int line);
    bool unfoldLine(int line);
    bool isLineFolded(int line) const;
    bool isLineVisible(int line) const;

    // Diagnostics for the text at `revision`; ignored when the text has
    // changed since.
    void setDiagnostics(quint64 revision, const ManifestDiagnostics &diagnostics);
    ManifestDiagnostics diagnostics() const; // where they are now

    void setValidationCheck(ManifestCheck check);
    void setValidationDelay(int milliseconds);

    void setHoverProvider(HoverProvider provider);
    void setCompletionProvider(CompletionProvider provider);
    // What is at a place in the text, for the hooks.
    YamlCursorContext contextAt(const QTextCursor &cursor) const;
    void complete(); // as Ctrl+Space

    // Values shown as `mask` (a line `key: <mask>`) cannot be edited
    // blindly: an edit into or against a mask is refused and
    // maskedValueTouched() asks for the value to be shown first. Replacing
    // the whole mask (selecting it, deleting its line) is the user's
    // choice and passes. Empty: no masks.
    void setMaskedValue(const QString &mask);
    void setValueMarkers(const QList<ValueMarker> &markers);
    QList<ValueMarker> valueMarkers() const { return m_valueMarkers; }
    // Asked for each context menu, with the 1-based line it opened on.
    using ContextMenuHook = std::function<void(QMenu *menu, int line)>;
    void setContextMenuHook(ContextMenuHook hook) { m_menuHook = std::move(hook); }

    void showFind(); // Ctrl+F
    void showReplace(); // Ctrl+H, Ctrl+R
    EditorSearchBar *searchBar() const { return m_searchBar; }
    QCompleter *completer() const;

Q_SIGNALS:
    void diagnosticsChanged();
    // editRefused(reason) (inherited): an edit into a read-only line.
    void validationFinished(quint64 revision);
    // An edit was aimed at a masked value on `line` (1-based): show it.
    void maskedValueTouched(int line);
    // The gutter's marker of `line` was clicked.
    void valueMarkerClicked(int line);

protected:
    QString refusal(int from, int to) const override;
    void refused(int from, int to) override;
    void extendContextMenu(QMenu *menu, const QPoint &position) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    friend class EditorGutter;
    friend class EditorToolTip;

    void textChanged(int position, int removed, int added);
    void updateSelections();
    void layoutChrome();
    int maskedLineTouched(int from, int to) const; // 1-based, 0 when none

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    std::unique_ptr<EditorFolding> m_folding;
    std::unique_ptr<EditorRegions> m_regions;
    std::unique_ptr<EditorDiagnostics> m_diagnostics;
    EditorGutter *m_gutter;
    EditorSearchBar *m_searchBar;
    EditorCompletion *m_completion;
    ManifestValidator *m_validator;
    HoverProvider m_hover;
    YamlEditorColours m_colours;
    quint64 m_revision = 0;
    QString m_mask;
    QList<ValueMarker> m_valueMarkers;
    ContextMenuHook m_menuHook;
    bool m_breakingLine = false; // Enter pressed: a new line after a mask is no edit of it
};

} // namespace Kaji::Ui
