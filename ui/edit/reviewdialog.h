#pragma once

#include <QDialog>

class QPlainTextEdit;

// GUI thread.
namespace Kaji::Ui {

// What a save would change, as the server's dry run answered it: a unified
// diff of the live object against the result (managedFields and other
// noise left out, Secret values masked), removed lines red, added green.
// Accepting saves.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReviewDialog(const QString &diff, QWidget *parent = nullptr);

    QPlainTextEdit *view() const { return m_view; }

private:
    QPlainTextEdit *m_view;
};

} // namespace Kaji::Ui
