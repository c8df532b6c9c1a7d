#include "kindnavigator.h"

#include "kindtreemodel.h"
#include "style/kindicondelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kaji::Ui {

KindNavigator::KindNavigator(QAbstractItemModel *kinds, QWidget *parent)
    : QWidget(parent), m_model(kinds), m_title(new QLabel(this)), m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("kindNavigator"));
    m_tree->setObjectName(QStringLiteral("kindTree"));
    m_tree->setModel(kinds);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setItemDelegate(new KindIconDelegate(Models::KindTreeModel::IconKeyRole, m_tree));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);

    // Discovery answered (or changed): show every group unfolded.
    connect(kinds, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(Models::KindTreeModel::ResourceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT kindSelected(id);
    });
    retranslate();
}

void KindNavigator::selectKind(const QString &resourceId)
{
    auto *kinds = qobject_cast<Models::KindTreeModel *>(m_model);
    if (!kinds)
        return;
    const QModelIndex index = kinds->indexOf(resourceId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void KindNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KindNavigator::retranslate()
{
    m_title->setText(tr("Resources"));
}

} // namespace Kaji::Ui
