#include "contextsidebar.h"

#include "contextitemdelegate.h"
#include "contextlistmodel.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace Kaji::Ui {

ContextSidebar::ContextSidebar(QAbstractItemModel *contexts, QWidget *parent)
    : QWidget(parent), m_model(contexts), m_title(new QLabel(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("contextSidebar"));
    m_title->setObjectName(QStringLiteral("sidebarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(8, 8, 8, 4);

    m_list->setObjectName(QStringLiteral("contextList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ContextItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT contextSelected(current.data(Models::ContextListModel::NameRole).toString());
            });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ContextSidebar::showMenu);
    retranslate();
}

void ContextSidebar::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const QString name = index.data(Models::ContextListModel::NameRole).toString();
    const bool connected = index.data(Models::ContextListModel::ConnectionRole).toInt() >= 0;
    QMenu menu(this);
    QAction *connectAction = menu.addAction(tr("Connect and show"));
    QAction *disconnectAction = menu.addAction(tr("Disconnect"));
    disconnectAction->setEnabled(connected);
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == connectAction) {
        if (m_list->currentIndex() == index)
            Q_EMIT contextSelected(name); // already current, perhaps disconnected
        else
            m_list->setCurrentIndex(index);
    } else if (chosen == disconnectAction) {
        Q_EMIT disconnectRequested(name);
    }
}

QString ContextSidebar::currentContext() const
{
    return m_list->currentIndex().data(Models::ContextListModel::NameRole).toString();
}

void ContextSidebar::selectContext(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(Models::ContextListModel::NameRole).toString() == name) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        Q_EMIT contextSelected(QString());
}

void ContextSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContextSidebar::retranslate()
{
    m_title->setText(tr("Clusters"));
    m_list->setAccessibleName(tr("Kubeconfig contexts"));
}

} // namespace Kaji::Ui
