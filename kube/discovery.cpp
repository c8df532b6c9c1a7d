#include "discovery.h"

#include <QCoreApplication>

namespace Kaji::Kube {
namespace {

// v2 is served from 1.30 on; v2beta1 by 1.26-1.32; anything older answers
// plain JSON, which parses to an empty list and is reported.
const QByteArray DiscoveryAccept = QByteArrayLiteral(
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList");

} // namespace

Discovery::Discovery(ApiClient *client, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_crds(new Reflector(client, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", this, this,
                           Reflector::Format::Table))
{
    qRegisterMetaType<QList<ApiResource>>();
    // A Helm chart installs dozens of CRDs at once: ask once for all of them.
    m_debounce.setObjectName(QStringLiteral("discovery debounce")); // named for benchmarks' slow events
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &Discovery::refresh);
}

void Discovery::start()
{
    refresh();
    m_crds->start();
}

std::optional<ApiResource> Discovery::find(const QString &name) const
{
    const QString wanted = name.toLower();
    for (const ApiResource &r : m_resources) {
        if (r.id() == wanted || r.resource == wanted || r.kind.toLower() == wanted || r.shortNames.contains(wanted))
            return r;
    }
    // "deployment" for "deployments", as kubectl accepts the singular.
    for (const ApiResource &r : m_resources) {
        if (r.resource == wanted + u's' || r.resource == wanted + QLatin1String("es"))
            return r;
    }
    return std::nullopt;
}

void Discovery::refresh()
{
    if (m_pending > 0)
        return;
    m_error.clear();
    m_pending = 2;
    fetch("/api", &m_core);
    fetch("/apis", &m_groups);
}

void Discovery::fetch(const QByteArray &path, QList<ApiResource> *into)
{
    RequestOptions options;
    options.accept = DiscoveryAccept;
    m_client->get(path, [this, into](const ApiResult &result) {
        if (result.ok())
            *into = parseAggregatedDiscovery(result.body);
        else
            m_error = result.error;
        if (--m_pending == 0)
            finish();
    }, options);
}

void Discovery::finish()
{
    if (!m_error.isEmpty() || m_core.isEmpty()) {
        Q_EMIT failed(m_error.isEmpty()
                          ? QCoreApplication::translate("Kaji::Kube::Discovery",
                                                        "the server does not offer aggregated discovery (Kubernetes 1.26 or newer is needed)")
                          : m_error);
        return;
    }
    QList<ApiResource> all = m_core + m_groups;
    if (all != m_resources) {
        m_resources = std::move(all);
        Q_EMIT resourcesChanged(m_resources);
    }
    Q_EMIT refreshed();
}

void Discovery::endList()
{
    // The first list only says which CRDs exist, which the first discovery
    // already knows; a re-list may hide a change.
    if (m_crdsListed)
        m_debounce.start();
    m_crdsListed = true;
}

void Discovery::apply(WatchEvent::Type, std::string_view)
{
    m_debounce.start();
}

} // namespace Kaji::Kube
