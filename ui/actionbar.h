#pragma once

#include "objectactions.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

// GUI thread.
namespace Kaji::Ui {

// Buttons for what may be done to the shown object (scale, restart,
// delete, cordon). Each is enabled only once the server said the user may;
// otherwise it stays disabled with the reason as its tooltip. Destructive
// actions ask first.
class ActionBar : public QWidget {
    Q_OBJECT
public:
    explicit ActionBar(QWidget *parent = nullptr);

    void setActions(Models::ObjectActions *actions);
    void setTarget(const Models::ObjectActions::Target &target);
    QPushButton *button(Models::ObjectActions::Action action) const { return m_buttons.value(int(action)); }
    QString statusText() const;
    const Models::ObjectActions::Target &target() const { return m_target; }
    // What the bar offers now, in its order (hidden ones left out).
    QList<QPushButton *> offeredButtons() const;
    QPushButton *logsButton() const { return m_logs; }
    QPushButton *forwardButton() const { return m_forward; }
    QPushButton *shellButton() const { return m_shell; }

Q_SIGNALS:
    // Not writes, so not reviewed: the log view and the forward report a
    // refusal themselves, with the permission that is missing.
    void logsRequested(const Kaji::Models::ObjectActions::Target &target);
    void portForwardRequested(const Kaji::Models::ObjectActions::Target &target);
    void editRequested(const Kaji::Models::ObjectActions::Target &target);
    // A terminal into one of the pod's containers (the Terminal dock opens it).
    void shellRequested(const Kaji::Models::ObjectActions::Target &target);
    void attachRequested(const Kaji::Models::ObjectActions::Target &target);
    void runCommandRequested(const Kaji::Models::ObjectActions::Target &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void trigger(Models::ObjectActions::Action action);
    QString label(Models::ObjectActions::Action action) const;
    void retranslate();

    Models::ObjectActions *m_actions = nullptr;
    Models::ObjectActions::Target m_target;
    QHBoxLayout *m_layout;
    QHBoxLayout *m_terminalRow; // a second row, so the first keeps its width
    QLabel *m_status;
    QPushButton *m_logs;
    QPushButton *m_forward;
    QPushButton *m_shell;
    QPushButton *m_attach;
    QPushButton *m_run;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace Kaji::Ui
