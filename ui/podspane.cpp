#include "podspane.h"

#include "healthdelegate.h"
#include "podtablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace Kaji::Ui {

PodsPane::PodsPane(Models::PodTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_title(new QLabel(this)),
      m_count(new QLabel(this)), m_filter(new QLineEdit(this)), m_banner(new QLabel(this)),
      m_view(new QTableView(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("podsPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::PodTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("podCount"));
    m_filter->setObjectName(QStringLiteral("podFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_banner->setObjectName(QStringLiteral("podsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7a1c12; border: 1px solid #e39a90; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("podTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(Models::PodTableModel::Status, new HealthDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Models::PodTableModel::Namespace, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(Models::PodTableModel::Namespace, 130);
    m_view->setColumnWidth(Models::PodTableModel::Name, 260);
    m_view->setColumnWidth(Models::PodTableModel::Ready, 60);
    m_view->setColumnWidth(Models::PodTableModel::Status, 230);
    m_view->setColumnWidth(Models::PodTableModel::Restarts, 110);
    m_view->setColumnWidth(Models::PodTableModel::Age, 60);
    m_view->setColumnWidth(Models::PodTableModel::Ip, 100);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &PodsPane::updateCount, Qt::QueuedConnection);
    // Counted once the proxy has caught up with the source, hence queued.
    for (QAbstractItemModel *observed : {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_model)}) {
        connect(observed, &QAbstractItemModel::rowsInserted, this, &PodsPane::updateCount, Qt::QueuedConnection);
        connect(observed, &QAbstractItemModel::rowsRemoved, this, &PodsPane::updateCount, Qt::QueuedConnection);
        connect(observed, &QAbstractItemModel::modelReset, this, &PodsPane::updateCount, Qt::QueuedConnection);
        connect(observed, &QAbstractItemModel::layoutChanged, this, &PodsPane::updateCount, Qt::QueuedConnection);
    }
    // AGE and "(… ago)" are relative to now.
    connect(m_clock, &QTimer::timeout, m_model, &Models::PodTableModel::refreshTimes);
    m_clock->start(5000);
    retranslate();
}

void PodsPane::setBanner(const QString &problem)
{
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
}

void PodsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PodsPane::retranslate()
{
    m_title->setText(tr("Pods"));
    m_filter->setPlaceholderText(tr("Filter by name, namespace, status…"));
    updateCount();
}

void PodsPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n pod(s)", nullptr, total)
                                    : tr("%1 of %n pod(s)", nullptr, total).arg(shown));
}

} // namespace Kaji::Ui
