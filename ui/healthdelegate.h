#pragma once

#include <QStyledItemDelegate>

// GUI thread.
namespace Kaji::Ui {

// Colours a status cell by the model's HealthRole, so failing pods stand
// out at a glance; the colours follow light and dark palettes. Rows the
// latest diagnosis has findings about get a badge in the severity's colour
// at the cell's end, whose tooltip gives the headlines.
class HealthDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static int badgeWidth(const QStyleOptionViewItem &option);
};

} // namespace Kaji::Ui
