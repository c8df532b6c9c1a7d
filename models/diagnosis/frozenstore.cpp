#include "frozenstore.h"

#include "listitems.h"
#include "snapshotitem.h"

#include <algorithm>

namespace Kaji::Models {

void FrozenStore::beginList()
{
    // The objects held so far stay readable until the new list is whole:
    // a diagnosis during a re-list reads the last complete state.
    m_listing.clear();
}

void FrozenStore::listPage(const QByteArray &page)
{
    // An object at a time, parsed straight from the page's text.
    Kube::forEachListItemText(page, [this](std::string_view text) { add(m_listing, text); });
}

void FrozenStore::endList()
{
    m_items.swap(m_listing);
    m_listing.clear();
    m_listed = true;
    ++m_generation;
    m_changes = Changes();
}

void FrozenStore::apply(Kube::WatchEvent::Type type, std::string_view object)
{
    if (type == Kube::WatchEvent::Type::Deleted) {
        const std::string key = snapshotTextKey(object);
        if (!key.empty()) {
            m_items.erase(key);
            changed(key);
        }
        return;
    }
    if (const std::string key = add(m_items, object); !key.empty())
        changed(key);
}

// Following more changes than a tenth of the objects costs more than
// building the table again.
void FrozenStore::changed(const std::string &key)
{
    ++m_generation;
    if (m_changes.whole)
        return;
    if (m_changes.keys.size() >= std::max<size_t>(64, m_items.size() / 10)) {
        m_changes = Changes();
        return;
    }
    m_changes.keys.push_back(key);
}

const FrozenJson *FrozenStore::find(const std::string &key) const
{
    const auto it = m_items.find(key);
    return it == m_items.end() ? nullptr : &it->second;
}

std::string FrozenStore::add(std::map<std::string, FrozenJson> &into, std::string_view text)
{
    SnapshotItem item = freezeSnapshotText(m_kind, text, &m_shared);
    if (item.key.empty())
        return {};
    ++m_parsed;
    into.insert_or_assign(item.key, std::move(item.document));
    return item.key;
}

std::vector<FrozenJson> FrozenStore::items() const
{
    std::vector<FrozenJson> out;
    out.reserve(m_items.size());
    for (const auto &[key, item] : m_items)
        out.push_back(item);
    return out;
}

size_t FrozenStore::bytes() const
{
    size_t total = m_shared.bytes();
    for (const auto &[key, item] : m_items)
        total += item.bytes();
    return total;
}

} // namespace Kaji::Models
