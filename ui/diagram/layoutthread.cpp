#include "layoutthread.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "graphvizlayout.h"

#include <QPromise>

namespace Kaji::Ui {

struct LayoutThread::Job {
    QList<ComponentInput> inputs;
    QPromise<QList<ComponentLayout>> promise;
};

LayoutThread &LayoutThread::instance()
{
    // Destroyed at exit, after main(): it stops the worker and drops what is
    // still queued (those futures end cancelled).
    static LayoutThread thread;
    return thread;
}

LayoutThread::LayoutThread()
    : m_thread([this] { run(); })
{
}

LayoutThread::~LayoutThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

QFuture<QList<ComponentLayout>> LayoutThread::layOut(QList<ComponentInput> inputs)
{
    auto job = std::make_unique<Job>();
    job->inputs = std::move(inputs);
    job->promise.start();
    QFuture<QList<ComponentLayout>> future = job->promise.future();
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return future;
}

void LayoutThread::run()
{
    GraphvizLayout graphviz; // created here: its context belongs to this thread
    for (;;) {
        std::unique_ptr<Job> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        QList<ComponentLayout> layouts;
        layouts.reserve(job->inputs.size());
        for (const ComponentInput &input : std::as_const(job->inputs)) {
            // Nobody waits for it any more (the page was closed): skip the rest.
            if (job->promise.isCanceled())
                break;
            layouts.append(graphviz.layOut(input));
            if (GraphvizLayout::needsGraphviz(input))
                m_runs.fetch_add(1);
        }
        job->promise.addResult(std::move(layouts));
        job->promise.finish();
#ifdef __GLIBC__
        // Graphviz allocates and frees many small blocks per component;
        // glibc would keep them mapped in this thread's arena, so a first
        // layout of thousands of components would stay in the RSS for good.
        if (job->inputs.size() > 16)
            malloc_trim(0);
#endif
    }
}

} // namespace Kaji::Ui
