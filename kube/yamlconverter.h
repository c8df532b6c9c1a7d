#pragma once

#include "yamlreader.h"
#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// Used by YamlReader only (it exposes yaml-cpp); any thread.
namespace Kaji::Kube {

// Byte offsets of a text as 1-based lines and character columns.
class TextPositions {
public:
    TextPositions(std::string_view text, int firstLine);

    YamlPosition at(size_t offset) const;
    YamlPosition at(const YAML::Mark &mark) const;

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

// Turns a yaml-cpp node tree into JSON as go-yaml v2 decodes into
// interface{} and sigs.k8s.io/yaml then turns that into JSON.
class YamlConverter {
public:
    YamlConverter(std::string_view text, const TextPositions &where, YamlReadResult &result);

    nlohmann::json value(const YAML::Node &node, const QString &pointer);

private:
    struct KeySeen {
        YamlPosition position;
        bool merged = false;
    };
    using Keys = std::unordered_map<std::string, KeySeen>;

    void fill(const YAML::Node &map, const QString &pointer, nlohmann::json &out, Keys &keys,
              const YamlPosition *mergedAt);
    void merge(const YAML::Node &source, const YAML::Node &mergeKey, const QString &pointer, nlohmann::json &out,
               Keys &keys);
    void noteKey(const std::string &name, const YamlPosition &at, Keys &keys, const YamlPosition *mergedAt);
    YamlScalar::Resolved resolve(const YAML::Node &node);
    std::string keyText(const YAML::Node &key);
    nlohmann::json scalarValue(const YAML::Node &node);
    void checkQuotesClosed(const YAML::Node &node) const;
    // `quietRepeat`: whether places inside a collection met before go unrecorded.
    void enter(const YAML::Node &node, bool quietRepeat = true);
    void leave();
    void notePosition(const QString &pointer, const YAML::Node &node);
    [[noreturn]] void fail(const YAML::Node &node, const QString &message) const;

    std::string_view m_text;
    const TextPositions &m_where;
    YamlReadResult &m_result;
    std::vector<YAML::Node> m_open; // collections being converted: an alias to one is a cycle
    std::vector<bool> m_openRepeat; // whether each was converted before (reached again through an alias)
    std::unordered_set<int> m_converted; // text offsets of the collections converted so far
    int m_repeats = 0; // open collections that are repeats: their places are known already
    qint64 m_budget;
};

} // namespace Kaji::Kube
