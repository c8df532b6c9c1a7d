#include "frozenstore.h"

#include "listitems.h"
#include "snapshotitem.h"

#include <algorithm>

namespace Kaji::Models {

FrozenStore::NameKey FrozenStore::nameKeyOf(const FrozenJson &document)
{
    const Json &meta = jsonChild(document, "metadata");
    return {jsonChild(meta, "namespace").text(), jsonChild(meta, "name").text()};
}

FrozenStore::NameKey FrozenStore::nameKeyOf(std::string_view key)
{
    // A namespace's name holds no slash.
    const size_t slash = key.find('/');
    return slash == std::string_view::npos ? NameKey{{}, key} : NameKey{key.substr(0, slash), key.substr(slash + 1)};
}

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
            m_items.remove(nameKeyOf(key));
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
    const auto it = m_items.constFind(nameKeyOf(key));
    return it == m_items.constEnd() ? nullptr : &*it;
}

std::string FrozenStore::add(Items &into, std::string_view text)
{
    SnapshotItem item = freezeSnapshotText(m_kind, text, &m_shared);
    if (item.key.empty())
        return {};
    ++m_parsed;
    // The key held views the document it replaces: it goes with it.
    const NameKey key = nameKeyOf(item.document);
    into.remove(key);
    into.insert(key, std::move(item.document));
    return item.key;
}

std::vector<FrozenJson> FrozenStore::items() const
{
    std::vector<std::pair<NameKey, const FrozenJson *>> ordered;
    ordered.reserve(size_t(m_items.size()));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        ordered.emplace_back(it.key(), &it.value());
    // The hash's order changes from one process to the next; findings
    // that name the first of several objects must not.
    // The API orders by "namespace/name" as one text ("a-b/x" before "a/x"),
    // compared here without making it.
    const auto text = [](const NameKey &key, size_t at) {
        const size_t ns = key.namespaceName.size();
        return at < ns ? key.namespaceName[at] : at == ns ? '/' : key.name[at - ns - 1];
    };
    std::sort(ordered.begin(), ordered.end(), [&](const auto &a, const auto &b) {
        if (a.first.namespaceName.empty() || b.first.namespaceName.empty()) // a cluster-scoped kind: names alone
            return a.first.name < b.first.name;
        const size_t sizeA = a.first.namespaceName.size() + 1 + a.first.name.size();
        const size_t sizeB = b.first.namespaceName.size() + 1 + b.first.name.size();
        for (size_t at = 0; at < std::min(sizeA, sizeB); ++at) {
            if (const char x = text(a.first, at), y = text(b.first, at); x != y)
                return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
        }
        return sizeA < sizeB;
    });
    std::vector<FrozenJson> out;
    out.reserve(ordered.size());
    for (const auto &[key, item] : ordered)
        out.push_back(*item);
    return out;
}

size_t FrozenStore::bytes() const
{
    size_t total = m_shared.bytes();
    for (const FrozenJson &item : m_items)
        total += item.bytes();
    return total;
}

} // namespace Kaji::Models
