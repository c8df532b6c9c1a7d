#include "kindpanes.h"

#include "clusterconnection.h"
#include "kindtreemodel.h"
#include "mainwindow.h"
#include "podspane.h"
#include "resourcepane.h"
#include "resourcetablemodel.h"

namespace Kaji::App {

KindPanes::KindPanes(Ui::MainWindow *window, Models::KindTreeModel *kinds, QObject *parent)
    : QObject(parent), m_window(window), m_kinds(kinds)
{
    connect(window, &Ui::MainWindow::kindSelected, this, &KindPanes::open);
    connect(window->podsPane(), &Ui::TablePane::currentKeyChanged, this,
            [this](const QString &key) { Q_EMIT selectionChanged(QStringLiteral("pods"), key); });
}

Ui::TablePane *KindPanes::tablePane(const QString &resourceId) const
{
    if (resourceId == QLatin1String("pods"))
        return m_window->podsPane();
    return pane(resourceId);
}

void KindPanes::setConnection(Kube::ClusterConnection *connection)
{
    m_window->resetKindPanes();
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.model;
    m_entries.clear();
    m_scopes.clear();
    if (m_connection) {
        // It may live on (several contexts connected at once): stop listening.
        disconnect(m_connection, nullptr, this, nullptr);
        disconnect(m_connection, nullptr, m_kinds, nullptr);
    }
    m_connection = connection;
    m_kinds->setResources(connection ? connection->resources() : QList<Kube::ApiResource>());
    if (!connection)
        return;
    connect(connection, &Kube::ClusterConnection::resourcesChanged, m_kinds, &Models::KindTreeModel::setResources);
    connect(connection, &Kube::ClusterConnection::tableChanged, this,
            [this](const QString &id, const Kube::TableChangeBatchPtr &batch) {
                if (const auto it = m_entries.constFind(id); it != m_entries.constEnd())
                    it->model->applyBatch(batch);
            });
    connect(connection, &Kube::ClusterConnection::tableStateChanged, this, &KindPanes::showState);
    connect(connection, &Kube::ClusterConnection::tableScopeChanged, this, [this](const QString &id, const QStringList &namespaces) {
        m_scopes.insert(id, namespaces);
    });
}

void KindPanes::open(const QString &resourceId)
{
    if (resourceId == QLatin1String("pods")) {
        // Pods have their own richer store and table.
        m_window->showKindPane(m_window->podsPane(), tr("Pods"));
        return;
    }
    const auto resource = [&]() -> std::optional<Kube::ApiResource> {
        for (const Kube::ApiResource &r : m_kinds->kinds()) {
            if (r.id() == resourceId)
                return r;
        }
        return std::nullopt;
    }();
    if (!resource || !m_connection)
        return;
    Entry &entry = m_entries[resourceId];
    if (!entry.model) {
        entry.model = new Models::ResourceTableModel(*resource, this);
        entry.pane = new Ui::ResourcePane(entry.model);
        entry.pane->setNamespaces(m_namespaces);
        connect(entry.pane, &Ui::TablePane::currentKeyChanged, this,
                [this, resourceId](const QString &key) { Q_EMIT selectionChanged(resourceId, key); });
        entry.pane->setBanner(tr("Loading %1…").arg(Models::KindTreeModel::displayName(*resource)));
        m_connection->watchTable(*resource);
        Q_EMIT tableOpened(resourceId, entry.model, entry.pane);
    }
    m_window->showKindPane(entry.pane, Models::KindTreeModel::displayName(*resource));
}

QStringList KindPanes::openKinds() const
{
    QStringList ids{QStringLiteral("pods")};
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->pane)
            ids.append(it.key());
    }
    return ids;
}

void KindPanes::setNamespaces(const QStringList &namespaces)
{
    m_namespaces = namespaces;
    m_window->podsPane()->setNamespaces(namespaces);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.pane)
            entry.pane->setNamespaces(namespaces);
    }
}

Ui::ResourcePane *KindPanes::pane(const QString &resourceId) const
{
    return m_entries.value(resourceId).pane;
}

void KindPanes::showState(const QString &resourceId, Kube::Reflector::State state, const QString &message)
{
    const Entry entry = m_entries.value(resourceId);
    if (!entry.pane)
        return;
    using State = Kube::Reflector::State;
    const QStringList scope = m_scopes.value(resourceId);
    // An empty table says why in the view (who was refused what, what failed).
    using DataState = Ui::EmptyStateOverlay::DataState;
    static constexpr DataState dataStates[] = {DataState::Loading, DataState::Live, DataState::Reconnecting,
                                               DataState::Forbidden, DataState::Failed};
    entry.pane->setDataState(dataStates[int(state)], message);
    switch (state) {
    case State::Connecting: entry.pane->setBanner(tr("Connecting…")); break;
    case State::Synced:
        // Narrowed to some namespaces: say so, or the table looks like all of them.
        entry.pane->setBanner(scope.isEmpty()
                                  ? QString()
                                  : tr("Showing namespace %1 only: you may not list this kind in all namespaces.", nullptr,
                                       int(scope.size()))
                                        .arg(scope.join(QStringLiteral(", "))));
        break;
    case State::Reconnecting:
        entry.pane->setBanner(tr("Connection lost, retrying: %1. The table shows the last known state.").arg(message));
        break;
    case State::Forbidden: entry.pane->setBanner(tr("Access denied: %1").arg(message)); break;
    case State::Error: entry.pane->setBanner(message); break;
    }
}

} // namespace Kaji::App
