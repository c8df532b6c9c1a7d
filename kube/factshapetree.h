#pragma once

#include "objectfacts.h"

#include <string>
#include <string_view>
#include <vector>

// Built once per store, then read-only; any thread.
namespace Kaji::Kube {

// A FactShape compiled into a tree of keys, so that reading an object asks
// each of its fields one small lookup instead of splitting the dotted paths
// again for every object of a list.
class FactShapeTree {
public:
    struct Node {
        bool keepAll = false; // a path ends here: its whole subtree is kept
        std::vector<std::pair<std::string, int>> children; // key, node index
    };

    FactShapeTree() : m_nodes(1) {}
    explicit FactShapeTree(const FactShape &shape);

    const Node &root() const { return m_nodes.front(); }
    // The node under `node` for `key`, or nullptr when the shape keeps nothing there.
    const Node *child(const Node &node, std::string_view key) const;
    // Splits a path at its unescaped dots ("a\.b.c" is "a.b", "c"); empty
    // when a segment is empty (a path that names nothing).
    static std::vector<std::string> segments(const QString &path);

private:
    std::vector<Node> m_nodes;
};

} // namespace Kaji::Kube
