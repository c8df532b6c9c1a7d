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
    // An object's tree at a time, only until frozen: a page's whole tree
    // (500 pods) was 12 MB.
    Kube::forEachListItemText(page, [this](std::string_view text) {
        nlohmann::json item = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
        if (item.is_object())
            add(m_listing, snapshotItemKey(item), item);
    });
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
    nlohmann::json item = nlohmann::json::parse(object.begin(), object.end(), nullptr, false);
    if (!item.is_object())
        return;
    std::string key = snapshotItemKey(item);
    if (key.empty())
        return;
    const bool deleted = type == Kube::WatchEvent::Type::Deleted;
    if (deleted)
        m_items.erase(key);
    else
        add(m_items, key, item);
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

void FrozenStore::add(std::map<std::string, FrozenJson> &into, std::string key, nlohmann::json &item)
{
    if (key.empty())
        return;
    ++m_parsed;
    into.insert_or_assign(std::move(key), freezeSnapshotItem(m_kind, item, &m_shared));
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
