#pragma once

#include "editor/editoutcome.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

// GUI thread.
namespace Kaji::Ui {

// The three versions of each field the user changed, when someone else
// changed some of the same fields meanwhile: as it was shown, as it is live
// now, and as the user has it. Accepting saves the user's values over the
// live ones; rejecting goes back to editing with the text untouched.
// Secret values stay masked until revealed.
class ThreeWayDialog : public QDialog {
    Q_OBJECT
public:
    explicit ThreeWayDialog(const QList<Models::ThreeWayField> &fields, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void fill();

    QList<Models::ThreeWayField> m_fields;
    QTableWidget *m_table;
    QCheckBox *m_reveal;
};

} // namespace Kaji::Ui
