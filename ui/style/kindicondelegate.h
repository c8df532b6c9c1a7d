#pragma once

#include <QStyledItemDelegate>

// GUI thread.
namespace Kaji::Ui {

// Draws each row with the kind picture its model names in `keyRole` (a
// kind, resource id or group key: style/kindicons.h), in the colours of the
// view's palette at paint time, so a theme switch re-colours the rows on
// their next repaint.
class KindIconDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    KindIconDelegate(int keyRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_keyRole;
};

} // namespace Kaji::Ui
