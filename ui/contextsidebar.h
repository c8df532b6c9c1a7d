#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;

// GUI thread.
namespace Kaji::Ui {

// The left column's cluster switcher: the kubeconfig's contexts as avatars
// with their names, in the order the user drags them into.
class ContextSidebar : public QWidget {
    Q_OBJECT
public:
    explicit ContextSidebar(QAbstractItemModel *contexts, QWidget *parent = nullptr);

    QString currentContext() const;
    void selectContext(const QString &name);
    // The n-th context (0-based) as listed; false if there is none.
    bool selectRow(int row);
    // The next (+1) or previous (-1) context, wrapping around.
    void selectRelative(int delta);

Q_SIGNALS:
    void contextSelected(const QString &name);
    // From the context's right-click menu.
    void disconnectRequested(const QString &name);
    // Kubeconfig edits the user asked for and confirmed; app/ writes them.
    void renameRequested(const QString &from, const QString &to);
    void namespaceChangeRequested(const QString &context, const QString &namespaceName); // empty: unset
    void deleteRequested(const QString &name);
    void importRequested();
    // From the menu's "Colour" entries; an empty colour: back to the derived one.
    void avatarColourRequested(const QString &name, const QString &colour);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMenu(const QPoint &pos);
    struct Row {
        QString name;
        QString file; // the kubeconfig file that defines the context
        QString namespaceName; // "default" when unset
        bool current = false;
    };
    void askRename(const Row &row);
    void askNamespace(const Row &row);
    void askDelete(const Row &row);
    void addColourMenu(QMenu *menu, const QModelIndex &index);

    QAbstractItemModel *m_model;
    QLabel *m_title;
    QListView *m_list;
};

} // namespace Kaji::Ui
