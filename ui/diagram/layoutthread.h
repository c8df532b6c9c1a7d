#pragma once

#include "componentlayout.h"

#include <QFuture>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

// Callers on any thread; owns the one thread in the process that calls Graphviz.
namespace Kaji::Ui {

// Graphviz keeps global state and is not thread-safe, so every layout in
// the process runs on this one worker, one request after another. Results
// come back as a QFuture: a QFutureWatcher delivers them to the GUI thread
// (and drops them with its owner), the command line waits on result().
class LayoutThread {
public:
    static LayoutThread &instance();

    QFuture<QList<ComponentLayout>> layOut(QList<ComponentInput> inputs);

    // How many times Graphviz has been asked to lay out a component since
    // the process started: tests check that cached layouts cost none.
    qint64 graphvizRuns() const { return m_runs.load(); }

    LayoutThread(const LayoutThread &) = delete;
    LayoutThread &operator=(const LayoutThread &) = delete;

private:
    struct Job;

    LayoutThread();
    ~LayoutThread();
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<Job>> m_jobs;
    bool m_stopping = false;
    std::atomic<qint64> m_runs { 0 };
    std::thread m_thread; // last: starts once the rest is built
};

} // namespace Kaji::Ui
