#include "healthdelegate.h"

#include "diagnosis/finding.h"
#include "healthcolours.h"
#include "podtablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPalette>
#include <QToolTip>

namespace Kaji::Ui {
namespace {

bool hasBadge(const QModelIndex &index)
{
    return index.data(Models::FindingSeverityRole).isValid();
}

} // namespace

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Health = Models::PodTableModel::Health;
    const QColor colour = healthColour(Health(index.data(Models::PodTableModel::HealthRole).toInt()), option->palette);
    option->palette.setColor(QPalette::Text, colour);
    if (Health(index.data(Models::PodTableModel::HealthRole).toInt()) == Health::Failing)
        option->font.setBold(true);
}

int HealthDelegate::badgeWidth(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 6;
}

void HealthDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!hasBadge(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text keeps its place; the badge takes the end of the cell.
    const int width = badgeWidth(option);
    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - width);
    QStyledItemDelegate::paint(painter, text, index);
    const auto severity = Models::Severity(index.data(Models::FindingSeverityRole).toInt());
    const int diameter = option.fontMetrics.height() - 2;
    const QRect circle(option.rect.right() - width + 3, option.rect.center().y() - diameter / 2, diameter, diameter);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColour(severity, option.palette));
    painter->drawEllipse(circle);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, severity == Models::Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    painter->restore();
}

QSize HealthDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (hasBadge(index))
        size.rwidth() += badgeWidth(option);
    return size;
}

bool HealthDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    const QString findings = index.data(Models::FindingTextRole).toString();
    if (event->type() != QEvent::ToolTip || findings.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString cell = index.data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPos(), cell.isEmpty() ? findings : cell + QStringLiteral("\n\n") + findings, view);
    return true;
}

} // namespace Kaji::Ui
