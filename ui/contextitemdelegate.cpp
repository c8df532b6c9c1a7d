#include "contextitemdelegate.h"

#include "contextavatar.h"
#include "contextlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Kaji::Ui {
namespace {
constexpr int Margin = 8;

int avatarSize(const QStyleOptionViewItem &option)
{
    // Two text lines tall, so names and avatars line up.
    QFont bold = option.font;
    bold.setBold(true);
    return QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2;
}

} // namespace

QRect ContextItemDelegate::avatarRect(const QStyleOptionViewItem &option)
{
    const int size = avatarSize(option);
    const int top = option.rect.top() + (option.rect.height() - size) / 2;
    if (option.rect.width() < CompactWidth)
        return {option.rect.left() + (option.rect.width() - size) / 2, top, size, size};
    return {option.rect.left() + Margin, top, size, size};
}

void ContextItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    using Model = Models::ContextListModel;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QString name = index.data(Model::NameRole).toString();
    const QRect avatar = avatarRect(opt);
    const QColor background = opt.palette.color(QPalette::Active, selected ? QPalette::Highlight : QPalette::Base);
    ContextAvatar::paint(painter, avatar, index.data(Model::InitialsRole).toString(),
                         ContextAvatar::colourFor(name, index.data(Model::AvatarColourRole).toString()),
                         ContextAvatar::connectionFor(index.data(Model::ConnectionRole).toInt()), background,
                         selected ? opt.palette.color(QPalette::Active, QPalette::HighlightedText) : QColor());
    if (opt.rect.width() < CompactWidth)
        return;

    const bool warn = index.data(Model::InsecureRole).toBool() || index.data(Model::ProblemCountRole).toInt() > 0;
    QFont nameFont = opt.font;
    nameFont.setBold(index.data(Model::CurrentRole).toBool());
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(opt.font);
    QRect area = opt.rect.adjusted(avatar.right() + Margin - opt.rect.left(), 0, -Margin, 0);
    area.setTop(avatar.top());

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
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    painter->setFont(nameFont);
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
    // As wide as the avatar: the list is as wide as the user makes it.
    return {avatarSize(option) + 2 * Margin, avatarSize(option) + Margin};
}

} // namespace Kaji::Ui
