#pragma once

#include "reflector.h"

#include <QHash>
#include <QStringList>

#include <functional>

// The connection thread of its cluster, with its ApiClient.
namespace Kaji::Kube {

// A store that can hold one namespace's share of a collection. Its batches
// then carry that namespace as their scope, so its first list replaces that
// namespace's rows only and leaves the other namespaces' rows alone.
class ScopedSink : public ReflectorSink {
public:
    virtual void setScope(const QString &namespaceName) = 0;
    // Hands on everything it holds again, as a reset of its scope (for a
    // second reader of the same live collection).
    virtual void replay() = 0;
    // It is no longer watched: its rows must go from the readers.
    virtual void drop() = 0;
};

// Keeps one collection live: across all namespaces while the user may list
// it so; when that is refused (namespaced kinds only), in each namespace of a
// set instead (the context's own plus those the user picked), one reflector
// each, so one forbidden namespace does not hide the others.
class ScopedWatch : public QObject {
    Q_OBJECT
public:
    using PathFor = std::function<QByteArray(const QString &namespaceName)>; // empty name: all namespaces
    using SinkFactory = std::function<ScopedSink *(QObject *parent)>; // the sink is a QObject child of parent

    ScopedWatch(ApiClient *client, PathFor pathFor, SinkFactory makeSink, Reflector::Format format,
                bool namespaced, QObject *parent = nullptr);
    ~ScopedWatch() override;

    // More query parameters for every part's list and watch (see
    // Reflector::setQuery); set before start().
    void setQuery(const QByteArray &query) { m_query = query; }
    // Across all namespaces (narrowing on refusal), or in `namespaces` only.
    void start(const QStringList &namespaces = {});
    // The namespaces to watch when listing across all of them is refused;
    // applied at once when already narrowed.
    void setFallback(const QStringList &namespaces);
    bool narrowed() const { return m_narrowed; }
    QStringList namespaces() const;
    // The sink of the only part (all namespaces, or the one namespace).
    ScopedSink *sink() const;
    void replay();

Q_SIGNALS:
    // The worst state of the parts; a part's message names its namespace.
    void stateChanged(Kaji::Kube::Reflector::State state, const QString &message);
    // Listing across namespaces was refused; these namespaces are watched.
    void scopeChanged(const QStringList &namespaces);

private:
    struct Part {
        ScopedSink *sink = nullptr;
        Reflector *reflector = nullptr;
        Reflector::State state = Reflector::State::Connecting;
        QString message;
    };
    void watchNamespaces(const QStringList &namespaces);
    void addPart(const QString &namespaceName);
    void dropPart(const QString &namespaceName);
    void onPartState(const QString &namespaceName, Reflector::State state, const QString &message);
    void reportState();

    ApiClient *m_client;
    PathFor m_pathFor;
    SinkFactory m_makeSink;
    Reflector::Format m_format;
    QByteArray m_query;
    bool m_namespaced;
    bool m_narrowed = false;
    bool m_fixedScope = false; // started on given namespaces: never narrows
    QStringList m_fallback;
    QHash<QString, Part> m_parts; // by namespace; "" is all namespaces
    Reflector::State m_reported = Reflector::State::Connecting;
    QString m_reportedMessage;
    bool m_hasReported = false;
};

} // namespace Kaji::Kube
