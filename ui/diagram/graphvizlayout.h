#pragma once

#include "componentlayout.h"

struct GVC_s;

// Layout thread only: Graphviz is not thread-safe, so LayoutThread owns the
// one instance and makes every call.
namespace Kaji::Ui {

// Graphviz's dot as a layout engine: boxes of fixed size in, centres and
// edge splines out. Kaji draws everything itself.
class GraphvizLayout {
public:
    GraphvizLayout();
    ~GraphvizLayout();
    GraphvizLayout(const GraphvizLayout &) = delete;
    GraphvizLayout &operator=(const GraphvizLayout &) = delete;

    ComponentLayout layOut(const ComponentInput &input);
    // A lone box or boxes without links need no Graphviz call.
    static bool needsGraphviz(const ComponentInput &input);

private:
    GVC_s *m_context;
};

} // namespace Kaji::Ui
