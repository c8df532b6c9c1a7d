#pragma once

#include <QString>

#include <functional>

class QPlainTextEdit;

// GUI thread.
namespace Kaji::Ui {

struct SearchQuery {
    QString text;
    bool caseSensitive = false;
};

// Find and replace in a plain text editor. Every replacement is an
// ordinary undoable edit (replace all is one step), and asks the guard
// first: text the guard protects is found but never replaced.
class TextSearch {
public:
    // Why replacing [from, to) is refused, or "" when allowed.
    using Guard = std::function<QString(int from, int to)>;

    TextSearch(QPlainTextEdit *editor, Guard guard);

    // Selects the next (or previous) match after the cursor, wrapping
    // around the end; false when there is none.
    bool find(const SearchQuery &query, bool backward = false);
    // Replaces the selected match (if the selection is one) and selects
    // the next one. Returns the guard's refusal, or "".
    QString replace(const SearchQuery &query, const QString &replacement);
    struct ReplaceAll {
        int replaced = 0;
        int refused = 0; // matches the guard protects, left as they were
        QString reason;
    };
    ReplaceAll replaceAll(const SearchQuery &query, const QString &replacement);
    int count(const SearchQuery &query) const;

private:
    bool selectionMatches(const SearchQuery &query) const;

    QPlainTextEdit *m_editor;
    Guard m_guard;
};

} // namespace Kaji::Ui
