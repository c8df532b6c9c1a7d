#pragma once

#include <QStyledItemDelegate>

// GUI thread.
namespace Kaji::Ui {

// Two lines per context: its name (bold when it is the kubeconfig's current
// context) and its server, with a warning mark when TLS is not verified or
// the kubeconfig entry has problems.
class ContextItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kaji::Ui
