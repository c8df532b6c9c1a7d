#pragma once

#include <QStringList>
#include <QToolButton>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// GUI thread.
namespace Kaji::Ui {

// Which namespaces the tables show: all of them, or any set the user ticks.
// Namespaces come from the cluster when the user may list them; others (the
// context's own, or ones a restricted user works in) can be added by name.
class NamespacePicker : public QToolButton {
    Q_OBJECT
public:
    explicit NamespacePicker(QWidget *parent = nullptr);

    // `listed`: from the cluster; `added`: typed in by the user.
    void setNamespaces(const QStringList &listed, const QStringList &added);
    // Empty: all namespaces.
    void setSelection(const QStringList &selected);
    QStringList selection() const { return m_selection; }
    // Why the list may be incomplete (e.g. listing namespaces is forbidden);
    // empty when it is the cluster's full list.
    void setNote(const QString &note);

    // For tests and the command palette: the panel shown by the button.
    QWidget *panel() const { return m_panel; }

Q_SIGNALS:
    void selectionChanged(const QStringList &selected);
    void namespaceAdded(const QString &name);
    void namespaceForgotten(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildList();
    void applyFilter(const QString &text);
    void onItemChanged(QListWidgetItem *item);
    void onAllToggled(bool all);
    void addTyped();
    void showItemMenu(const QPoint &pos);
    void setSelectionAndNotify(const QStringList &selected);
    void retranslate();
    void updateText();

    QWidget *m_panel;
    QLineEdit *m_search;
    QCheckBox *m_all;
    QListWidget *m_list;
    QLabel *m_note;
    QLineEdit *m_addName;
    QPushButton *m_add;
    QStringList m_listed;
    QStringList m_added;
    QStringList m_selection;
    bool m_updating = false;
};

} // namespace Kaji::Ui
