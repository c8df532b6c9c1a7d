#include "diagramexport.h"

#include <QMap>

namespace Kaji::Models {

namespace {

nlohmann::json text(const QString &value)
{
    return value.toStdString();
}

nlohmann::json textList(const QStringList &values)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString &value : values)
        list.push_back(value.toStdString());
    return list;
}

nlohmann::json nodeToJson(const DiagramNode &node)
{
    nlohmann::json json = {
        {"id", text(node.id)},
        {"kind", text(node.kind)},
        {"namespace", text(node.namespaceName)},
        {"name", text(node.name)},
        {"column", node.column},
        {"details", textList(node.details)},
        {"state", text(diagramStateName(node.state))},
        {"reasons", textList(node.reasons)},
        {"resourceId", text(node.resourceId)},
    };
    nlohmann::json labels = nlohmann::json::object();
    for (const auto &[key, value] : node.labels)
        labels[key.toStdString()] = value.toStdString();
    json["labels"] = std::move(labels);
    if (!node.explanation.isEmpty())
        json["explanation"] = text(node.explanation);
    if (!node.parent.isEmpty())
        json["parent"] = text(node.parent);
    if (node.aggregate) {
        nlohmann::json counts = nlohmann::json::object();
        for (const auto &[state, count] : node.counts)
            counts[diagramStateName(state).toStdString()] = count;
        json["aggregate"] = {{"counts", std::move(counts)}, {"members", textList(node.members)}};
    }
    if (node.findingSeverity >= 0)
        json["finding"] = {{"severity", node.findingSeverity}, {"text", text(node.findingText)}};
    return json;
}

// A dot double-quoted string: a backslash or quote would end or bend it, and
// a raw newline is not a line break in a label (`\n` is).
QString quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    out += u'"';
    return out;
}

QString attributes(const QList<std::pair<const char *, QString>> &attrs)
{
    QStringList parts;
    for (const auto &[key, value] : attrs)
        parts.append(QLatin1String(key) + u'=' + quoted(value));
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

} // namespace

nlohmann::json diagramToJson(const DiagramGraph &graph)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (const DiagramNode &node : graph.nodes)
        nodes.push_back(nodeToJson(node));
    nlohmann::json edges = nlohmann::json::array();
    for (const DiagramEdge &edge : graph.edges) {
        edges.push_back({
            {"from", text(edge.from)},
            {"to", text(edge.to)},
            {"kind", text(diagramEdgeKindName(edge.kind))},
            {"state", text(diagramEdgeStateName(edge.state))},
            {"label", text(edge.label)},
        });
    }
    return {{"view", text(diagramViewName(graph.view))}, {"nodes", std::move(nodes)}, {"edges", std::move(edges)},
        {"notes", textList(graph.notes)}};
}

QString diagramToDot(const DiagramGraph &graph)
{
    QString dot = QStringLiteral("digraph %1 {\n").arg(quoted(diagramViewName(graph.view)));
    dot += QStringLiteral("  graph [rankdir=\"LR\", newrank=\"true\"];\n  node [shape=\"box\"];\n");
    for (const QString &note : graph.notes)
        dot += QStringLiteral("  // ") + QString(note).replace(u'\n', u' ') + u'\n';
    QMap<int, QStringList> columns;
    for (const DiagramNode &node : graph.nodes) {
        const QStringList label = QStringList(node.name) + node.details;
        QList<std::pair<const char *, QString>> attrs = {
            {"label", label.join(u'\n')},
            {"kind", node.kind},
            {"namespace", node.namespaceName},
            {"state", diagramStateName(node.state)},
        };
        if (node.aggregate)
            attrs.append({"aggregate", QStringLiteral("true")});
        if (!node.reasons.isEmpty())
            attrs.append({"tooltip", node.reasons.join(u'\n')});
        dot += QStringLiteral("  ") + quoted(node.id) + u' ' + attributes(attrs) + QStringLiteral(";\n");
        columns[node.column].append(quoted(node.id));
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        dot += QStringLiteral("  { rank=\"same\"; ") + it->join(QStringLiteral("; ")) + QStringLiteral("; }\n");
    for (const DiagramEdge &edge : graph.edges) {
        QList<std::pair<const char *, QString>> attrs = {
            {"kind", diagramEdgeKindName(edge.kind)},
            {"state", diagramEdgeStateName(edge.state)},
        };
        if (!edge.label.isEmpty())
            attrs.append({"label", edge.label});
        dot += QStringLiteral("  ") + quoted(edge.from) + QStringLiteral(" -> ") + quoted(edge.to) + u' '
            + attributes(attrs) + QStringLiteral(";\n");
    }
    dot += QStringLiteral("}\n");
    return dot;
}

} // namespace Kaji::Models
