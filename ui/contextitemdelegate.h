#pragma once

#include <QStyledItemDelegate>

// GUI thread.
namespace Kaji::Ui {

// One context of the switcher: its avatar (initials, colour, connection
// state), then its name (bold when it is the kubeconfig's current context,
// elided in the middle so both ends of an EKS ARN show) and its server,
// with a warning mark when TLS is not verified or the kubeconfig entry has
// problems. Narrower than CompactWidth, the avatar alone.
class ContextItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int CompactWidth = 120;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The avatar's square within an item's rect.
    static QRect avatarRect(const QStyleOptionViewItem &option);
};

} // namespace Kaji::Ui
