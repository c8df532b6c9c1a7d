#pragma once

#include "editsession.h"

#include <QObject>
#include <QTimer>

#include <memory>

#include <nlohmann/json.hpp>

// Lives on the thread that creates it (the GUI thread); its stream runs
// where the Runner sends work (the connection's thread) and each event
// comes back here.
namespace Kaji::Models {

// Keeps one object in view while the user edits it: a watch of its
// collection narrowed to its name (fieldSelector=metadata.name=…) from the
// resourceVersion shown. The server ending the watch resumes it; an expired
// version (410), an error event or a failed stream reads the object afresh
// (a list narrowed the same way, so a deletion meanwhile is seen too) and
// watches from there, with a growing pause after failures. It only reports:
// deciding what a change means for the edited text is the window's.
class ObjectWatch : public QObject {
    Q_OBJECT
public:
    ObjectWatch(EditSession::Runner runner, Kube::ApiResource resource, QObject *parent = nullptr);
    ~ObjectWatch() override; // stops the stream

    // Watches `name` from `resourceVersion` (empty: reads it first). A
    // second call starts over on the new object.
    void start(const QString &namespaceName, const QString &name, const QString &resourceVersion);
    void stop();
    bool isRunning() const { return m_running; }
    QString resourceVersion() const { return m_resourceVersion; }
    // Streams and re-reads so far (tests look at resumes).
    int streamCount() const { return m_streams; }
    int readCount() const { return m_reads; }

    // Seconds the server keeps a watch open before ending it; tests shorten it.
    void setWatchTimeout(int seconds) { m_timeoutSeconds = seconds; }

Q_SIGNALS:
    // The object as it is now (added, modified, or found by a re-read).
    void changed(const nlohmann::json &object);
    // It is gone (a DELETED event, or a re-read that did not find it).
    void deleted();

private:
    struct Stream;

    void watch();
    void read();
    void retryLater();
    void cancelStream();
    void onEvent(quint64 generation, const Kube::ApiResult &result);
    QByteArray collectionPath() const;

    EditSession::Runner m_runner;
    Kube::ApiResource m_resource;
    QString m_namespace;
    QString m_name;
    QString m_resourceVersion;
    std::shared_ptr<Stream> m_stream; // used on the connection's thread only
    quint64 m_generation = 0; // events of an older stream or read are dropped
    bool m_running = false;
    bool m_exists = true;
    int m_failures = 0;
    int m_streams = 0;
    int m_reads = 0;
    int m_timeoutSeconds = 300;
    QTimer m_retry;
};

} // namespace Kaji::Models
