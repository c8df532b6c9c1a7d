#pragma once

#include "yamlreader.h"

#include <string>
#include <string_view>
#include <vector>

// Used by YamlReader only; any thread.
namespace Kaji::Kube {

// The first document of a YAML text as libyaml parses it: nodes with their
// tags, styles and places, an alias being the index of its anchor's node
// (so a document with aliases is a graph, and may hold a cycle). libyaml
// is the C parser go-yaml was ported from, so syntax is accepted and
// refused as the API server and kubectl do, with the same words.
struct YamlTree {
    struct Node {
        enum class Type { Scalar, Sequence, Mapping };
        Type type = Type::Scalar;
        std::string tag; // resolved ("tag:yaml.org,2002:int"); empty when none was written
        bool plain = false; // a scalar written without quotes and not as a block
        std::string value; // a scalar's text
        std::vector<int> children; // a sequence's items; a mapping's key, value, key, value, …
        YamlPosition position; // where it starts (a quoted scalar: at its quote)
    };

    std::vector<Node> nodes;
    int root = -1; // no node: the text is empty or comments only
    // Where a second document starts (after a "..." end marker): go-yaml
    // reads the first one only.
    YamlPosition nextDocument;

    // Parses the first document; throws YamlFailure (yamlconverter.h) with
    // the parser's words when it is no YAML.
    static YamlTree parse(std::string_view text, int firstLine);
};

} // namespace Kaji::Kube
