#pragma once

#include "yamlreader.h"

#include <QByteArray>
#include <QList>

#include <optional>

// Pure functions; any thread.
namespace Kaji::Kube {

struct YamlStreamDocument {
    QByteArray text; // its lines, separators left out
    int firstLine = 1; // where `text` starts in the stream
};

struct YamlStreamSplit {
    QList<YamlStreamDocument> documents;
    // A separator line with something else than a comment after "---";
    // kubectl then refuses the whole file, and so does Kaji.
    std::optional<YamlProblem> error;
};

// Cuts a multi-document YAML stream where Kubernetes' own reader
// (k8s.io/apimachinery's YAMLReader, behind kubectl -f) cuts it: at each
// line that starts with "---" followed by nothing, spaces or a comment.
// Chunks that hold only blank lines or comments are kept: they read as
// empty documents, which callers skip.
class YamlStream {
public:
    static YamlStreamSplit split(const QByteArray &text);
};

} // namespace Kaji::Kube
