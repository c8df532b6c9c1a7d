#pragma once

#include <functional>

#include <QString>

// Pure functions; any thread.
namespace Kaji::Ui {

// Folding of YAML blocks by indentation: a line folds the lines below it
// that are indented deeper (and, for a key, the items of a sequence
// written at its own indentation), blank lines and comments inside
// included, trailing ones left out.
class YamlFolding {
public:
    using LineAt = std::function<QString(int)>;

    // Whether `line` (0-based) starts a block: cheap, for painting markers.
    static bool isFoldable(const LineAt &lineAt, int lineCount, int line);
    // The block's last line, or `line` itself when it starts none.
    static int blockEnd(const LineAt &lineAt, int lineCount, int line);
};

} // namespace Kaji::Ui
