#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

// Pure functions; any thread.
namespace Kaji::Kube {

// Resource quantities as the metrics API writes them ("12345678n", "0",
// "1536Ki", "1.5", "2e3"), read exactly in integers, rounded up as
// Kubernetes' Quantity does, so sums and percentages match kubectl top.
// nullopt for text that is not a quantity or does not fit.
std::optional<qint64> cpuNanocores(std::string_view quantity);
std::optional<qint64> memoryBytes(std::string_view quantity);

// Millicores as Quantity.MilliValue() gives them: rounded up.
inline qint64 nanocoresToMillis(qint64 nanocores)
{
    return nanocores <= 0 ? 0 : (nanocores + 999'999) / 1'000'000;
}

} // namespace Kaji::Kube
