#include "contextitemdelegate.h"

#include "contextlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Kaji::Ui {
namespace {
constexpr int Margin = 8;
}

void ContextItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    using Model = Models::ContextListModel;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const bool warn = index.data(Model::InsecureRole).toBool() || index.data(Model::ProblemCountRole).toInt() > 0;

    QFont nameFont = opt.font;
    nameFont.setBold(index.data(Model::CurrentRole).toBool());
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(opt.font);
    QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);

    painter->save();
    if (warn) {
        // A plain "!" badge reads in every theme without an icon set.
        const int size = nameMetrics.height();
        const QRect badge(area.right() - size + 1, area.top(), size, size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd9, 0x7a, 0x00));
        painter->drawEllipse(badge.adjusted(2, 2, -2, -2));
        painter->setPen(Qt::white);
        painter->setFont(nameFont);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        area.setRight(badge.left() - 4);
    }
    if (const int state = index.data(Model::ConnectionRole).toInt(); state >= 0) {
        // Connected contexts carry a dot: green live, amber on the way or
        // retrying, red refused or failing.
        static const QColor colours[] = {QColor(0xd9, 0xa4, 0x00), QColor(0x2e, 0x9d, 0x4f), QColor(0xd9, 0xa4, 0x00),
                                         QColor(0xc6, 0x28, 0x28), QColor(0xc6, 0x28, 0x28)};
        const int size = nameMetrics.height() / 2;
        const QRect dot(area.right() - size + 1, area.top() + (nameMetrics.height() - size) / 2, size, size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours[std::clamp(state, 0, 4)]);
        painter->drawEllipse(dot);
        area.setRight(dot.left() - 6);
    }
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    painter->setFont(nameFont);
    const QString name = index.data(Model::NameRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideMiddle, area.width()));
    QColor secondary = opt.palette.color(QPalette::Active, textRole);
    secondary.setAlphaF(0.65f);
    painter->setPen(secondary);
    painter->setFont(opt.font);
    const QString server = index.data(Model::ServerRole).toString();
    painter->drawText(QRect(area.left(), area.top() + nameMetrics.height() + 2, area.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(server, Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize ContextItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return {200, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + Margin};
}

} // namespace Kaji::Ui
