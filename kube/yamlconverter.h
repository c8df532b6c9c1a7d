#pragma once

#include "yamlreader.h"
#include "yamlscalar.h"
#include "yamltree.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// Used by YamlReader only; any thread.
namespace Kaji::Kube {

// Byte offsets of a text as 1-based lines and character columns.
class TextPositions {
public:
    TextPositions(std::string_view text, int firstLine);

    YamlPosition at(size_t offset) const;

private:
    std::string_view m_text;
    int m_firstLine;
    std::vector<size_t> m_lineStarts;
};

// Thrown while converting; YamlReader turns it into the result's error.
struct YamlFailure {
    YamlPosition position;
    QString message;
};

// Turns a parsed document into JSON as go-yaml v2 decodes into
// interface{} and sigs.k8s.io/yaml then turns that into JSON.
class YamlConverter {
public:
    using Node = YamlTree::Node;

    YamlConverter(const YamlTree &tree, size_t textSize, YamlReadResult &result);

    nlohmann::json value(int node, const QString &pointer);

private:
    struct KeySeen {
        YamlPosition position;
        bool merged = false;
    };
    using Keys = std::unordered_map<std::string, KeySeen>;

    const Node &node(int index) const { return m_tree.nodes[size_t(index)]; }
    void fill(int map, const QString &pointer, nlohmann::json &out, Keys &keys, const YamlPosition *mergedAt);
    void merge(int source, int mergeKey, const QString &pointer, nlohmann::json &out, Keys &keys);
    void noteKey(const std::string &name, const YamlPosition &at, Keys &keys, const YamlPosition *mergedAt);
    YamlScalar::Resolved resolve(const Node &node);
    std::string keyText(const Node &key);
    nlohmann::json scalarValue(const Node &node);
    // `quietRepeat`: whether places inside a collection met before go unrecorded.
    void enter(int node, bool quietRepeat = true);
    void leave();
    void notePosition(const QString &pointer, const Node &node);
    [[noreturn]] void fail(const Node &node, const QString &message) const;

    const YamlTree &m_tree;
    YamlReadResult &m_result;
    std::vector<int> m_open; // collections being converted: an alias to one is a cycle
    std::vector<bool> m_openRepeat; // whether each was converted before (reached again through an alias)
    std::unordered_set<int> m_converted; // the collections converted so far
    int m_repeats = 0; // open collections that are repeats: their places are known already
    qint64 m_budget;
};

} // namespace Kaji::Kube
