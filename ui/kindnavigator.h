#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTreeView;

// GUI thread.
namespace Kaji::Ui {

// The kinds of the connected cluster, grouped (Workloads, Network, ...),
// below the contexts. Choosing one (click, or arrows and Enter) opens its
// table.
class KindNavigator : public QWidget {
    Q_OBJECT
public:
    // `kinds` answers the resource id in a role Qt::UserRole + 20 (KindTreeModel).
    explicit KindNavigator(QAbstractItemModel *kinds, QWidget *parent = nullptr);

    void selectKind(const QString &resourceId);
    QTreeView *view() const { return m_tree; }

Q_SIGNALS:
    void kindSelected(const QString &resourceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAbstractItemModel *m_model;
    QLabel *m_title;
    QTreeView *m_tree;
};

} // namespace Kaji::Ui
