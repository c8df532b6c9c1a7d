#include "namespacescope.h"

#include "clusterconnection.h"
#include "kindpanes.h"
#include "namespacepicker.h"
#include "settings.h"

namespace Kaji::App {
namespace {

const QString NamespacesId = QStringLiteral("namespaces");

} // namespace

NamespaceScope::NamespaceScope(Ui::NamespacePicker *picker, KindPanes *panes, QObject *parent)
    : QObject(parent), m_picker(picker), m_panes(panes)
{
    connect(m_picker, &Ui::NamespacePicker::selectionChanged, this, &NamespaceScope::onPicked);
    connect(m_picker, &Ui::NamespacePicker::namespaceAdded, this, [this](const QString &name) {
        if (!m_added.contains(name))
            m_added.append(name);
        Settings().setAddedNamespaces(m_context, m_added);
    });
    connect(m_picker, &Ui::NamespacePicker::namespaceForgotten, this, [this](const QString &name) {
        m_added.removeAll(name);
        Settings().setAddedNamespaces(m_context, m_added);
    });
    m_picker->setEnabled(false);
}

void NamespaceScope::setConnection(Kube::ClusterConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_listed.clear();
    m_watching = false;
    m_picker->setNote(QString());
    m_picker->setEnabled(connection != nullptr);
    if (!connection) {
        m_context.clear();
        m_added.clear();
        m_selection.clear();
        showList();
        m_picker->setSelection({});
        return;
    }
    m_context = connection->config().contextName;
    m_contextNamespace = connection->config().namespaceName;
    const Settings settings;
    m_added = settings.addedNamespaces(m_context);
    m_selection = settings.selectedNamespaces(m_context);
    showList();
    m_picker->setSelection(m_selection);
    connect(connection, &Kube::ClusterConnection::resourcesChanged, this, &NamespaceScope::watchNamespaces);
    connect(connection, &Kube::ClusterConnection::tableChanged, this, &NamespaceScope::applyNamespaces);
    connect(connection, &Kube::ClusterConnection::tableStateChanged, this, &NamespaceScope::showListingState);
    watchNamespaces(connection->resources());
    apply();
}

void NamespaceScope::select(const QStringList &namespaces)
{
    m_picker->setSelection(namespaces);
    onPicked(m_picker->selection());
}

void NamespaceScope::watchNamespaces(const QList<Kube::ApiResource> &resources)
{
    if (m_watching || !m_connection)
        return;
    for (const Kube::ApiResource &resource : resources) {
        if (resource.id() == NamespacesId) {
            m_watching = true;
            m_connection->watchTable(resource);
            return;
        }
    }
}

void NamespaceScope::applyNamespaces(const QString &resourceId, const Kube::TableChangeBatchPtr &batch)
{
    if (resourceId != NamespacesId)
        return;
    if (batch->reset)
        m_listed.clear();
    for (const Kube::TableRow &row : batch->upserted)
        m_listed.insert(row.key());
    for (const QString &key : batch->removed)
        m_listed.remove(key);
    showList();
}

void NamespaceScope::showListingState(const QString &resourceId, Kube::Reflector::State state)
{
    if (resourceId != NamespacesId)
        return;
    if (state == Kube::Reflector::State::Forbidden)
        m_picker->setNote(tr("You may not list namespaces in this cluster. Add the ones you work in by name; "
                             "Kaji remembers them for this context."));
    else if (state == Kube::Reflector::State::Synced)
        m_picker->setNote(QString());
}

QStringList NamespaceScope::listedOrOwn() const
{
    QStringList listed(m_listed.cbegin(), m_listed.cend());
    // The context's own namespace is always offered, listed or not.
    if (!m_contextNamespace.isEmpty() && !listed.contains(m_contextNamespace))
        listed.append(m_contextNamespace);
    listed.sort();
    return listed;
}

QStringList NamespaceScope::known() const
{
    QStringList names = listedOrOwn();
    for (const QString &name : m_added) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

void NamespaceScope::showList()
{
    m_picker->setNamespaces(listedOrOwn(), m_added);
}

void NamespaceScope::onPicked(const QStringList &namespaces)
{
    if (namespaces == m_selection)
        return;
    m_selection = namespaces;
    if (!m_context.isEmpty())
        Settings().setSelectedNamespaces(m_context, m_selection);
    apply();
    Q_EMIT selectionChanged(m_selection);
}

void NamespaceScope::apply()
{
    m_panes->setNamespaces(m_selection);
    if (!m_connection)
        return;
    // Where the user may not list across namespaces, the connection watches
    // the chosen ones, or, with "all", every namespace the user has named.
    QStringList watched = m_selection;
    if (watched.isEmpty()) {
        watched = m_added;
        if (!m_contextNamespace.isEmpty() && !watched.contains(m_contextNamespace))
            watched.prepend(m_contextNamespace);
    }
    m_connection->setFallbackNamespaces(watched);
}

} // namespace Kaji::App
