#include "commandpalette.h"

#include "palettemodel.h"
#include "style/kindicons.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <cmath>

namespace Kaji::Ui {
namespace {

// The picture of what an entry is: its kind for kinds and objects, a
// namespace, a cluster for contexts, a prompt for commands and actions.
QString iconKey(const QModelIndex &index)
{
    switch (Models::PaletteEntry::Type(index.data(Models::PaletteModel::TypeRole).toInt())) {
    case Models::PaletteEntry::Type::Kind:
    case Models::PaletteEntry::Type::Object: return index.data(Models::PaletteModel::ResourceIdRole).toString();
    case Models::PaletteEntry::Type::Namespace: return QStringLiteral("namespaces");
    case Models::PaletteEntry::Type::Context: return QStringLiteral("context");
    case Models::PaletteEntry::Type::Action:
    case Models::PaletteEntry::Type::Command: return QStringLiteral("command");
    }
    return {};
}

// The picture, the name beside it; on the right, dimmed, what it is and where.
class PaletteDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const auto type = Models::PaletteEntry::Type(index.data(Models::PaletteModel::TypeRole).toInt());
        QString detail = Models::PaletteModel::typeName(type);
        const QString where = index.data(Models::PaletteModel::DetailRole).toString();
        if (!where.isEmpty())
            detail = where;
        const QString label = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QRect area = opt.rect.adjusted(8, 0, -8, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const bool enabled = index.data(Models::PaletteModel::AvailableRole).toBool();
        const int side = 16;
        const QRect iconRect(area.left(), area.top() + (area.height() - side) / 2, side, side);
        kindIcon(iconKey(index), opt.palette)
            .paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : enabled ? QIcon::Normal : QIcon::Disabled);
        area.setLeft(iconRect.right() + 9);
        const QPalette::ColorRole text = selected ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        // Measure with the font that draws: the style may leave another on the painter.
        painter->setFont(opt.font);
        const QFontMetrics metrics(opt.font);
        // Rounded up: elidedText() measures in fractions and would cut
        // "Kind" at its own rounded-down advance.
        const int detailWidth = std::min(int(std::ceil(QFontMetricsF(opt.font).horizontalAdvance(detail))) + 1, area.width() / 2);
        // A refused action is dimmed as the bar's button is.
        painter->setPen(opt.palette.color(enabled || selected ? QPalette::Normal : QPalette::Disabled, text));
        painter->drawText(area.adjusted(0, 0, -detailWidth - 12, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(label, Qt::ElideMiddle, area.width() - detailWidth - 12));
        QColor dim = opt.palette.color(QPalette::Normal, text);
        dim.setAlphaF(0.6f);
        painter->setPen(dim);
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight,
                          metrics.elidedText(detail, Qt::ElideRight, detailWidth));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

CommandPalette::CommandPalette(Models::PaletteModel *model, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_model(model), m_query(new QLineEdit(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_query->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    resize(560, 420);

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        selectFirst();
    });
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::pickCurrent);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        pickCurrent();
    });
    retranslate();
}

void CommandPalette::popUp(QWidget *anchor)
{
    m_query->clear();
    m_model->setQuery(QString());
    selectFirst();
    if (anchor) {
        const QPoint top = anchor->mapToGlobal(QPoint(anchor->width() / 2, 0));
        move(top.x() - width() / 2, top.y() + 60);
    }
    show();
    raise();
    activateWindow();
    m_query->setFocus();
}

void CommandPalette::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void CommandPalette::pickCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const Models::PaletteEntry entry = m_model->entryAt(current.row());
    if (!entry.enabled)
        return; // its detail says why it cannot be taken
    hide();
    Q_EMIT picked(entry);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // The arrow keys move through the list while typing goes on.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        int row = m_list->currentIndex().row();
        int step = 0;
        if (key->key() == Qt::Key_Down)
            step = 1;
        else if (key->key() == Qt::Key_Up)
            step = -1;
        else if (key->key() == Qt::Key_PageDown)
            step = 10;
        else if (key->key() == Qt::Key_PageUp)
            step = -10;
        if (step != 0 && rows > 0) {
            row = std::clamp(row + step, 0, rows - 1);
            m_list->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CommandPalette::retranslate()
{
    m_query->setPlaceholderText(tr("Go to a kind, namespace, context or object…"));
}

} // namespace Kaji::Ui
