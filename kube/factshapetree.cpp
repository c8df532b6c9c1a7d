#include "factshapetree.h"

namespace Kaji::Kube {

FactShapeTree::FactShapeTree(const FactShape &shape) : m_nodes(1)
{
    for (const QString &path : shape) {
        const std::vector<std::string> keys = segments(path);
        if (keys.empty())
            continue;
        size_t at = 0;
        for (const std::string &key : keys) {
            if (m_nodes[at].keepAll)
                break; // a shorter path keeps all of this already
            int next = -1;
            for (const auto &[childKey, index] : m_nodes[at].children) {
                if (childKey == key)
                    next = index;
            }
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes[at].children.emplace_back(key, next);
                m_nodes.emplace_back(); // may move m_nodes: index, never hold references
            }
            at = size_t(next);
        }
        m_nodes[at].keepAll = true;
        m_nodes[at].children.clear();
    }
}

const FactShapeTree::Node *FactShapeTree::child(const Node &node, std::string_view key) const
{
    for (const auto &[childKey, index] : node.children) {
        if (childKey == key)
            return &m_nodes[size_t(index)];
    }
    return nullptr;
}

std::vector<std::string> FactShapeTree::segments(const QString &path)
{
    const QByteArray utf8 = path.toUtf8();
    std::vector<std::string> out;
    std::string segment;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\\' && i + 1 < utf8.size()) {
            segment += utf8[++i];
        } else if (c == '.') {
            if (segment.empty())
                return {};
            out.push_back(std::move(segment));
            segment.clear();
        } else {
            segment += c;
        }
    }
    if (segment.empty())
        return {};
    out.push_back(std::move(segment));
    return out;
}

} // namespace Kaji::Kube
