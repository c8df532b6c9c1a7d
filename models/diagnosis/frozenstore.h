#pragma once

#include "clustersnapshot.h"
#include "frozensubtrees.h"
#include "reflector.h"

#include <QHash>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The thread of the Reflector that feeds it; items() copies may go anywhere.
namespace Kaji::Models {

// One kind's objects, kept current by a Reflector, as the frozen documents a
// ClusterSnapshot holds (trimmed as the listed read trims them). A
// diagnosis then takes them without asking the server: copying a document
// shares it, so a snapshot of 100,000 pods is a vector of pointers, and an
// object that changed is parsed once, when its watch event arrives.
class FrozenStore : public Kube::ReflectorSink {
public:
    explicit FrozenStore(ClusterSnapshot::Kind kind) : m_kind(kind) {}

    void beginList() override;
    void listPage(const QByteArray &page) override;
    void endList() override;
    void apply(Kube::WatchEvent::Type type, std::string_view object) override;

    // True once a whole list has arrived.
    bool hasListed() const { return m_listed; }
    // The objects, ordered as the API lists them (by namespace, then name).
    std::vector<FrozenJson> items() const;
    // The object under its snapshotItemKey ("namespace/name"), or null.
    const FrozenJson *find(const std::string &key) const;

    // What changed since the last takeChanges(), so that a snapshot's table
    // can follow the changes instead of being built anew: the keys of the
    // objects put or deleted, in order. `whole` when a list replaced them
    // all, or when more changed than are worth following one by one.
    struct Changes {
        std::vector<std::string> keys;
        bool whole = true;
    };
    Changes takeChanges() { return std::exchange(m_changes, Changes{{}, false}); }
    // Grows with every change: equal generations, equal objects.
    quint64 generation() const { return m_generation; }
    size_t size() const { return size_t(m_items.size()); }
    // Bytes of the documents held and of what they link to (not of the index).
    size_t bytes() const;
    // Objects that arrived in lists or watch events (each counted once per
    // arrival): what the store parsed.
    quint64 parsed() const { return m_parsed; }

private:
    // An object's namespace and name, viewing its document's text: the
    // document the key is filed with keeps it valid, so a key costs no
    // allocation (a map keyed by "namespace/name" strings held 110 bytes
    // more for each of 100,000 pods).
    struct NameKey {
        std::string_view namespaceName, name;
        bool operator==(const NameKey &) const = default;
        friend size_t qHash(const NameKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, QByteArrayView(key.namespaceName.data(), qsizetype(key.namespaceName.size())),
                              QByteArrayView(key.name.data(), qsizetype(key.name.size())));
        }
    };
    using Items = QHash<NameKey, FrozenJson>;
    static NameKey nameKeyOf(const FrozenJson &document);
    // "namespace/name", or "name" for a cluster-scoped object.
    static NameKey nameKeyOf(std::string_view key);

    // Freezes the object in `text` into `into`; its key, empty when the
    // text is no object.
    std::string add(Items &into, std::string_view text);
    void changed(const std::string &key);

    ClusterSnapshot::Kind m_kind;
    FrozenSubtrees m_shared;
    Items m_items;
    Items m_listing; // a list under way
    bool m_listed = false;
    quint64 m_parsed = 0;
    quint64 m_generation = 0;
    Changes m_changes;
};

} // namespace Kaji::Models
