#include "resourcepane.h"

#include "kindtreemodel.h"
#include "resourcetablemodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace Kaji::Ui {

ResourcePane::ResourcePane(Models::ResourceTableModel *model, QWidget *parent) : TablePane(model, parent), m_model(model)
{
    setObjectName(QStringLiteral("resourcePane-") + model->resource().id());
    // The server's columns arrive with the first list.
    connect(model, &QAbstractItemModel::modelReset, this, &ResourcePane::fitColumns);
    fitColumns();
    retranslate();
}

void ResourcePane::fitColumns()
{
    int health = m_model->columnNamed(QStringLiteral("Status"));
    if (health < 0)
        health = m_model->columnNamed(QStringLiteral("Ready"));
    if (health < 0)
        health = m_model->columnNamed(QStringLiteral("Type"));
    setHealthColumn(health);
    // Sized to the header and the first rows, then left to the user.
    view()->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    for (int column = 0; column < m_model->columnCount(); ++column)
        view()->setColumnWidth(column, std::clamp(view()->columnWidth(column) + 16, 60, 360));
}

QString ResourcePane::iconKey() const
{
    return m_model->resource().id();
}

QString ResourcePane::title() const
{
    return Models::KindTreeModel::displayName(m_model->resource());
}

QString ResourcePane::countText(int shown, int total) const
{
    return shown == total ? tr("%Ln object(s)", nullptr, total) : tr("%1 of %Ln object(s)", nullptr, total).arg(QLocale().toString(shown));
}

} // namespace Kaji::Ui
