#include "tablepane.h"
#include "style/kindicons.h"
#include "style/statusbox.h"

#include "healthdelegate.h"
#include "tablefilterproxy.h"
#include "tableroles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace Kaji::Ui {

TablePane::TablePane(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new Models::TableFilterProxy(this)), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_count(new QLabel(this)), m_filter(new QLineEdit(this)), m_banner(new QLabel(this)),
      m_view(new QTableView(this)), m_clock(new QTimer(this)), m_empty(new EmptyStateOverlay(m_view))
{
    m_proxy->setSourceModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("tableCount"));
    m_filter->setObjectName(QStringLiteral("tableFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filter->setMaximumWidth(360);
    m_banner->setObjectName(QStringLiteral("tableBanner"));
    m_banner->setWordWrap(true);
    setStatusBox(m_banner, Status::Error);
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("resourceTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(120);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_filter->setToolTip(m_proxy->selectorError());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &TablePane::updateCount, Qt::QueuedConnection);
    // Counted once the proxy has caught up with the source, hence queued.
    for (QAbstractItemModel *observed : {static_cast<QAbstractItemModel *>(m_proxy), m_model}) {
        connect(observed, &QAbstractItemModel::rowsInserted, this, &TablePane::updateCount, Qt::QueuedConnection);
        connect(observed, &QAbstractItemModel::rowsRemoved, this, &TablePane::updateCount, Qt::QueuedConnection);
        connect(observed, &QAbstractItemModel::modelReset, this, &TablePane::updateCount, Qt::QueuedConnection);
        connect(observed, &QAbstractItemModel::layoutChanged, this, &TablePane::updateCount, Qt::QueuedConnection);
    }
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.data(Models::KeyRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentKeyChanged(current.data(Models::KeyRole).toString()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        Q_EMIT rowMenuRequested(index.data(Models::KeyRole).toString(), m_view->viewport()->mapToGlobal(pos));
    });
    // AGE and "(… ago)" are worked out from the clock whenever a cell is
    // read, so repainting the visible rows moves them on. Telling the model
    // instead would re-filter (and re-sort, if sorted by age) every row of
    // a 10,000-row table every few seconds for the thirty that show.
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_view->viewport()->update();
    });
    m_clock->start(ClockIntervalMs);
    connect(m_empty, &EmptyStateOverlay::clearFilterRequested, m_filter, &QLineEdit::clear);
}

void TablePane::setDataState(EmptyStateOverlay::DataState state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    updateEmptyState();
}

void TablePane::updateEmptyState()
{
    m_empty->present({title(), m_model->rowCount(), m_proxy->rowCount(), m_filter->text(), m_namespaces, m_state,
                      m_stateMessage});
}

void TablePane::setHealthColumn(int column)
{
    if (m_healthColumn >= 0)
        m_view->setItemDelegateForColumn(m_healthColumn, nullptr);
    m_healthColumn = column;
    if (column >= 0)
        m_view->setItemDelegateForColumn(column, new HealthDelegate(m_view));
}

void TablePane::setBanner(const QString &problem)
{
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
}

void TablePane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void TablePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TablePane::setNamespaces(const QStringList &namespaces)
{
    m_proxy->setNamespaces(namespaces);
    m_namespaces = namespaces;
    updateCount();
}

QString TablePane::selectedKey() const
{
    return m_view->currentIndex().data(Models::KeyRole).toString();
}

bool TablePane::selectKey(const QString &key)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Models::KeyRole).toString() == key) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void TablePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcon(); // the icon is drawn in the theme's colours
    QWidget::changeEvent(event);
}

QString TablePane::filterHint() const
{
    return tr("Filter by text or label selector (app=web)…");
}

void TablePane::retranslate()
{
    m_title->setText(title());
    updateIcon();
    m_filter->setPlaceholderText(filterHint());
    updateCount();
}

void TablePane::updateCount()
{
    m_count->setText(countText(m_proxy->rowCount(), m_model->rowCount()));
    updateEmptyState();
}

void TablePane::updateIcon()
{
    // As tall as the title's text, so the pair reads as one heading.
    const int size = m_title->fontMetrics().height();
    m_icon->setPixmap(kindIcon(iconKey(), palette()).pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace Kaji::Ui
