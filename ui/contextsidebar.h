#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

// GUI thread.
namespace Kaji::Ui {

// The left column: the kubeconfig's contexts. Resource kinds join it as
// their panes are built; none is listed before it works.
class ContextSidebar : public QWidget {
    Q_OBJECT
public:
    explicit ContextSidebar(QAbstractItemModel *contexts, QWidget *parent = nullptr);

    QString currentContext() const;
    void selectContext(const QString &name);

Q_SIGNALS:
    void contextSelected(const QString &name);
    // From the context's right-click menu.
    void disconnectRequested(const QString &name);
    // Kubeconfig edits the user asked for and confirmed; app/ writes them.
    void renameRequested(const QString &from, const QString &to);
    void namespaceChangeRequested(const QString &context, const QString &namespaceName); // empty: unset
    void deleteRequested(const QString &name);
    void importRequested();

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

    QAbstractItemModel *m_model;
    QLabel *m_title;
    QListView *m_list;
};

} // namespace Kaji::Ui
