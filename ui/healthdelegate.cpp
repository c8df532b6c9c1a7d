#include "healthdelegate.h"

#include "diagnosis/finding.h"
#include "podtablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPalette>
#include <QToolTip>

namespace Kaji::Ui {
namespace {

QColor severityColour(Models::Severity severity, bool dark)
{
    switch (severity) {
    case Models::Severity::Critical: return dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xa4, 0x0e, 0x0e);
    case Models::Severity::Error: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xd1, 0x24, 0x2f);
    case Models::Severity::Warning: return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xbf, 0x87, 0x00);
    case Models::Severity::Info: return dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xb8);
    }
    return {};
}

bool hasBadge(const QModelIndex &index)
{
    return index.data(Models::FindingSeverityRole).isValid();
}

} // namespace

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
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    const int diameter = option.fontMetrics.height() - 2;
    const QRect circle(option.rect.right() - width + 3, option.rect.center().y() - diameter / 2, diameter, diameter);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColour(severity, dark));
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
