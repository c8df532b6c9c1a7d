#pragma once

#include "apiclient.h"
#include "apiresource.h"

// The thread of its ApiClient (the connection thread).
namespace Kaji::Kube {

// The writes the panes offer, done as kubectl does them, and the
// SelfSubjectAccessReview that says beforehand whether the user may.
class ResourceOperations {
public:
    enum class Operation { Scale, Restart, Delete, Cordon, Uncordon, Edit };

    explicit ResourceOperations(ApiClient *client) : m_client(client) {}

    void get(const QByteArray &path, ApiClient::ResultHandler done, const RequestOptions &options = {})
    {
        m_client->get(path, std::move(done), options);
    }
    // A text document (/readyz?verbose): the body is in `raw`, failures included.
    void getText(const QByteArray &path, ApiClient::ResultHandler done)
    {
        RequestOptions options;
        options.accept = QByteArrayLiteral("text/plain, */*");
        options.parseBody = false;
        m_client->get(path, std::move(done), options);
    }
    // A write the methods below do not cover (the manifest editor's merge
    // patch and create); `path` includes the query.
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QByteArray &contentType,
              ApiClient::ResultHandler done)
    {
        m_client->send(method, path, body, std::move(done), contentType);
    }
    // A long-running GET (a watch of one object); cancel() ends it without
    // calling `onEnd`.
    quint64 stream(const QByteArray &path, ApiClient::DataHandler onData, ApiClient::ResultHandler onEnd,
                   const RequestOptions &options = {})
    {
        return m_client->stream(path, std::move(onData), std::move(onEnd), options);
    }
    void cancel(quint64 id) { m_client->cancel(id); }
    void scale(const ApiResource &resource, const QString &ns, const QString &name, int replicas, ApiClient::ResultHandler done);
    // `kubectl rollout restart`: a new template annotation rolls every pod.
    void restart(const ApiResource &resource, const QString &ns, const QString &name, ApiClient::ResultHandler done);
    void remove(const ApiResource &resource, const QString &ns, const QString &name, ApiClient::ResultHandler done);
    void setUnschedulable(const QString &node, bool unschedulable, ApiClient::ResultHandler done);

    // Asks the server whether the user may do `operation`; the answer's body
    // is the review, whose status.allowed and status.reason say it.
    void review(Operation operation, const ApiResource &resource, const QString &ns, const QString &name,
                ApiClient::ResultHandler done);

private:
    static QByteArray objectPath(const ApiResource &resource, const QString &ns, const QString &name);

    ApiClient *m_client;
};

} // namespace Kaji::Kube
