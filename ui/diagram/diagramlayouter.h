#pragma once

#include "componentlayout.h"
#include "componentpacker.h"
#include "diagram/diagramgraph.h"
#include "diagrampicture.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

// GUI thread; Graphviz runs on LayoutThread.
namespace Kaji::Ui {

// Turns a graph into a picture: the architecture view as a grid here, the
// other views one connected component at a time through Graphviz, each
// component's layout cached by its structure, then packed by
// ComponentPacker so updates keep the picture where it was.
class DiagramLayouter : public QObject {
    Q_OBJECT
public:
    explicit DiagramLayouter(QObject *parent = nullptr);
    ~DiagramLayouter() override;

    // arranged() follows: at once when every component is cached (a status
    // change), else when the layout thread answers. While it works, only
    // the latest of further graphs is kept and laid out next.
    void arrange(const Models::DiagramGraph &graph, const DiagramMeasures &measures);
    // The same, waiting for the layout thread (export, the command line).
    DiagramPicture arrangeNow(const Models::DiagramGraph &graph, const DiagramMeasures &measures);
    // The next graph is packed afresh: a re-arrange, another context.
    void resetPlacement();
    bool isBusy() const { return m_running.has_value(); }

Q_SIGNALS:
    void arranged(const Kaji::Models::DiagramGraph &graph, const Kaji::Ui::DiagramPicture &picture);

private:
    struct Component {
        QString key; // its first node's id
        QList<int> nodes; // graph indexes, in graph order
        QList<int> edges;
        ComponentInput input;
        size_t hash = 0;
    };
    struct Request {
        Models::DiagramGraph graph;
        DiagramMeasures measures;
    };
    struct CacheEntry {
        ComponentInput input;
        ComponentLayout layout;
        quint64 lastUsed = 0;
    };

    QList<Component> componentsOf(const Models::DiagramGraph &graph, const DiagramMeasures &measures) const;
    QList<ComponentInput> uncached(const QList<Component> &components) const;
    void remember(const QList<ComponentInput> &inputs, const QList<ComponentLayout> &layouts);
    const ComponentLayout *cached(const Component &component) const;
    DiagramPicture compose(const Models::DiagramGraph &graph, const QList<Component> &components);
    void start(Request request);
    void layoutsArrived();

    ComponentPacker m_packer;
    QHash<size_t, CacheEntry> m_cache;
    quint64 m_use = 0;
    QFutureWatcher<QList<ComponentLayout>> m_watcher;
    std::optional<Request> m_running;
    QList<ComponentInput> m_runningInputs;
    std::optional<Request> m_next;
};

} // namespace Kaji::Ui
