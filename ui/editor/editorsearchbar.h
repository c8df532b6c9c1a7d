#pragma once

#include "textsearch.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// GUI thread.
namespace Kaji::Ui {

// The find and replace bar above the manifest editor's text: Enter and
// Shift+Enter step through matches, Escape closes it and gives the text
// its focus back.
class EditorSearchBar : public QFrame {
    Q_OBJECT
public:
    EditorSearchBar(QPlainTextEdit *editor, TextSearch::Guard guard, QWidget *parent = nullptr);

    // Opens the bar (with the replace row when `replace`), the selected
    // word as the text to find.
    void open(bool replace);
    void close();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QToolButton *caseButton() const { return m_case; }

    bool findNext();
    bool findPrevious();
    void replaceOne();
    void replaceAll();

Q_SIGNALS:
    void closed();
    // A replacement the guard refused, with its reason.
    void refused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SearchQuery query() const;
    void updateStatus(bool found);
    void setReplaceVisible(bool visible);

    QPlainTextEdit *m_editor;
    TextSearch m_search;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_case;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Kaji::Ui
