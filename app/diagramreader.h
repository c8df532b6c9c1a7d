#pragma once

#include "diagram/diagraminput.h"
#include "restconfig.h"

#include <QString>

#include <memory>
#include <optional>

// The thread that creates it (it runs a local event loop while reading).
namespace Kaji::App {

// Reads once, through the window's own engine (fact watches, the pod store,
// the control-plane probe), everything one view needs, and waits until every
// part has answered: for the command line and for tests.
class DiagramReader {
public:
    explicit DiagramReader(Kube::RestConfig config);
    ~DiagramReader();

    // The input, or nullopt with error() saying why (unreachable, timed out).
    std::optional<Models::DiagramInput> read(Models::DiagramView view, int timeoutMs = 60000);
    QString error() const { return m_error; }

private:
    struct Parts;
    Kube::RestConfig m_config;
    std::unique_ptr<Parts> m_parts;
    QString m_error;
};

} // namespace Kaji::App
