#pragma once

#include "componentlayout.h"
#include "componentpacker.h"
#include "diagram/diagramgraph.h"
#include "diagrampicture.h"

#include <QHash>
#include <QList>

// Any thread, one at a time (DiagramLayouter serialises its callers);
// Graphviz itself runs on LayoutThread, and arrange() waits for it.
namespace Kaji::Ui {

// Turns a graph into a picture: the architecture view as a grid, the other
// views one connected component at a time through Graphviz, each
// component's layout cached by its structure, then packed by
// ComponentPacker so updates keep the picture where it was.
class DiagramArranger {
public:
    DiagramPicture arrange(const Models::DiagramGraph &graph, const DiagramMeasures &measures);
    // The next graph is packed afresh: a re-arrange, another context.
    void resetPlacement() { m_packer.reset(); }

private:
    struct Component {
        QString key; // its first node's id
        QList<int> nodes; // graph indexes, in graph order
        QList<int> edges;
        ComponentInput input;
        size_t hash = 0;
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

    ComponentPacker m_packer;
    QHash<size_t, CacheEntry> m_cache;
    quint64 m_use = 0;
};

} // namespace Kaji::Ui
