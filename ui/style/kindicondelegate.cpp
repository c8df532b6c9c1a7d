#include "kindicondelegate.h"

#include "kindicons.h"

namespace Kaji::Ui {

KindIconDelegate::KindIconDelegate(int keyRole, QObject *parent) : QStyledItemDelegate(parent), m_keyRole(keyRole) {}

void KindIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString key = index.data(m_keyRole).toString();
    if (key.isEmpty())
        return;
    option->icon = kindIcon(key, option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height() >= 20 ? 20 : 16;
    option->decorationSize = QSize(side, side);
}

} // namespace Kaji::Ui
