#pragma once

#include "editorhooks.h"

#include <QObject>

class QCompleter;
class QKeyEvent;
class QPlainTextEdit;
class QStandardItemModel;

// GUI thread.
namespace Kaji::Ui {

// Key completion in the manifest editor: asks the provider for the keys of
// the mapping at the cursor and offers them in a popup; choosing one
// writes `key: ` in place of what was typed (one undoable edit).
class EditorCompletion : public QObject {
    Q_OBJECT
public:
    using ContextAtCursor = std::function<YamlCursorContext()>;

    EditorCompletion(QPlainTextEdit *editor, ContextAtCursor context);

    void setProvider(CompletionProvider provider);
    // Ctrl+Space (`explicitly`): wherever a key can go. After typing: only
    // while a new key is being typed.
    void complete(bool explicitly);
    // While the popup is open, the keys it answers (Enter, Tab, Escape).
    bool popupTakes(const QKeyEvent *event) const;
    bool isVisible() const;
    QCompleter *completer() const { return m_completer; }

private:
    void insert(const QString &key);
    void hide();

    QPlainTextEdit *m_editor;
    ContextAtCursor m_context;
    CompletionProvider m_provider;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
};

} // namespace Kaji::Ui
