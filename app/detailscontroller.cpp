#include "detailscontroller.h"

#include "actionbar.h"
#include "clusteractions.h"
#include "clusterconnection.h"
#include "detailspanel.h"
#include "jsonfields.h"
#include "kindnavigator.h"
#include "kindpanes.h"
#include "kindtreemodel.h"
#include "mainwindow.h"
#include "resourcepane.h"

#include <QTimer>
#include <QUrl>

#include <utility>

namespace Kaji::App {
namespace {

// Keys are "namespace/name", or "name" for cluster-wide kinds.
QString namespaceOf(const QString &key)
{
    return key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
}

QString nameOf(const QString &key)
{
    return key.contains(u'/') ? key.section(u'/', 1) : key;
}

QByteArray objectPath(const Kube::ApiResource &resource, const QString &key)
{
    return resource.collectionPath(namespaceOf(key)) + '/' + QUrl::toPercentEncoding(nameOf(key));
}

} // namespace

DetailsController::DetailsController(Ui::MainWindow *window, KindPanes *panes, Models::KindTreeModel *kinds, QObject *parent)
    : QObject(parent), m_window(window), m_panes(panes), m_kinds(kinds), m_actions(new ClusterActions(kinds, this))
{
    window->detailsPanel()->actionBar()->setActions(m_actions);
    // A change made from here shows in the table by itself; refresh the
    // details so they do not go stale (a deleted object says so).
    connect(m_actions, &Models::ObjectActions::finished, this,
            [this](const Models::ObjectActions::Target &target, Models::ObjectActions::Action, bool ok) {
                if (ok)
                    QTimer::singleShot(500, this, [this, target] {
                        show(target.resourceId, target.namespaceName.isEmpty() ? target.name : target.namespaceName + u'/' + target.name);
                    });
            });
    connect(panes, &KindPanes::selectionChanged, this, &DetailsController::show);
    connect(kinds, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_waitingKey.isEmpty() && resourceById(m_waitingResource))
            show(std::exchange(m_waitingResource, {}), std::exchange(m_waitingKey, {}));
    });
    connect(window->detailsPanel(), &Ui::DetailsPanel::linkActivated, this, &DetailsController::navigate);
}

void DetailsController::setConnection(Kube::ClusterConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, &Kube::ClusterConnection::podsChanged, this, nullptr);
    m_connection = connection;
    if (connection)
        connect(connection, &Kube::ClusterConnection::podsChanged, this, &DetailsController::refreshIfChanged);
    m_shownResource.clear();
    m_shownKey.clear();
    m_actions->setConnection(connection);
    ++m_generation;
    m_waitingResource.clear();
    m_waitingKey.clear();
    m_window->setDetailsVisible(false);
}

std::optional<Kube::ApiResource> DetailsController::resourceById(const QString &id) const
{
    for (const Kube::ApiResource &r : m_kinds->kinds()) {
        if (r.id() == id)
            return r;
    }
    return std::nullopt;
}

std::optional<Kube::ApiResource> DetailsController::resourceFor(const QString &kind, const QString &group) const
{
    for (const Kube::ApiResource &r : m_kinds->kinds()) {
        if (r.kind == kind && r.group == group)
            return r;
    }
    return std::nullopt;
}

void DetailsController::show(const QString &resourceId, const QString &key)
{
    const auto resource = resourceById(resourceId);
    m_waitingResource.clear();
    m_waitingKey.clear();
    if (!m_connection || key.isEmpty())
        return;
    if (!resource) {
        m_waitingResource = resourceId;
        m_waitingKey = key;
        return;
    }
    const QString ns = namespaceOf(key);
    const QString name = nameOf(key);
    const quint64 generation = ++m_generation;
    m_shownResource = resourceId;
    m_shownKey = key;
    m_shownVersion.clear();
    m_refreshAgain = false;
    Ui::DetailsPanel *panel = m_window->detailsPanel();
    m_window->setDetailsVisible(true);
    panel->showLoading(resource->kind, name);
    m_connection->get(objectPath(*resource, key), this, [this, generation, panel, resource = *resource, ns, name](const Kube::ApiResult &result) {
        if (generation != m_generation)
            return;
        present(resource, ns, name, result);
        if (!result.ok())
            return;
        const nlohmann::json &spec = result.body.contains("spec") ? result.body["spec"] : nlohmann::json();
        Models::ObjectActions::Target target{resource.id(), resource.kind, ns, name,
                                             spec.is_object() ? spec.value("replicas", 0) : 0,
                                             spec.is_object() && spec.value("unschedulable", false)};
        panel->actionBar()->setTarget(target);
        fetchChildren(Models::summarizeObject(result.body));
    });
}

// The object as fetched, first or again: the panel, and its Events.
void DetailsController::present(const Kube::ApiResource &resource, const QString &ns, const QString &name, const Kube::ApiResult &result)
{
    Ui::DetailsPanel *panel = m_window->detailsPanel();
    if (!result.ok()) {
        panel->showError(result.error);
        return;
    }
    m_shownVersion = Kube::jsonText(Kube::jsonChild(result.body, "metadata"), "resourceVersion");
    panel->showObject(result.body);
    fetchEvents(resource, ns, name, Models::summarizeObject(result.body).uid);
}

void DetailsController::refreshIfChanged(const Kube::PodChangeBatchPtr &batch)
{
    // Only once shown: a change before then is in what the first fetch gets.
    if (m_shownResource != QLatin1String("pods") || m_shownVersion.isEmpty() || !batch)
        return;
    const bool removed = batch->removed.contains(m_shownKey);
    const bool changed = std::any_of(batch->upserted.cbegin(), batch->upserted.cend(), [this](const Kube::PodRecord &pod) {
        return pod.key() == m_shownKey && pod.resourceVersion != m_shownVersion;
    });
    if (removed || changed)
        refresh();
}

void DetailsController::refresh()
{
    const auto resource = resourceById(m_shownResource);
    if (!m_connection || !resource)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_connection->get(objectPath(*resource, m_shownKey), this,
                      [this, generation, resource = *resource, key = m_shownKey](const Kube::ApiResult &result) {
                          m_refreshing = false;
                          // A change to what is shown now, asked while this answer was on its way.
                          const bool again = std::exchange(m_refreshAgain, false);
                          if (generation == m_generation)
                              present(resource, namespaceOf(key), nameOf(key), result);
                          if (again)
                              refresh();
                      });
}

void DetailsController::fetchEvents(const Kube::ApiResource &resource, const QString &ns, const QString &name, const QString &uid)
{
    // Nodes' events carry the node's name where other objects have a UID.
    const QString selector = resource.kind == QLatin1String("Node")
        ? QStringLiteral("involvedObject.kind=Node,involvedObject.name=%1").arg(name)
        : QStringLiteral("involvedObject.uid=%1").arg(uid);
    const QByteArray path = (ns.isEmpty() ? QByteArrayLiteral("/api/v1/events")
                                          : "/api/v1/namespaces/" + QUrl::toPercentEncoding(ns) + "/events")
        + "?fieldSelector=" + QUrl::toPercentEncoding(selector);
    const quint64 generation = m_generation;
    m_connection->get(path, this, [this, generation](const Kube::ApiResult &result) {
        if (generation == m_generation && result.ok())
            m_window->detailsPanel()->showEvents(result.body);
    });
}

void DetailsController::fetchChildren(const Models::ObjectSummary &summary)
{
    if (summary.childKind.isEmpty() || summary.childSelector.isEmpty())
        return;
    const auto child = resourceFor(summary.childKind, summary.childGroup);
    if (!child)
        return;
    const QByteArray path = child->collectionPath(summary.namespaceName) + "?labelSelector="
        + QUrl::toPercentEncoding(summary.childSelector);
    const quint64 generation = m_generation;
    // A Service selects pods it does not own; a workload's children name it as owner.
    const bool owned = summary.kind != QLatin1String("Service");
    // Items of a list carry no kind of their own: the list's resource says it.
    m_connection->get(path, this, [this, generation, summary, owned, child = *child](const Kube::ApiResult &result) {
        if (generation != m_generation || !result.ok() || !result.body.contains("items"))
            return;
        QList<Models::ObjectLink> children;
        for (const nlohmann::json &item : result.body["items"]) {
            const Models::ObjectSummary s = Models::summarizeObject(item);
            const bool mine = std::any_of(s.links.cbegin(), s.links.cend(), [&](const Models::ObjectLink &l) {
                return l.role == QLatin1String("owner") && l.kind == summary.kind && l.name == summary.name;
            });
            if (!owned || mine)
                children.append({child.kind, child.group, s.namespaceName, s.name, QStringLiteral("child")});
        }
        m_window->detailsPanel()->showChildren(children);
    });
}

void DetailsController::navigate(const Models::ObjectLink &link)
{
    const auto resource = resourceFor(link.kind, link.group);
    if (!resource)
        return;
    const QString key = resource->namespaced ? link.namespaceName + u'/' + link.name : link.name;
    m_panes->open(resource->id());
    m_window->kindNavigator()->selectKind(resource->id());
    show(resource->id(), key);
    selectWhenListed(resource->id(), key, 50);
}

void DetailsController::navigateTo(const QString &kind, const QString &namespaceName, const QString &name)
{
    // Built-in kinds first: "event" is core/v1 Event, not events.k8s.io's.
    std::optional<Kube::ApiResource> found;
    for (const Kube::ApiResource &r : m_kinds->kinds()) {
        if (r.kind.toLower() == kind && (!found || (r.group.isEmpty() && !found->group.isEmpty())))
            found = r;
    }
    if (found)
        navigate({found->kind, found->group, namespaceName, name, QStringLiteral("evidence")});
}

// A table opened just now fills when its list arrives: select the row then.
void DetailsController::selectWhenListed(const QString &resourceId, const QString &key, int attemptsLeft)
{
    Ui::TablePane *pane = m_panes->tablePane(resourceId);
    if (!pane || attemptsLeft <= 0)
        return;
    const QSignalBlocker quiet(pane); // the details already show this object
    if (pane->selectKey(key))
        return;
    QTimer::singleShot(200, this, [this, resourceId, key, attemptsLeft] { selectWhenListed(resourceId, key, attemptsLeft - 1); });
}

} // namespace Kaji::App
