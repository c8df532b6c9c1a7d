#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <string>

// Realistic v1 Pod objects for benchmarks: three containers with env,
// mounts, probes and resources, statuses, owner references and
// managedFields, about 9 KB of JSON each, like pods of a real Deployment.
nlohmann::json syntheticPod(int index);

// A PodList as the apiserver serialises it.
std::string syntheticPodList(int count);

// `text` as HttpClient hands a received body over: with room after it for
// the scanner to read it in place (see JsonScan::reservePadding).
QByteArray asReceivedBody(const std::string &text);

// One watch line ("MODIFIED" unless `type` says otherwise) for pod `index`.
std::string syntheticWatchLine(int index, int resourceVersion, const char *type = "MODIFIED");
