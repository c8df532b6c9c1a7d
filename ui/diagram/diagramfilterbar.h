#pragma once

#include "diagram/diagraminput.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QMenu;
class QTimer;
class QPushButton;

// GUI thread.
namespace Kaji::Ui {

// What the user narrows a diagram to: a menu of kinds with check boxes
// (built from the kinds the view has shown), a label selector and
// "Problems only". Every change is reported once, as the whole filter.
class DiagramFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit DiagramFilterBar(QWidget *parent = nullptr);

    Models::DiagramFilter filter() const { return m_filter; }
    // Shows a filter without reporting it (restored settings).
    void setFilter(const Models::DiagramFilter &filter);
    // The menu lists these besides those already known (a graph's kinds).
    void addKinds(const QStringList &kinds);
    // Another view: its kinds are others; the filter's kinds go too.
    void clearKinds();

    QPushButton *kindsButton() const { return m_kindsButton; }
    QMenu *kindsMenu() const { return m_kindsMenu; }
    QLineEdit *labelEdit() const { return m_labels; }
    QPushButton *problemsButton() const { return m_problems; }

Q_SIGNALS:
    void filterChanged(const Kaji::Models::DiagramFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void updateButton();
    void kindToggled();
    void labelsEdited();
    void report();
    void retranslate();

    Models::DiagramFilter m_filter;
    QStringList m_kinds; // sorted
    QPushButton *m_kindsButton;
    QMenu *m_kindsMenu;
    QLineEdit *m_labels;
    QPushButton *m_problems;
    QTimer *m_labelTimer;
};

} // namespace Kaji::Ui
