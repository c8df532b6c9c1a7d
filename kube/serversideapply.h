#pragma once

#include "apiclient.h"
#include "apiresource.h"
#include "applyfailure.h"
#include "manifestdocument.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

// The thread of its ApiClient and Discovery (the connection thread, or a
// command's main thread).
namespace Kaji::Kube {

class Discovery;

struct ApplyOptions {
    // For namespaced documents that name none: the one given with -n, else
    // the context's; "default" when empty.
    QString namespaceName;
    // Given on the command line: a document naming another namespace is
    // refused, as kubectl refuses it.
    bool namespaceEnforced = false;
    bool dryRun = false; // dryRun=All: the server answers with what it would store
    bool force = false; // take over the fields other managers own
    QString fieldManager = QStringLiteral("kaji");
};

struct ApplyOutcome {
    enum class Result { Created, Applied, Unchanged, Failed };

    qsizetype index = 0; // of the document in the list given to apply()
    Result result = Result::Failed;
    std::optional<ApiResource> resource; // the kind as served, at the document's version
    QString namespaceName; // empty for cluster-scoped objects
    QString name; // as the server named it (generateName)
    bool generated = false; // created with POST for its generateName
    nlohmann::json live; // the object before; null when there was none or it could not be read
    QString liveError; // why the object before could not be read (not a 404)
    nlohmann::json object; // the server's answer: the object as stored, or as it would be
    ApplyFailure failure; // when Failed
    QStringList warnings; // the server's Warning headers on the write (deprecated fields, …)
};

// Server-side apply of manifest documents, one at a time: a PATCH of the
// document's own text (application/apply-patch+yaml, fieldValidation=Strict,
// force only when asked), a POST for generateName. The object is read
// first, so the outcome says whether it was created, changed or left as
// it was, and carries both versions for a preview.
class ServerSideApply : public QObject {
    Q_OBJECT
public:
    ServerSideApply(ApiClient *client, Discovery *discovery, QObject *parent = nullptr);

    // Namespaces and CustomResourceDefinitions go first; a custom resource
    // of a CRD applied in the same run waits until the CRD is Established
    // and discovery serves its kind. The rest keep their order.
    void apply(QList<ManifestDocument> documents, ApplyOptions options);

    // How long to wait for a CustomResourceDefinition to be served.
    static constexpr int EstablishTimeoutMs = 30000;

Q_SIGNALS:
    void documentDone(const Kaji::Kube::ApplyOutcome &outcome);
    void finished();

private:
    struct DefinedKind {
        QString crdName;
        QString group;
        QString kind;
    };

    void next();
    void resolve();
    void waitForEstablished(const QString &crdName);
    void onDiscoveryRefreshed();
    void readLive(const ApiResource &resource);
    void send();
    void done(ApplyOutcome::Result result, const nlohmann::json &object);
    void fail(const QString &reason, const QString &message);
    std::optional<ApiResource> findResource(const QString &group, const QString &kind) const;
    QByteArray objectPath() const;
    QByteArray query(bool withForce) const;
    const ManifestDocument &document() const { return m_documents[m_order[m_next]]; }

    ApiClient *m_client;
    Discovery *m_discovery;
    QList<ManifestDocument> m_documents;
    QList<qsizetype> m_order;
    qsizetype m_next = 0;
    ApplyOptions m_options;
    ApplyOutcome m_current;
    QList<DefinedKind> m_defined; // kinds of the CRDs this run applied
    // Waiting for discovery: null when not, "" for a first look, else the
    // CRD whose kind it should serve.
    QString m_awaitedCrd;
    bool m_askedDiscovery = false;
    QElapsedTimer m_waiting;
};

} // namespace Kaji::Kube

Q_DECLARE_METATYPE(Kaji::Kube::ApplyOutcome)
