#pragma once

#include "apiclient.h"
#include "streamwatchdog.h"
#include "watchdecoder.h"

#include <QRandomGenerator>
#include <QTimer>

// The connection thread of its cluster, with its ApiClient.
namespace Kaji::Kube {

// Receives what a Reflector learns, as JSON text the sink scans itself (a
// List's "items" or a Table's "rows"; a watch event's object). A page's
// buffer has room past its text for the scanner to read it in place. A list is
// beginList(), its pages, then endList(): the first list, or a re-list after
// resourceVersions expired, which the sink reconciles, dropping what was
// not listed. A list that fails half-way is begun again from the start.
class ReflectorSink {
public:
    virtual ~ReflectorSink() = default;
    virtual void beginList() = 0;
    virtual void listPage(const QByteArray &page) = 0;
    virtual void endList() = 0;
    virtual void apply(WatchEvent::Type type, std::string_view object) = 0;
};

// Keeps one resource collection (e.g. "/api/v1/pods" or
// "/apis/apps/v1/namespaces/shop/deployments") current: a paged list (or, on
// request, the initial state streamed in a watch), then a watch from its
// resourceVersion with bookmarks. The server ending a watch is
// normal and resumes silently; an expired resourceVersion (410) re-lists;
// network errors retry with capped exponential backoff and jitter. A watch
// that goes silent and whose server then fails a check (StreamWatchdog) is
// given up like a broken one: the server may be stalled with the connection
// open, which no transport error would ever report.
class Reflector : public QObject {
    Q_OBJECT
public:
    enum class State { Connecting, Synced, Reconnecting, Forbidden, Error };
    Q_ENUM(State)

    // Objects: full objects. Table: the server's printed columns (what
    // `kubectl get` shows) plus each object's metadata, for any kind.
    // Metadata: each object's metadata only (PartialObjectMetadata), so the
    // server never sends the rest (a Secret's data).
    enum class Format { Objects, Table, Metadata };

    // How the initial state (and every re-list) is read. Paged: limit/continue
    // lists, as kubectl does. Streamed: one watch with sendInitialEvents=true,
    // no page round trips (served from Kubernetes 1.34; servers without it
    // refuse it and get paged lists). Paged is the default because it is the
    // faster here: at 10,600 pods a Kubernetes 1.36 server streamed the state
    // in 2.0 s, one event at a time, while paged lists of 500 took 0.9-1.5 s
    // with the client's reading included (bench_cluster_list.sh).
    enum class InitialList { Streamed, Paged };
    // KAJI_INITIAL_LIST=streamed|paged overrides the default, for benchmarks
    // and servers where streaming pays.
    static InitialList defaultInitialList();

    Reflector(ApiClient *client, QByteArray collectionPath, ReflectorSink *sink, QObject *parent = nullptr,
              Format format = Format::Objects);
    ~Reflector() override;

    void start();
    void stop();
    // Starts again after stop() from the last resourceVersion seen, without a
    // list (as after a suspend); an expired version falls back to a re-list.
    void resume();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // The HTTP status of the last list that failed (0: no answer).
    int lastListStatus() const { return m_lastListStatus; }
    QByteArray resourceVersion() const { return m_resourceVersion; }
    int listCount() const { return m_lists; } // full lists so far, re-lists included
    int expiredCount() const { return m_expired; } // 410s that forced a re-list
    int stallCount() const { return m_stalls; } // watches given up by the watchdog
    StreamWatchdog &watchdog() { return m_watchdog; }

    // More query parameters for every list and watch request, already
    // percent-encoded ("fieldSelector=involvedObject.kind%3DPod"); set
    // before start().
    void setQuery(const QByteArray &query) { m_query = query; }
    QByteArray query() const { return m_query; }

    // Server-side watch timeout range in seconds; tests shorten it.
    void setWatchTimeoutRange(int minSecs, int maxSecs);
    static constexpr int PageSize = 500;

    // Set before start(). A server that refuses the streamed list is
    // remembered: this reflector lists in pages from then on.
    void setInitialList(InitialList mode) { m_initialList = mode; }
    InitialList initialList() const { return m_initialList; }
    int streamedListCount() const { return m_streamedLists; } // lists that were streamed

Q_SIGNALS:
    void stateChanged(Kaji::Kube::Reflector::State state, const QString &message);

private:
    void list(const QByteArray &continueToken = {});
    void streamList();
    void streamedEvent(WatchEvent &event);
    void flushStreamedPage();
    bool streamRefused(const ApiResult &result) const;
    QByteArray withFormat(const QByteArray &query) const;
    RequestOptions requestOptions(bool watching) const;
    void watch();
    int watchTimeoutSecs() const;
    void onWatchData(const char *data, size_t size);
    void onWatchEnded(const ApiResult &result);
    void onListFailed(const ApiResult &result);
    void onWatchStalled(const QString &message);
    int nextBackoffMs();
    void relistLater(int delayMs);
    void setState(State state, const QString &message = {});

    ApiClient *m_client;
    QByteArray m_path;
    QByteArray m_query;
    ReflectorSink *m_sink;
    State m_state = State::Connecting;
    QString m_lastError;
    int m_lastListStatus = 0;
    QByteArray m_resourceVersion;
    Format m_format;
    WatchDecoder m_decoder;
    std::vector<WatchEvent> m_events;
    quint64 m_request = 0;
    bool m_running = false;
    bool m_relistRequested = false;
    int m_failures = 0;
    int m_lists = 0;
    int m_expired = 0;
    int m_stalls = 0;
    InitialList m_initialList = defaultInitialList();
    // While a streamed list is under way: its objects gathered into a
    // list page for the sink (a Table's events go one by one).
    bool m_streaming = false;
    QByteArray m_streamedPage;
    int m_streamedItems = 0;
    int m_streamedLists = 0;
    int m_watchMinSecs = 300;
    int m_watchMaxSecs = 600;
    QTimer m_retry;
    StreamWatchdog m_watchdog;
};

} // namespace Kaji::Kube
