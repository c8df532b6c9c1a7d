#pragma once

#include <QByteArray>

#include <functional>
#include <string_view>

// Any thread (each reads with its own parser).
namespace Kaji::Kube {

// Calls `each` with the JSON text of every object in a List page's "items",
// in order: a view into `page`, valid during the call. Readers that
// build a tree per object then hold one object's tree at a time instead of
// the whole page's. False when the page is not JSON.
bool forEachListItemText(const QByteArray &page, const std::function<void(std::string_view)> &each);

// A List page's own metadata; `valid` when the page is a JSON object with
// metadata. Reads no further than the metadata, which the server writes
// before the items.
struct ListMeta {
    bool valid = false;
    QByteArray resourceVersion;
    QByteArray continueToken;
};
ListMeta readListMeta(const QByteArray &page);

} // namespace Kaji::Kube
