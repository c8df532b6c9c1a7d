#pragma once

#include <span>
#include <string_view>

// Constant: any thread.
namespace Kaji::Models::FrozenKeys {

// The field names nearly every API object spells out ("metadata",
// "resourceVersion", "containerStatuses", ...). A FrozenJson member whose
// key is one of them points into this table instead of carrying the text in
// its document. The local cluster's pods took 828 bytes each in the
// diagnosis mirror, 624 with this table (kaji_bench_diagnosis
// --mirror-pods).
std::span<const std::string_view> table();
// The key's place in table(), or -1.
int indexOf(std::string_view key);

} // namespace Kaji::Models::FrozenKeys
