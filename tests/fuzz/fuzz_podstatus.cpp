// libFuzzer target: a pod as the apiserver (or anything pretending to be one)
// returns it, through what the pods table computes from it: the STATUS,
// READY and RESTARTS cells, and the AGE text. Input that is not JSON is
// skipped: the watch decoder turns it into an error before it gets here.

#include "podrecord.h"
#include "podstatus.h"

#include <cstdint>

using namespace Kaji::Kube;

namespace {
// A fixed "now", so a crash reproduces on any day.
constexpr qint64 kNow = 1795725686;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto pod = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (pod.is_discarded())
        return 0;

    // A bare integer drives humanDuration directly, so the mutator can steer
    // its unit boundaries through comparisons it observes.
    if (pod.is_number_integer())
        (void)humanDuration(pod.get<qint64>());

    const PodStatusSummary summary = summarizePod(pod);
    (void)formatRestarts(summary, kNow);

    // The path a watch event takes into the store, AGE included.
    const PodRecord record = podRecordFromJson(pod);
    (void)humanDuration(kNow - record.createdEpochSecs);
    (void)formatRestarts(record.status, kNow);
    return 0;
}
