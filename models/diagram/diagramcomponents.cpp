#include "diagramcomponents.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Kaji::Models {

namespace {

struct DisjointSets {
    explicit DisjointSets(int size)
        : parent(size)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int i)
    {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    QList<int> parent;
};

QHash<QString, int> indexOfIds(const DiagramGraph &graph)
{
    QHash<QString, int> index;
    index.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i)
        index.insert(graph.nodes.at(i).id, i);
    return index;
}

void addText(QCryptographicHash &hash, const QString &text)
{
    const qint64 size = text.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(
        QByteArrayView(reinterpret_cast<const char *>(text.constData()), text.size() * qsizetype(sizeof(QChar))));
}

void addNumber(QCryptographicHash &hash, qint64 number)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&number), sizeof number));
}

} // namespace

QList<QList<int>> diagramComponents(const DiagramGraph &graph)
{
    const QHash<QString, int> index = indexOfIds(graph);
    DisjointSets sets(int(graph.nodes.size()));
    for (const DiagramEdge &edge : graph.edges) {
        const auto from = index.constFind(edge.from);
        const auto to = index.constFind(edge.to);
        if (from != index.constEnd() && to != index.constEnd())
            sets.unite(*from, *to);
    }
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const QString &parent = graph.nodes.at(i).parent;
        const auto it = parent.isEmpty() ? index.constEnd() : index.constFind(parent);
        if (it != index.constEnd())
            sets.unite(i, *it);
    }
    QHash<int, int> componentOfRoot;
    QList<QList<int>> components;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const int root = sets.find(i);
        auto it = componentOfRoot.find(root);
        if (it == componentOfRoot.end()) {
            it = componentOfRoot.insert(root, int(components.size()));
            components.append(QList<int>());
        }
        components[*it].append(i);
    }
    struct Key {
        QString namespaceName;
        int column;
        QString name;
        QString id;
    };
    QList<std::pair<Key, int>> keyed;
    keyed.reserve(components.size());
    for (int c = 0; c < components.size(); ++c) {
        Key key {{}, 0, {}, {}};
        const DiagramNode *first = nullptr;
        for (int i : components.at(c)) {
            const DiagramNode &node = graph.nodes.at(i);
            if (!node.namespaceName.isEmpty()
                && (key.namespaceName.isEmpty() || node.namespaceName < key.namespaceName))
                key.namespaceName = node.namespaceName;
            if (!first || std::tie(node.column, node.name, node.id) < std::tie(first->column, first->name, first->id))
                first = &node;
        }
        key.column = first->column;
        key.name = first->name;
        key.id = first->id;
        keyed.append({key, c});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.namespaceName, a.first.column, a.first.name, a.first.id)
            < std::tie(b.first.namespaceName, b.first.column, b.first.name, b.first.id);
    });
    QList<QList<int>> ordered;
    ordered.reserve(components.size());
    for (const auto &[key, c] : std::as_const(keyed))
        ordered.append(components.at(c));
    return ordered;
}

QByteArray componentHash(const DiagramGraph &graph, const QList<int> &component)
{
    QList<const DiagramNode *> nodes;
    QSet<QString> ids;
    for (int i : component) {
        if (i < 0 || i >= graph.nodes.size())
            continue;
        nodes.append(&graph.nodes.at(i));
        ids.insert(graph.nodes.at(i).id);
    }
    std::sort(nodes.begin(), nodes.end(), [](const DiagramNode *a, const DiagramNode *b) { return a->id < b->id; });
    QList<const DiagramEdge *> edges;
    for (const DiagramEdge &edge : graph.edges) {
        if (ids.contains(edge.from) && ids.contains(edge.to))
            edges.append(&edge);
    }
    std::sort(edges.begin(), edges.end(), [](const DiagramEdge *a, const DiagramEdge *b) {
        return std::tie(a->from, a->to, a->kind) < std::tie(b->from, b->to, b->kind);
    });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addNumber(hash, nodes.size());
    for (const DiagramNode *node : std::as_const(nodes)) {
        addText(hash, node->id);
        addText(hash, node->kind);
        addText(hash, node->parent);
        addNumber(hash, node->column);
        addNumber(hash, node->details.size());
    }
    addNumber(hash, edges.size());
    for (const DiagramEdge *edge : std::as_const(edges)) {
        addText(hash, edge->from);
        addText(hash, edge->to);
        addNumber(hash, int(edge->kind));
    }
    return hash.result();
}

} // namespace Kaji::Models
