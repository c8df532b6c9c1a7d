#pragma once

#include <QString>
#include <QtGlobal>

#include "podfacts.h"

#include <nlohmann/json.hpp>

// Any thread; pure functions, no Qt GUI.
namespace Kaji::Kube {

// The STATUS, READY and RESTARTS columns of `kubectl get pods`, computed the
// way the apiserver's table printer does, so the two never disagree about a
// pod. Matches servers 1.35+; 1.32-1.34 differ in one case: when containers
// both completed and failed and none runs they print "Completed", not the
// failed container's reason.
struct PodStatusSummary {
    QString status;
    int readyContainers = 0;
    // Regular containers plus restartable init containers (sidecars).
    int totalContainers = 0;
    int restarts = 0;
    // Latest lastState.terminated.finishedAt of the containers whose restarts
    // are counted; 0 when none is known, and then no "(… ago)" is shown.
    qint64 lastRestartEpochSecs = 0;
};

PodStatusSummary summarizePod(const PodFacts &pod);
// `pod` is a v1 Pod as the API returns it; missing or null fields are read
// as their zero values, as Go's decoder does. For tests and one-off reads:
// it goes through the same reader as the stores.
PodStatusSummary summarizePod(const nlohmann::json &pod);

// The RESTARTS cell: "0", "3", or "5 (3m12s ago)" relative to nowEpochSecs.
QString formatRestarts(const PodStatusSummary &summary, qint64 nowEpochSecs);

// kubectl's HumanDuration, used for AGE and "ago": "119s", "5m12s", "10m",
// "3h4m", "8h", "2d3h", "45d", "3y20d", "9y"; "<invalid>" for a time more
// than a second in the future (clock skew up to that is shown as "0s").
QString humanDuration(qint64 seconds);
// Every character formatRestarts and humanDuration write, in lower case: a
// text holding any other is in no RESTARTS or AGE cell, whatever its case
// (a table's filter then need not build those cells to look).
QLatin1String durationTextCharacters();

} // namespace Kaji::Kube
