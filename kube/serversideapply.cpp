#include "serversideapply.h"

#include "discovery.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

namespace Kaji::Kube {
namespace {

using nlohmann::json;

const QString CrdGroup = QStringLiteral("apiextensions.k8s.io");

QString message(const char *text)
{
    return QCoreApplication::translate("Kaji::Kube::ServerSideApply", text);
}

bool isNamespace(const ManifestDocument &d)
{
    return d.group().isEmpty() && d.kind() == QLatin1String("Namespace");
}

bool isCrd(const ManifestDocument &d)
{
    return d.group() == CrdGroup && d.kind() == QLatin1String("CustomResourceDefinition");
}

bool established(const json &crd)
{
    const json &conditions = jsonChild(jsonChild(crd, "status"), "conditions");
    if (!conditions.is_array())
        return false;
    return std::any_of(conditions.begin(), conditions.end(), [](const json &c) {
        return jsonText(c, "type") == QLatin1String("Established") && jsonText(c, "status") == QLatin1String("True");
    });
}

// What an apply that changed nothing leaves as it was. Controllers keep
// writing status (and their own managedFields entries) between the read
// before and the apply; that is not this apply's doing.
json ownPart(json object, const std::string &manager)
{
    if (!object.is_object())
        return object;
    object.erase("status");
    json &metadata = object["metadata"];
    metadata.erase("resourceVersion");
    json managed = json::array();
    for (const json &entry : jsonChild(metadata, "managedFields")) {
        if (entry.is_object() && entry.value("manager", json()) == manager)
            managed.push_back(entry);
    }
    metadata["managedFields"] = std::move(managed);
    return object;
}

} // namespace

ServerSideApply::ServerSideApply(ApiClient *client, Discovery *discovery, QObject *parent)
    : QObject(parent), m_client(client), m_discovery(discovery)
{
    qRegisterMetaType<ApplyOutcome>();
    connect(m_discovery, &Discovery::refreshed, this, &ServerSideApply::onDiscoveryRefreshed);
    connect(m_discovery, &Discovery::failed, this, [this](const QString &why) {
        if (m_awaitedCrd.isNull())
            return;
        m_awaitedCrd.clear();
        fail(QStringLiteral("DiscoveryFailed"), why);
    });
}

void ServerSideApply::apply(QList<ManifestDocument> documents, ApplyOptions options)
{
    m_documents = std::move(documents);
    m_options = std::move(options);
    m_order.clear();
    m_defined.clear();
    m_next = 0;
    m_askedDiscovery = false;
    // Namespaces before what lives in them, CRDs before their resources.
    for (const auto &first : {isNamespace, isCrd}) {
        for (qsizetype i = 0; i < m_documents.size(); ++i) {
            if (first(m_documents[i]) && !m_order.contains(i))
                m_order.append(i);
        }
    }
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (!m_order.contains(i))
            m_order.append(i);
    }
    QTimer::singleShot(0, this, &ServerSideApply::next);
}

void ServerSideApply::next()
{
    if (m_next >= m_order.size()) {
        Q_EMIT finished();
        return;
    }
    m_current = ApplyOutcome();
    m_current.index = m_order[m_next];
    resolve();
}

std::optional<ApiResource> ServerSideApply::findResource(const QString &group, const QString &kind) const
{
    for (const ApiResource &r : m_discovery->resources()) {
        if (r.group == group && r.kind == kind)
            return r;
    }
    return std::nullopt;
}

void ServerSideApply::resolve()
{
    const ManifestDocument &doc = document();
    if (std::optional<ApiResource> resource = findResource(doc.group(), doc.kind())) {
        // Discovery knows the preferred version; the document's own one is
        // served at the same plural.
        resource->version = doc.version();
        readLive(*resource);
        return;
    }
    for (const DefinedKind &defined : std::as_const(m_defined)) {
        if (defined.group == doc.group() && defined.kind == doc.kind()) {
            m_waiting.start();
            waitForEstablished(defined.crdName);
            return;
        }
    }
    if (m_discovery->resources().isEmpty() && !m_askedDiscovery) {
        // Nothing discovered yet: ask before calling the kind unknown.
        m_askedDiscovery = true;
        m_waiting.start();
        m_awaitedCrd = QStringLiteral("");
        m_discovery->refresh();
        return;
    }
    const bool definedInFile = std::any_of(m_documents.begin(), m_documents.end(), [&](const ManifestDocument &d) {
        return isCrd(d) && jsonText(jsonChild(d.object, "spec"), "group") == doc.group()
            && jsonText(jsonChild(jsonChild(d.object, "spec"), "names"), "kind") == doc.kind();
    });
    const QString text = definedInFile && m_options.dryRun
        ? message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply",
                                    "no matches for kind \"%1\" in version \"%2\": its CustomResourceDefinition is in the "
                                    "file, but a dry run does not create it"))
        : message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply",
                                    "no matches for kind \"%1\" in version \"%2\": is its CustomResourceDefinition installed?"));
    fail(QStringLiteral("NoKindMatch"), text.arg(doc.kind(), doc.apiVersion()));
}

void ServerSideApply::waitForEstablished(const QString &crdName)
{
    const QByteArray path = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/" + QUrl::toPercentEncoding(crdName);
    m_client->get(path, [this, crdName](const ApiResult &r) {
        // Without the right to read CRDs, discovery alone can tell.
        if ((r.ok() && established(r.body)) || r.status == 403) {
            m_awaitedCrd = crdName;
            m_discovery->refresh();
        } else if (m_waiting.elapsed() < EstablishTimeoutMs) {
            QTimer::singleShot(250, this, [this, crdName] { waitForEstablished(crdName); });
        } else {
            fail(QStringLiteral("NotEstablished"),
                 message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply",
                                           "the CustomResourceDefinition %1 was not established within %2 s"))
                     .arg(crdName)
                     .arg(EstablishTimeoutMs / 1000));
        }
    });
}

void ServerSideApply::onDiscoveryRefreshed()
{
    if (m_awaitedCrd.isNull())
        return;
    const ManifestDocument &doc = document();
    if (findResource(doc.group(), doc.kind()) || m_awaitedCrd.isEmpty()) {
        m_awaitedCrd = QString();
        resolve();
    } else if (m_waiting.elapsed() < EstablishTimeoutMs) {
        // An Established CRD reaches aggregated discovery a moment later.
        QTimer::singleShot(300, m_discovery, &Discovery::refresh);
    } else {
        const QString crd = m_awaitedCrd;
        m_awaitedCrd = QString();
        fail(QStringLiteral("NotEstablished"),
             message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply", "the server does not serve the kind %1 of %2 yet"))
                 .arg(doc.kind(), crd));
    }
}

void ServerSideApply::readLive(const ApiResource &resource)
{
    const ManifestDocument &doc = document();
    m_current.resource = resource;
    if (resource.namespaced) {
        const QString own = doc.namespaceName();
        if (!own.isEmpty() && m_options.namespaceEnforced && own != m_options.namespaceName) {
            fail(QStringLiteral("NamespaceMismatch"),
                 message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply",
                                           "the namespace from the provided object \"%1\" does not match the namespace "
                                           "\"%2\". You must pass '--namespace=%1' to perform this operation."))
                     .arg(own, m_options.namespaceName));
            return;
        }
        m_current.namespaceName = !own.isEmpty() ? own
            : !m_options.namespaceName.isEmpty() ? m_options.namespaceName
                                                  : QStringLiteral("default");
    }
    m_current.name = doc.name();
    if (m_current.name.isEmpty()) {
        if (doc.generateName().isEmpty()) {
            fail(QStringLiteral("NameMissing"),
                 message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply",
                                           "metadata.name is missing (or metadata.generateName, for a name the server picks)")));
            return;
        }
        m_current.generated = true;
        send();
        return;
    }
    m_client->get(objectPath(), [this](const ApiResult &r) {
        // A missing object's 404 names it; a version the group does not
        // serve answers a nameless one.
        if (r.status == 404 && jsonText(jsonChild(r.body, "details"), "name").isEmpty()) {
            const ManifestDocument &d = document();
            fail(QStringLiteral("NoKindMatch"),
                 message(QT_TRANSLATE_NOOP("Kaji::Kube::ServerSideApply", "no matches for kind \"%1\" in version \"%2\""))
                     .arg(d.kind(), d.apiVersion()));
            return;
        }
        if (r.ok())
            m_current.live = r.body;
        else if (r.status != 404)
            m_current.liveError = r.error;
        send();
    });
}

QByteArray ServerSideApply::objectPath() const
{
    return m_current.resource->collectionPath(m_current.namespaceName) + '/' + QUrl::toPercentEncoding(m_current.name);
}

QByteArray ServerSideApply::query(bool withForce) const
{
    QByteArray q = "?fieldManager=" + QUrl::toPercentEncoding(m_options.fieldManager) + "&fieldValidation=Strict";
    if (withForce)
        q += m_options.force ? "&force=true" : "&force=false";
    if (m_options.dryRun)
        q += "&dryRun=All";
    return q;
}

void ServerSideApply::send()
{
    const ManifestDocument &doc = document();
    const auto answered = [this](const ApiResult &r) {
        m_current.warnings = r.warnings;
        if (!r.ok()) {
            m_current.failure = ApplyFailure::fromResult(r, document());
            done(ApplyOutcome::Result::Failed, json());
            return;
        }
        if (m_current.generated) {
            m_current.name = jsonText(jsonChild(r.body, "metadata"), "name");
            done(ApplyOutcome::Result::Created, r.body);
        } else if (m_current.live.is_null()) {
            done(m_current.liveError.isEmpty() ? ApplyOutcome::Result::Created : ApplyOutcome::Result::Applied, r.body);
        } else {
            // A server that changed nothing answers with the object as it was.
            const std::string manager = m_options.fieldManager.toStdString();
            const bool same = ownPart(m_current.live, manager) == ownPart(r.body, manager);
            done(same ? ApplyOutcome::Result::Unchanged : ApplyOutcome::Result::Applied, r.body);
        }
    };
    if (m_current.generated) {
        // Apply needs a name; a generated one comes from a create.
        m_client->send("POST", m_current.resource->collectionPath(m_current.namespaceName) + query(false), doc.body, answered,
                       "application/yaml");
        return;
    }
    m_client->send("PATCH", objectPath() + query(true), doc.body, answered, "application/apply-patch+yaml");
}

void ServerSideApply::fail(const QString &reason, const QString &text)
{
    // Found before asking the server: no HTTP status.
    m_current.failure = ApplyFailure();
    m_current.failure.reason = reason;
    m_current.failure.message = text;
    m_current.failure.position = YamlPosition{document().firstLine, 1};
    done(ApplyOutcome::Result::Failed, json());
}

void ServerSideApply::done(ApplyOutcome::Result result, const json &object)
{
    m_current.result = result;
    m_current.object = object;
    const ManifestDocument &doc = document();
    if (result != ApplyOutcome::Result::Failed && isCrd(doc) && !m_options.dryRun) {
        const json &spec = jsonChild(object, "spec");
        m_defined.append({jsonText(jsonChild(object, "metadata"), "name"), jsonText(spec, "group"),
                          jsonText(jsonChild(spec, "names"), "kind")});
    }
    ++m_next;
    Q_EMIT documentDone(m_current);
    // Not from within the handler of a reply: the next request starts clean.
    QTimer::singleShot(0, this, &ServerSideApply::next);
}

} // namespace Kaji::Kube
