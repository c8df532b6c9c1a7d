#include "contextsidebar.h"

#include "contextavatar.h"
#include "contextitemdelegate.h"
#include "contextlistmodel.h"

#include <QColorDialog>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
    // Drag to reorder; the model moves the rows and announces the order.
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setTextElideMode(Qt::ElideMiddle);
    // Names elide to the column's width (the tooltip has them whole).
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

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
    menu.addSeparator();
    QAction *renameAction = menu.addAction(tr("Rename…"));
    QAction *namespaceAction = menu.addAction(tr("Set default namespace…"));
    QAction *deleteAction = menu.addAction(tr("Delete…"));
    addColourMenu(&menu, index);
    menu.addSeparator();
    QAction *importAction = menu.addAction(tr("Import kubeconfig…"));
    renameAction->setObjectName(QStringLiteral("renameContextAction"));
    namespaceAction->setObjectName(QStringLiteral("contextNamespaceAction"));
    deleteAction->setObjectName(QStringLiteral("deleteContextAction"));
    importAction->setObjectName(QStringLiteral("importKubeconfigAction"));
    // A kubeconfig reload may reset the model while the menu or a dialog is
    // open: the questions work from what the row said when it was clicked.
    const Row row{name, index.data(Models::ContextListModel::SourceFileRole).toString(),
                  index.data(Models::ContextListModel::NamespaceRole).toString(),
                  index.data(Models::ContextListModel::CurrentRole).toBool()};
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == renameAction) {
        askRename(row);
    } else if (chosen == namespaceAction) {
        askNamespace(row);
    } else if (chosen == deleteAction) {
        askDelete(row);
    } else if (chosen == importAction) {
        Q_EMIT importRequested();
    } else if (chosen == connectAction) {
        if (m_list->currentIndex() == index)
            Q_EMIT contextSelected(name); // already current, perhaps disconnected
        else
            m_list->setCurrentIndex(index);
    } else if (chosen == disconnectAction) {
        Q_EMIT disconnectRequested(name);
    }
}

void ContextSidebar::addColourMenu(QMenu *menu, const QModelIndex &index)
{
    const QString name = index.data(Models::ContextListModel::NameRole).toString();
    const QString initials = index.data(Models::ContextListModel::InitialsRole).toString();
    const QColor current = ContextAvatar::colourFor(name, index.data(Models::ContextListModel::AvatarColourRole).toString());
    QMenu *colours = menu->addMenu(tr("Avatar colour"));
    colours->setObjectName(QStringLiteral("avatarColourMenu"));
    const qreal ratio = devicePixelRatioF();
    const int size = fontMetrics().height() + 4;
    const QList<QColor> swatches = ContextAvatar::swatches();
    for (int i = 0; i < swatches.size(); ++i) {
        const QColor colour = swatches.at(i);
        QAction *action = colours->addAction(QIcon(ContextAvatar::pixmap(size, ratio, initials, colour)),
                                             colour.name(), this,
                                             [this, name, colour] { Q_EMIT avatarColourRequested(name, colour.name()); });
        action->setObjectName(QStringLiteral("avatarColour%1").arg(i));
        action->setCheckable(true);
        action->setChecked(colour == current);
    }
    colours->addSeparator();
    colours->addAction(tr("Other colour…"), this, [this, name, current] {
        const QColor chosen = QColorDialog::getColor(current, this, tr("Avatar colour"));
        if (chosen.isValid())
            Q_EMIT avatarColourRequested(name, chosen.name());
    });
    QAction *reset = colours->addAction(tr("Default colour"), this,
                                        [this, name] { Q_EMIT avatarColourRequested(name, QString()); });
    reset->setObjectName(QStringLiteral("avatarColourDefault"));
}

void ContextSidebar::askRename(const Row &row)
{
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename context"),
                                             tr("New name for \"%1\" (written to %2):").arg(row.name, row.file),
                                             QLineEdit::Normal, row.name, &ok)
                           .trimmed();
    if (ok && !to.isEmpty() && to != row.name)
        Q_EMIT renameRequested(row.name, to);
}

void ContextSidebar::askNamespace(const Row &row)
{
    bool ok = false;
    const QString chosen = QInputDialog::getText(this, tr("Default namespace"),
                                                 tr("Default namespace of \"%1\" (empty: \"default\"):").arg(row.name),
                                                 QLineEdit::Normal, row.namespaceName, &ok)
                               .trimmed();
    // The role says "default" for an unset field: only a real change writes.
    if (ok && (chosen.isEmpty() ? QStringLiteral("default") : chosen) != row.namespaceName)
        Q_EMIT namespaceChangeRequested(row.name, chosen);
}

void ContextSidebar::askDelete(const Row &row)
{
    const QString text = tr("Delete the context \"%1\" from %2?").arg(row.name, row.file);
    QString detail = tr("Its cluster and user entries stay in the file. The file as it is now is kept as %1.")
                         .arg(QFileInfo(row.file).fileName() + QStringLiteral(".kaji-backup"));
    if (row.current)
        detail += u' ' + tr("It is the kubeconfig's current context: kubectl will have no current context until you choose one (kubectl config use-context).");
    QMessageBox box(QMessageBox::Warning, tr("Delete context"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteContextBox"));
    box.setInformativeText(detail);
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == deleteButton)
        Q_EMIT deleteRequested(row.name);
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

bool ContextSidebar::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ContextSidebar::selectRelative(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : (delta > 0 ? -1 : 0);
    selectRow(((current + delta) % count + count) % count);
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
