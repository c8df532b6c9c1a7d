#pragma once

#include <QStyledItemDelegate>

// GUI thread.
namespace Kaji::Ui {

// Paints one log line: a severity marker in the margin with a faint tint
// (colours follow light and dark palettes), search matches highlighted, the
// current match stronger. Every line has the same height unless wrapping is
// on, so the view lays out a million rows without measuring them.
class LogLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setWrap(bool wrap) { m_wrap = wrap; }
    // The widest line so far, in characters: the row width for horizontal scrolling.
    void setLongestLine(qsizetype characters) { m_longest = characters; }
    void setCurrentRow(int row) { m_currentRow = row; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int MarkerWidth = 4;
    static constexpr int Padding = 6;

private:
    bool m_wrap = false;
    qsizetype m_longest = 0;
    int m_currentRow = -1;
};

} // namespace Kaji::Ui
