#include "healthdelegate.h"

#include "podtablemodel.h"

#include <QPalette>

namespace Kaji::Ui {

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Health = Models::PodTableModel::Health;
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    QColor colour;
    switch (Health(index.data(Models::PodTableModel::HealthRole).toInt())) {
    case Health::Healthy: colour = dark ? QColor(0x6c, 0xd4, 0x7e) : QColor(0x1a, 0x7f, 0x37); break;
    case Health::Progressing: colour = dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xb8); break;
    case Health::Failing: colour = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x22, 0x1b); break;
    case Health::Finished: colour = option->palette.color(QPalette::PlaceholderText); break;
    }
    option->palette.setColor(QPalette::Text, colour);
    if (Health(index.data(Models::PodTableModel::HealthRole).toInt()) == Health::Failing)
        option->font.setBold(true);
}

} // namespace Kaji::Ui
