#include "diagramlayouter.h"

#include "diagramarranger.h"
#include "diagrammeasurer.h"

#include <QApplication>
#include <QtConcurrent>

#include <mutex>

namespace Kaji::Ui {

// Everything the worker keeps between arrangements. The mutex serialises
// the worker and arrangeNow() on the GUI thread.
struct LayoutEngine {
    std::mutex mutex;
    DiagramArranger arranger;
    std::optional<DiagramMeasurer> measurer;
    // What the scene shows, to work out the next changes against, and the
    // last result, which becomes that once the GUI thread says it was drawn
    // (a result overtaken by a newer graph never is).
    Models::DiagramGraph shownGraph;
    DiagramPicture shownPicture;
    bool showing = false;
    Models::DiagramGraph lastGraph;
    DiagramPicture lastPicture;
};

DiagramLayouter::DiagramLayouter(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_shared<LayoutEngine>())
{
    // One job at a time: the engine's caches are the worker's alone.
    m_pool.setMaxThreadCount(1);
    m_pending.theme = { QApplication::palette(), QApplication::font() };
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DiagramLayouter::finished);
}

DiagramLayouter::~DiagramLayouter()
{
    // A job under way finishes on its own (it holds the engine); nobody
    // reads its result.
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void DiagramLayouter::setTheme(const QPalette &palette, const QFont &font)
{
    m_pending.theme = { palette, font };
}

void DiagramLayouter::resetPlacement()
{
    m_pending.resetPlacement = true;
}

void DiagramLayouter::forgetShown()
{
    m_pending.forgetShown = true;
}

void DiagramLayouter::applyPending(LayoutEngine &engine, const Pending &pending)
{
    if (pending.theme)
        engine.measurer.emplace(DiagramStyle(pending.theme->first, pending.theme->second));
    if (pending.resetPlacement)
        engine.arranger.resetPlacement();
    if (pending.lastShown) {
        // The old picture is freed here, on the worker, not on the GUI thread.
        engine.shownGraph = std::exchange(engine.lastGraph, {});
        engine.shownPicture = std::exchange(engine.lastPicture, {});
        engine.showing = true;
    }
    if (pending.forgetShown) {
        engine.shownGraph = {};
        engine.shownPicture = {};
        engine.showing = false;
    }
}

void DiagramLayouter::arrange(const Models::DiagramGraph &graph, std::optional<DiagramMeasures> measures)
{
    Request request { graph, std::move(measures) };
    if (m_running) {
        m_next = std::move(request);
        return;
    }
    start(std::move(request));
}

DiagramLayouter::Result DiagramLayouter::run(
    const std::shared_ptr<LayoutEngine> &engine, const Request &request, const Pending &pending)
{
    const std::lock_guard lock(engine->mutex);
    applyPending(*engine, pending);
    const DiagramMeasures measures = request.measures ? *request.measures : engine->measurer->measure(request.graph);
    Result result { request.graph, engine->arranger.arrange(request.graph, measures), {} };
    result.changes = engine->showing
        ? diagramChanges(engine->shownGraph, engine->shownPicture, result.graph, result.picture)
        : completeChanges(result.graph, result.picture);
    engine->lastGraph = result.graph;
    engine->lastPicture = result.picture;
    return result;
}

void DiagramLayouter::start(Request request)
{
    m_running = true;
    const Pending pending = std::exchange(m_pending, {});
    m_watcher.setFuture(QtConcurrent::run(&m_pool,
        [engine = m_engine, request = std::move(request), pending] { return run(engine, request, pending); }));
}

void DiagramLayouter::finished()
{
    m_running = false;
    Result result = m_watcher.future().resultCount() > 0 ? m_watcher.future().result() : Result();
    // A newer graph came meanwhile: arrange that one; it shares most layouts.
    if (m_next) {
        Request next = std::move(*m_next);
        m_next.reset();
        start(std::move(next));
        return;
    }
    m_pending.lastShown = true;
    Q_EMIT arranged(result.graph, result.picture, result.changes);
}

DiagramPicture DiagramLayouter::arrangeNow(const Models::DiagramGraph &graph, const DiagramMeasures &measures)
{
    const std::lock_guard lock(m_engine->mutex);
    const Pending pending = std::exchange(m_pending, {});
    applyPending(*m_engine, pending);
    return m_engine->arranger.arrange(graph, measures);
}

} // namespace Kaji::Ui
