#pragma once

#include <QDialog>

class QPlainTextEdit;

// GUI thread.
namespace Kaji::Ui {

// What a save would change, as the server's dry run answered it: a unified
// diff of the live object against the result (managedFields and other
// noise left out, Secret values masked), removed lines red, added green.
// Accepting saves. The same view shows what changed on the server since
// the object was opened; accepting then takes the update.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose {
        DryRun, // live (−) against the dry run's result (+)
        ServerChange, // the object as opened (−) against it live now (+)
    };
    // ServerChange: `canTake` says whether the update may replace the text
    // (the user has no edits).
    explicit ReviewDialog(const QString &diff, QWidget *parent = nullptr, Purpose purpose = Purpose::DryRun,
        bool canTake = false);

    QPlainTextEdit *view() const { return m_view; }

private:
    QPlainTextEdit *m_view;
};

} // namespace Kaji::Ui
