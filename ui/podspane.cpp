#include "podspane.h"

#include "podtablemodel.h"

#include <QLocale>
#include <QTableView>

namespace Kaji::Ui {

PodsPane::PodsPane(Models::PodTableModel *model, QWidget *parent) : TablePane(model, parent)
{
    setObjectName(QStringLiteral("podsPane"));
    view()->setObjectName(QStringLiteral("podTable"));
    setHealthColumn(Models::PodTableModel::Status);
    view()->sortByColumn(Models::PodTableModel::Namespace, Qt::AscendingOrder);
    view()->setColumnWidth(Models::PodTableModel::Namespace, 130);
    view()->setColumnWidth(Models::PodTableModel::Name, 260);
    view()->setColumnWidth(Models::PodTableModel::Ready, 60);
    view()->setColumnWidth(Models::PodTableModel::Status, 230);
    view()->setColumnWidth(Models::PodTableModel::Restarts, 110);
    view()->setColumnWidth(Models::PodTableModel::Age, 60);
    view()->setColumnWidth(Models::PodTableModel::Ip, 100);
    for (int column = Models::PodTableModel::Cpu; column <= Models::PodTableModel::MemoryOfLimit; ++column)
        view()->setColumnWidth(column, 70);
    retranslate();
}

QString PodsPane::title() const
{
    return tr("Pods");
}

QString PodsPane::filterHint() const
{
    return tr("Filter by name, namespace, status or labels (app=web)…");
}

QString PodsPane::countText(int shown, int total) const
{
    return shown == total ? tr("%Ln pod(s)", nullptr, total) : tr("%1 of %Ln pod(s)", nullptr, total).arg(QLocale().toString(shown));
}

} // namespace Kaji::Ui
