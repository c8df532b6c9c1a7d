#pragma once

#include "diagram/diagramgraph.h"
#include "diagramchanges.h"
#include "diagrampicture.h"

#include <QFont>
#include <QFutureWatcher>
#include <QObject>
#include <QPalette>
#include <QThreadPool>

#include <memory>
#include <optional>

// GUI thread; measuring, layout, packing and working out what changed run
// on a worker of its own (Graphviz on LayoutThread), so a diagram of
// thousands of nodes following churn costs the GUI thread only the items
// that changed.
namespace Kaji::Ui {

struct LayoutEngine;

class DiagramLayouter : public QObject {
    Q_OBJECT
public:
    explicit DiagramLayouter(QObject *parent = nullptr);
    ~DiagramLayouter() override;

    // Fonts for measuring: the next arrangement measures with these.
    void setTheme(const QPalette &palette, const QFont &font);
    // arranged() follows once the worker is done; while it works, only the
    // latest of further graphs is kept and arranged next. Without
    // `measures` the worker measures the nodes with the theme's fonts.
    void arrange(const Models::DiagramGraph &graph, std::optional<DiagramMeasures> measures = std::nullopt);
    // The same, here and now (export, the command line, tests).
    DiagramPicture arrangeNow(const Models::DiagramGraph &graph, const DiagramMeasures &measures);
    // The next graph is packed afresh: a re-arrange, another context.
    void resetPlacement();
    // The scene was cleared: the next arrangement's changes are complete.
    void forgetShown();
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void arranged(const Kaji::Models::DiagramGraph &graph, const Kaji::Ui::DiagramPicture &picture,
        const Kaji::Ui::DiagramChanges &changes);

private:
    struct Request {
        Models::DiagramGraph graph;
        std::optional<DiagramMeasures> measures;
    };
    struct Result {
        Models::DiagramGraph graph;
        DiagramPicture picture;
        DiagramChanges changes;
    };
    // What the GUI thread asked for since the last job, handed to the next.
    struct Pending {
        std::optional<std::pair<QPalette, QFont>> theme;
        bool resetPlacement = false;
        bool forgetShown = false;
        bool lastShown = false; // the last result reached the scene
    };

    void start(Request request);
    void finished();
    static Result run(const std::shared_ptr<LayoutEngine> &engine, const Request &request, const Pending &pending);
    static void applyPending(LayoutEngine &engine, const Pending &pending);

    std::shared_ptr<LayoutEngine> m_engine;
    QThreadPool m_pool;
    QFutureWatcher<Result> m_watcher;
    bool m_running = false;
    std::optional<Request> m_next;
    Pending m_pending;
};

} // namespace Kaji::Ui
