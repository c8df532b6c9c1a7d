#pragma once

#include "diagraminput.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

// Pure functions; any thread.
namespace Kaji::Models {

// GET /version's answer into the probe (gitVersion, platform).
void readVersion(ControlPlaneProbe &probe, const nlohmann::json &version);
// GET /readyz?verbose: the HTTP status and its lines ("[+]etcd ok",
// "[-]etcd failed: reason withheld"). The text is no stable format: lines
// that do not look like a check are skipped, the status decides health.
void readReadyz(ControlPlaneProbe &probe, int httpStatus, const QByteArray &text);

} // namespace Kaji::Models
