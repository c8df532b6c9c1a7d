#include "objectlist.h"

#include <QPainter>

namespace Kaji::Ui {
namespace {

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

ObjectList::ObjectList(const QString &objectName, int maxRows, QWidget *parent)
    : QListWidget(parent), m_maxRows(maxRows)
{
    setObjectName(objectName);
    setFrameShape(QFrame::NoFrame);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setMouseTracking(true);
    viewport()->setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const Models::ObjectRef object = objectAt(row(item));
        if (!object.isNull())
            Q_EMIT objectActivated(object);
    });
    setEntries({});
}

void ObjectList::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries && count() == entries.size())
        return;
    clear();
    m_entries = entries;
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(dot(entry.colour), entry.text, this);
        item->setToolTip(entry.toolTip.isEmpty() ? entry.text : entry.toolTip);
    }
    const int rows = std::min<int>(int(entries.size()), m_maxRows);
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 6);
    setFixedHeight(rows * rowHeight + 2 * frameWidth());
    setVisible(rows > 0);
}

Models::ObjectRef ObjectList::objectAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).object : Models::ObjectRef();
}

} // namespace Kaji::Ui
