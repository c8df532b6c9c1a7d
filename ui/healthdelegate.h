#pragma once

#include <QStyledItemDelegate>

// GUI thread.
namespace Kaji::Ui {

// Colours a status cell by the model's HealthRole, so failing pods stand
// out at a glance; the colours follow light and dark palettes.
class HealthDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Kaji::Ui
