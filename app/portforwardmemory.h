#pragma once

#include "portforwarder.h"

// GUI thread.
namespace Kaji::App {

// The forwards the user asked to have back on the next start, kept in the
// settings. Only what is needed to start them again; no state, no secrets.
class PortForwardMemory {
public:
    static QList<Models::PortForwardRequest> load();
    static void remember(const Models::PortForwardRequest &request);
    static void forget(const Models::PortForwardRequest &request);

private:
    static void save(const QList<Models::PortForwardRequest> &requests);
};

} // namespace Kaji::App
