#pragma once

#include "podfacts.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// One per thread (forThisThread()); the lists it hands out may go anywhere.
namespace Kaji::Kube {

// The port lists pods declare, one copy each: the pods of one template
// declare the same ports, so 50,000 pods hold a few hundred lists, not
// 50,000 (each a block plus a string per name). Ports are gathered as views
// into the text being read; a list already pooled costs no allocation.
class PodPortPool {
public:
    struct PortView {
        std::string_view container;
        std::string_view name;
        int port = 0;
        std::string_view protocol; // empty: "TCP"
    };

    static PodPortPool &forThisThread();

    // The pooled list equal to `ports`, made the first time it is asked for.
    QList<PodPort> shared(const std::vector<PortView> &ports);

    // Distinct lists beyond this are made for their pod alone, so that a
    // cluster of ever-new templates cannot grow the pool without bound.
    static constexpr size_t MaxLists = 4096;

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view key) const noexcept { return std::hash<std::string_view>{}(key); }
    };
    static QList<PodPort> make(const std::vector<PortView> &ports);

    std::unordered_map<std::string, QList<PodPort>, Hash, std::equal_to<>> m_lists;
    std::string m_key; // reused: building a key allocates nothing once warm
};

} // namespace Kaji::Kube
