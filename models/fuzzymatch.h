#pragma once

#include <QStringView>

#include <optional>

// Any thread; pure function.
namespace Kaji::Models {

// How well what the user typed matches a name, for jumping by a few letters
// ("ordb" finds "shop/orders-db-0"): the typed letters must appear in order,
// case aside. Higher is better; none when they do not all appear. Matches
// at word starts, runs of consecutive letters, prefixes and short names
// score higher, so the name the user means comes first.
std::optional<int> fuzzyScore(QStringView typed, QStringView text);

} // namespace Kaji::Models
